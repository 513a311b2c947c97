<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The processing model's behaviours as HTML: TEI text to the elements of the reading view.

     Imported by the site's page stylesheets and by the EPUB output, which overrides
     ed:note and ed:break only. Context flags travel as tunnel parameters:
       h:phrasing   the output must stay phrasing content (inside a note's popover);
       h:in-link    an <a> is open, so no nested links, buttons or focusable spans;
       h:numbers    the dated mentions' numbers of this edition (h:date-numbers). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:h="urn:x-edition:xslt:html"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:import href="../common/behaviours.xsl"/>
  <xsl:include href="params.xsl"/>
  <xsl:include href="functions.xsl"/>
  <xsl:include href="content-model.xsl"/>

  <!-- id attribute of the current element, left out inside popovers, whose content is a
       second rendering of the note listed at the end of the page -->
  <xsl:template name="h:id">
    <xsl:param name="h:phrasing" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:if test="not($h:phrasing) and (@xml:id or self::tei:div or self::tei:titlePage)">
      <xsl:attribute name="id" select="h:id(.)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="h:lang">
    <xsl:if test="@xml:lang">
      <xsl:attribute name="lang" select="ed:bcp47(@xml:lang)"/>
    </xsl:if>
    <!-- the CSS the TEI header declares for the element's rendition -->
    <xsl:if test="@rendition or @style">
      <xsl:variable name="style" select="h:style(.)"/>
      <xsl:if test="$style">
        <xsl:attribute name="style" select="$style"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- front, body and back keep their own wrappers so a stylesheet can tell them apart -->
  <xsl:template match="tei:front | tei:body | tei:back" mode="ed:render">
    <div class="{local-name()}">
      <xsl:apply-templates mode="ed:render"/>
    </div>
  </xsl:template>

  <xsl:template name="ed:section">
    <xsl:variable name="generated" select="ed:textpart-head(.)"/>
    <xsl:element name="{if (tei:head or $generated) then 'section' else 'div'}">
      <xsl:call-template name="h:id"/>
      <xsl:attribute name="class" select="string-join(('div', @type), ' ')"/>
      <xsl:call-template name="h:lang"/>
      <xsl:if test="$generated">
        <xsl:element name="h{min((6, count(ancestor::tei:div[tei:head]) + 2))}">
          <xsl:attribute name="class" select="'head'"/>{$generated}</xsl:element>
      </xsl:if>
      <xsl:variable name="reference" select="ed:textpart-reference(.)"/>
      <xsl:if test="$reference">
        <xsl:call-template name="ed:reference">
          <xsl:with-param name="label" select="$reference"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:apply-templates mode="ed:render"/>
    </xsl:element>
  </xsl:template>

  <!-- A reference point of the text that is no page (a column, a section): its label in the
       margin, as a page's number -->
  <xsl:template name="ed:reference">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="kind" as="xs:string" select="'milestone'"/>
    <span class="{string-join(distinct-values(('milestone', $kind)), ' ')}"><span class="pb-n">{$label}</span></span>
  </xsl:template>

  <xsl:template name="ed:heading">
    <xsl:param name="h:phrasing" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($h:phrasing) then 'span'
                        else if (parent::tei:div) then 'h' || h:heading-level(.) else 'p'}">
      <xsl:call-template name="h:id"/>
      <xsl:attribute name="class" select="'head'"/>
      <xsl:call-template name="h:lang"/>
      <xsl:apply-templates mode="ed:render"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="ed:block">
    <xsl:param name="kind" as="xs:string" select="local-name()"/>
    <xsl:param name="h:phrasing" as="xs:boolean" tunnel="yes" select="false()"/>
    <!-- a TEI paragraph may hold a list, a table, verse; an HTML one may not -->
    <xsl:element name="{if ($h:phrasing) then 'span'
        else if (*[local-name() = $ed:block-names][not(self::tei:lem)] or descendant::tei:note[ed:is-note(.)]//tei:p
                 or .//tei:app) then 'div' else 'p'}">
      <xsl:call-template name="h:id"/>
      <xsl:attribute name="class" select="string-join(($kind, ed:rend(.)), ' ')"/>
      <xsl:if test="$kind = 'l' and ed:int(@n) mod 5 = 0">
        <span class="l-n" aria-hidden="true">{@n}</span>
      </xsl:if>
      <xsl:call-template name="h:lang"/>
      <xsl:if test="not($h:phrasing) and self::tei:p">
        <xsl:variable name="pages" select="h:pages(.)"/>
        <xsl:if test="$pages">
          <xsl:attribute name="data-page" select="$pages"/>
        </xsl:if>
        <xsl:if test="$show-permalinks and @xml:id">
          <!-- the paragraph's number, by which registers, search and chronology name it -->
          <xsl:variable name="number" select="h:paragraph-number(.)"/>
          <a class="permalink" href="#{@xml:id}" aria-label="{ed:msg('permalink')} {$number}">¶<xsl:if
              test="not(ancestor::tei:note)"><span class="p-n">{$number}</span></xsl:if></a>
        </xsl:if>
      </xsl:if>
      <xsl:apply-templates mode="ed:render"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="ed:closer">
    <xsl:param name="h:phrasing" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($h:phrasing) then 'span' else 'div'}">
      <xsl:call-template name="h:id"/>
      <xsl:attribute name="class" select="'closer'"/>
      <xsl:call-template name="h:lang"/>
      <xsl:apply-templates mode="ed:render"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="ed:title-page">
    <div class="title-page">
      <xsl:call-template name="h:id"/>
      <xsl:for-each select="*">
        <xsl:choose>
          <xsl:when test="self::tei:docTitle">
            <xsl:for-each select="tei:titlePart">
              <p class="{string-join(('title-part', @type), ' ')}">
                <xsl:call-template name="h:lang"/>
                <xsl:apply-templates mode="ed:render"/>
              </p>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>
            <p class="{local-name()}">
              <xsl:call-template name="h:lang"/>
              <xsl:apply-templates mode="ed:render"/>
            </p>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- An HTML list holds items only: the list's heading goes before it, and a page break
       between items goes into the item that follows it (the last item for a closing one). -->
  <xsl:template name="ed:list">
    <xsl:param name="h:phrasing" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:apply-templates select="tei:head" mode="ed:render"/>
    <xsl:element name="{if ($h:phrasing) then 'span' else if (@type = 'ordered') then 'ol' else 'ul'}">
      <xsl:call-template name="h:id"/>
      <xsl:attribute name="class" select="string-join(('list', @type), ' ')"/>
      <!-- a line break between items is the list's layout, not a line of text -->
      <xsl:apply-templates select="node() except (tei:head | tei:pb | tei:lb | tei:cb | text()[not(normalize-space())])"
                           mode="ed:render"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="ed:item">
    <xsl:param name="h:phrasing" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="item" select="."/>
    <xsl:element name="{if ($h:phrasing) then 'span' else if (parent::tei:list or ed:is-entry(.)
        and parent::*[starts-with(local-name(), 'list')]) then 'li' else if (ed:is-entry(.)) then 'div' else 'span'}">
      <xsl:call-template name="h:id"/>
      <xsl:attribute name="class" select="string-join(('item', local-name()[. != 'item'], @type ! replace(., '\s+', '-')[ed:is-entry(current())]), ' ')"/>
      <xsl:call-template name="h:lang"/>
      <xsl:apply-templates mode="ed:render" select="preceding-sibling::tei:pb
          [following-sibling::tei:item[1] is $item]"/>
      <xsl:apply-templates mode="ed:render"/>
      <xsl:apply-templates mode="ed:render" select="following-sibling::tei:pb
          [not(following-sibling::tei:item)][not($item/following-sibling::tei:item)]"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="ed:label">
    <span class="label"><xsl:call-template name="h:lang"/><xsl:apply-templates mode="ed:render"/></span>
  </xsl:template>

  <xsl:template name="ed:inline">
    <xsl:param name="kind" as="xs:string" select="local-name()"/>
    <xsl:variable name="rend" select="ed:rend(.)"/>
    <xsl:element name="{if ($kind = 'title') then 'cite'
        else if ($kind = 'del') then 'del'
        else if ($kind = 'add') then 'ins'
        else if ($kind = 'quoted') then 'q'
        else if ($kind = ('gi', 'att', 'val', 'tag', 'code', 'ident')) then 'code'
        else if ($kind = 'emph') then 'em'
        else if ($kind = ('foreign', 'term', 'mentioned', 'gloss') or $rend = 'italic') then 'i'
        else if ($rend = 'bold') then 'b'
        else if ($rend = 'sup') then 'sup'
        else if ($rend = 'sub') then 'sub'
        else if ($rend = 'strike') then 's'
        else if ($rend = 'underline') then 'u'
        else 'span'}">
      <xsl:attribute name="class" select="string-join(($kind, @level, @type[$kind = 'note-inline'], $rend), ' ')"/>
      <xsl:call-template name="h:lang"/>
      <xsl:if test="$kind = ('unclear', 'damage', 'supplied', 'add', 'del', 'gap') and (@reason or @hand or @place or @agent)">
        <xsl:attribute name="title" select="string-join((@reason, @agent, @place, @hand ! replace(., '^#', '')), ', ')"/>
      </xsl:if>
      <xsl:value-of select="map{'gi': '&lt;', 'tag': '&lt;', 'att': '@', 'supplied': '[', 'note-inline': '(',
          'soCalled': '‘', 'surplus': '{', 'secl': '{', 'restore': ''}($kind)"/>
      <xsl:apply-templates mode="ed:render"/>
      <xsl:value-of select="map{'gi': '&gt;', 'tag': '&gt;', 'supplied': ']', 'note-inline': ')',
          'soCalled': '’', 'surplus': '}', 'secl': '}'}($kind)"/>
    </xsl:element>
  </xsl:template>

  <!-- A container of blocks: a verse group, a speech, a letter's opening, an embedded text -->
  <xsl:template name="ed:group">
    <xsl:param name="kind" as="xs:string" select="local-name()"/>
    <xsl:param name="h:phrasing" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($h:phrasing) then 'span' else if ($kind = ('quote', 'q', 'said', 'cit', 'epigraph')) then 'blockquote' else 'div'}">
      <xsl:call-template name="h:id"/>
      <xsl:attribute name="class" select="string-join(($kind, @type ! replace(., '\s+', '-'), ed:rend(.)), ' ')"/>
      <xsl:call-template name="h:lang"/>
      <xsl:apply-templates mode="ed:render"/>
    </xsl:element>
  </xsl:template>

  <!-- An apparatus entry: the lemma in the text, its readings in a popover at a mark -->
  <xsl:template name="ed:app">
    <xsl:param name="lemma" as="element()?"/>
    <xsl:param name="readings" as="element()*"/>
    <xsl:param name="h:phrasing" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:param name="h:in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="id" select="h:id(.)"/>
    <span class="app">
      <span class="lem"><xsl:apply-templates select="$lemma" mode="ed:render"/></span>
      <xsl:if test="$readings and not($h:phrasing) and not($h:in-link)">
        <button type="button" class="app-ref" popovertarget="pop-{$id}" aria-label="{ed:msg('apparatus')}">°</button>
        <span class="note-popover app-popover" popover="auto" id="pop-{$id}">
          <span class="note-popover-head">
            <span>{ed:msg('apparatus')}</span>
            <button type="button" class="note-close" popovertarget="pop-{$id}"
                    popovertargetaction="hide" aria-label="{ed:msg('close')}">×</button>
          </span>
          <span class="note-body">
            <xsl:if test="$lemma/@wit">
              <span class="rdg lem-wit"><span class="lem-text"><xsl:apply-templates select="$lemma" mode="ed:render">
                <xsl:with-param name="h:phrasing" select="true()" tunnel="yes"/></xsl:apply-templates></span>] <span
                class="wit">{h:sigla($lemma/@wit)}</span></span>
            </xsl:if>
            <xsl:for-each select="$readings">
              <span class="{if (self::tei:note) then 'app-note' else 'rdg'}">
                <xsl:choose>
                  <xsl:when test="self::tei:rdg and not(normalize-space())"><i>{ed:msg('omitted')}</i></xsl:when>
                  <xsl:otherwise>
                    <xsl:apply-templates mode="ed:render">
                      <xsl:with-param name="h:phrasing" select="true()" tunnel="yes"/>
                    </xsl:apply-templates>
                  </xsl:otherwise>
                </xsl:choose>
                <xsl:if test="@wit"><xsl:text> </xsl:text><span class="wit">{h:sigla(@wit)}</span></xsl:if>
              </span>
            </xsl:for-each>
          </span>
        </span>
      </xsl:if>
    </span>
  </xsl:template>

  <!-- witnesses' sigla from pointers: "#A #B" to "A, B" -->
  <xsl:function name="h:sigla" as="xs:string">
    <xsl:param name="wit" as="attribute()?"/>
    <xsl:sequence select="ed:sigla($wit)"/>
  </xsl:function>

  <xsl:template name="ed:table">
    <xsl:param name="h:phrasing" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:choose>
      <xsl:when test="$h:phrasing">
        <span class="table"><xsl:apply-templates mode="ed:render"/></span>
      </xsl:when>
      <xsl:otherwise>
        <table class="{string-join(('table', ed:rend(.)), ' ')}">
          <xsl:call-template name="h:id"/>
          <xsl:if test="tei:head">
            <caption><xsl:apply-templates select="tei:head/node()" mode="ed:render"/></caption>
          </xsl:if>
          <tbody>
            <xsl:apply-templates select="tei:row" mode="ed:render"/>
          </tbody>
        </table>
        <xsl:apply-templates select="* except (tei:head | tei:row)" mode="ed:render"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="ed:row">
    <xsl:param name="h:phrasing" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($h:phrasing) then 'span' else 'tr'}">
      <xsl:attribute name="class" select="string-join(('row', @role), ' ')"/>
      <xsl:apply-templates mode="ed:render"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="ed:cell">
    <xsl:param name="h:phrasing" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($h:phrasing) then 'span' else if (@role = 'label' or ../@role = 'label') then 'th' else 'td'}">
      <xsl:attribute name="class" select="string-join(('cell', ed:rend(.)), ' ')"/>
      <xsl:call-template name="h:lang"/>
      <xsl:if test="not($h:phrasing) and ed:int(@cols) gt 1">
        <xsl:attribute name="colspan" select="ed:int(@cols)"/>
      </xsl:if>
      <xsl:if test="not($h:phrasing) and ed:int(@rows) gt 1">
        <xsl:attribute name="rowspan" select="ed:int(@rows)"/>
      </xsl:if>
      <xsl:apply-templates mode="ed:render"/>
      <xsl:if test="$h:phrasing"><xsl:text> </xsl:text></xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- A figure: its heading is the figure's caption (figcaption), before the image where the
       TEI has it first, after it otherwise; several headings make one caption -->
  <xsl:template name="ed:figure">
    <xsl:param name="h:phrasing" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="captions" select="if ($h:phrasing) then () else tei:head"/>
    <xsl:variable name="caption-first" select="exists($captions[1][not(preceding-sibling::*[not(self::tei:pb
        or self::tei:lb or self::tei:anchor or self::tei:milestone)])])"/>
    <xsl:element name="{if ($h:phrasing) then 'span' else 'figure'}">
      <xsl:call-template name="h:id"/>
      <xsl:attribute name="class" select="string-join(('figure', ed:rend(.)), ' ')"/>
      <xsl:call-template name="h:lang"/>
      <xsl:if test="$caption-first">
        <xsl:call-template name="h:figcaption">
          <xsl:with-param name="heads" select="$captions"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:apply-templates select="node() except $captions" mode="ed:render"/>
      <xsl:if test="exists($captions) and not($caption-first)">
        <xsl:call-template name="h:figcaption">
          <xsl:with-param name="heads" select="$captions"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <xsl:template name="h:figcaption">
    <xsl:param name="heads" as="element()+"/>
    <figcaption class="head">
      <xsl:for-each select="$heads">
        <xsl:if test="position() gt 1"><br/></xsl:if>
        <xsl:choose>
          <xsl:when test="@xml:id or @xml:lang or @rendition or @style">
            <span>
              <xsl:call-template name="h:id"/>
              <xsl:call-template name="h:lang"/>
              <xsl:apply-templates mode="ed:render"/>
            </span>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates mode="ed:render"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </figcaption>
  </xsl:template>

  <!-- An image the TEI points to: named, not fetched (the edition opens without a network) -->
  <xsl:template name="ed:graphic">
    <xsl:param name="h:images" as="map(xs:string, xs:string)?" tunnel="yes" select="()"/>
    <xsl:variable name="href" select="if (exists($h:images)) then $h:images(string(@url)) else ()"/>
    <xsl:variable name="name" select="tokenize(string(@url), '/')[last()]"/>
    <xsl:choose>
      <xsl:when test="$href">
        <img class="graphic" src="{$href}" loading="lazy"
             alt="{(normalize-space(string-join(../tei:figDesc//text(), ' '))[.], normalize-space(string-join(../tei:head//text(), ' '))[.], $name)[1]}"/>
      </xsl:when>
      <xsl:otherwise>
        <span class="graphic">[{ed:msg('image')}: {$name}]</span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- forme work: a running head, catchword or signature, in the margin -->
  <xsl:template name="ed:margin">
    <xsl:param name="kind" as="xs:string" select="local-name()"/>
    <span class="{string-join(($kind, @type ! ('fw-' || replace(., '\W+', '-'))), ' ')}" aria-hidden="true">
      <xsl:apply-templates mode="ed:render">
        <xsl:with-param name="h:in-link" select="true()" tunnel="yes"/>
        <xsl:with-param name="h:phrasing" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </span>
  </xsl:template>

  <xsl:template name="ed:gap">
    <span class="gap">
      <xsl:if test="@reason or @quantity or @extent">
        <xsl:attribute name="title" select="string-join((@reason, @quantity, @unit, @extent), ' ')"/>
      </xsl:if>
      <xsl:value-of select="ed:gap-text(.)"/>
    </span>
  </xsl:template>

  <xsl:template name="ed:pointer">
    <xsl:param name="h:in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="target" select="h:safe-target(.)"/>
    <xsl:variable name="label" select="string((@target, @cRef)[1])"/>
    <xsl:choose>
      <xsl:when test="$target and not($h:in-link)">
        <a class="ptr" href="{$target}">{$label}</a>
      </xsl:when>
      <xsl:otherwise>
        <span class="ptr">{$label}</span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a formula: its MathML, which browsers and reading systems set; the TeX as its alt text -->
  <xsl:template name="ed:math">
    <xsl:param name="math" as="element()"/>
    <xsl:param name="tex" as="xs:string"/>
    <xsl:param name="display" as="xs:boolean" select="false()"/>
    <span class="formula">
      <xsl:apply-templates select="$math" mode="h:mathml">
        <xsl:with-param name="tex" select="$tex" tunnel="yes"/>
        <xsl:with-param name="display" select="$display" tunnel="yes"/>
      </xsl:apply-templates>
    </span>
  </xsl:template>

  <!-- MathML copied as it is, attributes of presentation only (no links, no scripts) -->
  <xsl:mode name="h:mathml" on-no-match="shallow-skip"/>
  <xsl:template match="*[namespace-uri() = 'http://www.w3.org/1998/Math/MathML']" mode="h:mathml">
    <xsl:param name="tex" as="xs:string" tunnel="yes"/>
    <xsl:param name="display" as="xs:boolean" tunnel="yes"/>
    <xsl:element name="{local-name()}" namespace="http://www.w3.org/1998/Math/MathML">
      <xsl:copy-of select="@*[local-name() = ('mathvariant', 'stretchy', 'fence', 'separator', 'accent',
          'accentunder', 'lspace', 'rspace', 'linethickness', 'columnalign', 'rowalign', 'displaystyle',
          'scriptlevel', 'form', 'largeop', 'movablelimits', 'symmetric', 'width', 'height', 'depth')]
          [namespace-uri() = '']"/>
      <xsl:if test="local-name() = 'math'">
        <xsl:attribute name="display" select="if ($display) then 'block' else 'inline'"/>
        <xsl:attribute name="alttext" select="$tex"/>
      </xsl:if>
      <xsl:apply-templates mode="h:mathml"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="text()" mode="h:mathml">
    <xsl:value-of select="."/>
  </xsl:template>

  <!-- markup examples, formulae and code: as written, in a fixed-width face -->
  <xsl:template name="ed:code">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="kind" as="xs:string" select="local-name()"/>
    <xsl:param name="h:phrasing" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:choose>
      <xsl:when test="$kind = ('egXML', 'eg') and not($h:phrasing) and not(ancestor::tei:p or ancestor::tei:item
                      or ancestor::tei:cell or ancestor::tei:l or ancestor::tei:head)">
        <pre class="code {$kind}"><code>{$text}</code></pre>
      </xsl:when>
      <xsl:otherwise>
        <code class="{$kind}">{if ($kind = 'gi') then '&lt;' || $text || '&gt;' else $text}</code>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A footnote at its marker: a button opening the note as a popover (the browser gives
       keyboard access, Escape and focus return); the numbered list at the end of the page
       holds the same note for reading without popovers and for print. -->
  <xsl:template name="ed:note">
    <xsl:param name="h:phrasing" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:param name="h:in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="id" select="h:id(.)"/>
    <xsl:variable name="n" select="h:note-number(.)"/>
    <xsl:choose>
      <xsl:when test="$h:in-link">
        <sup class="note-ref">{$n}</sup>
      </xsl:when>
      <xsl:otherwise>
        <span class="{string-join(('note', tokenize(@place)[1] ! ('note-' || replace(., '[^A-Za-z0-9-]', ''))), ' ')}">
          <button type="button" class="note-ref" popovertarget="pop-{$id}"
                  aria-label="{h:note-label(.)}">
            <xsl:if test="not($h:phrasing)">
              <xsl:attribute name="id" select="'ref-' || $id"/>
            </xsl:if>
            <xsl:value-of select="$n"/>
          </button>
          <span class="note-popover" popover="auto" id="pop-{$id}">
            <xsl:call-template name="h:lang"/>
            <span class="note-popover-head">
              <a href="#{$id}">{h:note-label(.)}</a>
              <button type="button" class="note-close" popovertarget="pop-{$id}"
                      popovertargetaction="hide" aria-label="{ed:msg('close')}">×</button>
            </span>
            <span class="note-body">
              <xsl:apply-templates mode="ed:render">
                <xsl:with-param name="h:phrasing" select="true()" tunnel="yes"/>
              </xsl:apply-templates>
            </span>
          </span>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The notes of a text as a numbered list with links back to their markers.
       Printed numbers restart on every page, so each note also names its page. -->
  <xsl:template name="h:note-list">
    <xsl:param name="notes" as="element(tei:note)*"/>
    <xsl:if test="$notes">
      <section class="notes" id="ed-notes" aria-labelledby="ed-notes-title">
        <h2 id="ed-notes-title">{ed:msg('notes')}</h2>
        <ol class="note-list">
          <xsl:for-each select="$notes">
            <xsl:variable name="id" select="h:id(.)"/>
            <li id="{$id}">
              <xsl:call-template name="h:lang-of-context"/>
              <xsl:if test="@n castable as xs:integer">
                <xsl:attribute name="value" select="xs:integer(@n)"/>
              </xsl:if>
              <xsl:if test="h:pages(.)">
                <xsl:attribute name="data-page" select="h:pages(.)"/>
              </xsl:if>
              <span class="note-place">{h:place-label(.)}</span>
              <xsl:text> </xsl:text>
              <span class="note-body">
                <xsl:apply-templates mode="ed:render"/>
              </span>
              <xsl:text> </xsl:text>
              <a class="back-link" href="#ref-{$id}" aria-label="{ed:msg('back-to-text')} ({h:note-label(.)})">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- A printed page's number in the margin, at the point in the text where it begins -->
  <xsl:template name="ed:break">
    <xsl:param name="kind" as="xs:string" select="local-name()"/>
    <xsl:param name="h:phrasing" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:choose>
      <xsl:when test="$kind = 'lb'"><br/></xsl:when>
      <xsl:when test="$kind = 'milestone' and ed:is-rule(.)">
        <span class="divider" role="separator"/>
      </xsl:when>
      <xsl:when test="$kind = ('cb', 'milestone')">
        <xsl:if test="ed:reference-label(.)">
          <xsl:call-template name="ed:reference">
            <xsl:with-param name="label" select="ed:reference-label(.)"/>
            <xsl:with-param name="kind" select="$kind"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$kind = 'gb'"/>
      <xsl:when test="@n">
        <span class="pb">
          <xsl:if test="not($h:phrasing) and not(ancestor::tei:note)
                        and key('h:pb-by-n', string(@n))[1] is .">
            <xsl:attribute name="id" select="'page-' || @n"/>
          </xsl:if>
          <span class="pb-n"><span aria-hidden="true">{ed:msg('page.abbr')} </span><span
              class="visually-hidden">{ed:msg('page')} </span>{@n}</span>
          <xsl:if test="not($h:phrasing)">
            <xsl:call-template name="h:facsimile"/>
          </xsl:if>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <span class="pb"><span class="visually-hidden">{ed:msg('page-break')}</span>
          <xsl:if test="not($h:phrasing)">
            <xsl:call-template name="h:facsimile"/>
          </xsl:if>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The image of the page a pb begins (@facs: a file beside the TEI, a web address, or a
       facsimile surface's graphic), beside the text: a thumbnail linked to the whole image
       for a file the site holds, a link for a web address (nothing is fetched from it) -->
  <xsl:template name="h:facsimile">
    <xsl:param name="h:images" as="map(xs:string, xs:string)?" tunnel="yes" select="()"/>
    <xsl:variable name="facs" select="normalize-space(@facs)"/>
    <xsl:variable name="url" select="if (starts-with($facs, '#'))
        then string((key('h:by-id', substring($facs, 2))/descendant-or-self::tei:graphic/@url)[1]) else $facs"/>
    <xsl:variable name="local" select="if ($url and exists($h:images)) then $h:images($url) else ()"/>
    <xsl:variable name="label" select="if (@n) then replace(ed:msg('facsimile.of'), '{n}', string(@n), 'q')
                                       else ed:msg('facsimile')"/>
    <xsl:choose>
      <xsl:when test="$local">
        <a class="facs" href="{$local}"><img src="{$local}" alt="{$label}" loading="lazy"/></a>
      </xsl:when>
      <xsl:when test="matches($url, '^https?://\S+$')">
        <a class="facs facs-link" href="{iri-to-uri($url)}">{$label}</a>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- An emendation: the corrected reading in the text, the source's reading beside it,
       shown on hover or keyboard focus and read out by screen readers -->
  <xsl:template name="ed:alternate">
    <xsl:param name="preferred" as="element()*"/>
    <xsl:param name="alternate" as="element()*"/>
    <xsl:param name="kind" as="xs:string" select="'sic'"/>
    <xsl:param name="h:in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <span class="{if ($kind = 'sic') then 'choice' else 'choice choice-' || $kind}">
      <xsl:if test="not($h:in-link)">
        <xsl:attribute name="tabindex" select="0"/>
      </xsl:if>
      <span class="corr"><xsl:apply-templates select="$preferred" mode="ed:render"/></span>
      <span class="sic"><span class="visually-hidden"> (</span><span class="alt-label">{ed:msg('alternate.' || $kind)}: </span><xsl:apply-templates
          select="$alternate" mode="ed:render"/><span class="visually-hidden">)</span></span>
    </span>
  </xsl:template>

  <xsl:template name="ed:link">
    <xsl:param name="h:in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="target" select="h:safe-target(.)"/>
    <xsl:choose>
      <xsl:when test="$target and not($h:in-link)">
        <a class="ref" href="{$target}">
          <xsl:apply-templates mode="ed:render">
            <xsl:with-param name="h:in-link" select="true()" tunnel="yes"/>
          </xsl:apply-templates>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="ref"><xsl:apply-templates mode="ed:render"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="ed:page-ref">
    <xsl:param name="h:in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="n" select="string((@value, normalize-space())[1])"/>
    <xsl:choose>
      <xsl:when test="not($h:in-link) and key('h:pb-by-n', $n)">
        <a class="page-ref" href="#page-{$n}"><xsl:apply-templates mode="ed:render"/></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="page-ref"><xsl:apply-templates mode="ed:render"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A name linked to its entry in the register; highlighted when the reader asks -->
  <xsl:template name="ed:entity">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="h:in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:param name="h:phrasing" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="entry" select="ed:entry(.)"/>
    <xsl:choose>
      <xsl:when test="$entry and not($h:in-link)">
        <!-- its own id, where the registers' occurrences lead; a citation's publisher or place is marked -->
        <a class="{string-join(('entity', $kind, 'cited'[h:in-citation(current())]), ' ')}"
           href="{h:register-file($kind)}#{$entry/@xml:id}" data-card="card-{$entry/@xml:id}">
          <xsl:if test="not($h:phrasing)">
            <xsl:attribute name="id" select="h:mention-id(.)"/>
          </xsl:if>
          <xsl:apply-templates mode="ed:render">
            <xsl:with-param name="h:in-link" select="true()" tunnel="yes"/>
          </xsl:apply-templates>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="entity {$kind}"><xsl:apply-templates mode="ed:render"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A dated mention linked to its place in the chronology (a cited book's imprint is not history: no link) -->
  <xsl:template name="ed:date">
    <xsl:param name="h:in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:param name="h:numbers" as="map(xs:string, xs:integer)?" tunnel="yes" select="()"/>
    <xsl:variable name="value" select="ed:date-value(.)"/>
    <xsl:variable name="inner">
      <xsl:element name="{if (h:is-datetime($value)) then 'time' else 'span'}">
        <xsl:if test="h:is-datetime($value)">
          <xsl:attribute name="datetime" select="$value"/>
        </xsl:if>
        <xsl:apply-templates mode="ed:render">
          <xsl:with-param name="h:in-link" select="true()" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:element>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="not($h:in-link) and exists($h:numbers) and ed:date-sort-key(.) != '' and not(@type = 'imprint')">
        <a class="entity date" href="chronology.html#{h:date-anchor(., $h:numbers)}" title="{$value}">
          <xsl:sequence select="$inner"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="entity date"><xsl:sequence select="$inner"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Elements rendered by their content alone (segments, words, names) keep their language
       in a span: a passage in another language, or script, is read and set as such -->
  <xsl:template match="tei:seg[@xml:lang] | tei:s[@xml:lang] | tei:w[@xml:lang] | tei:rs[@xml:lang]
      | tei:name[@xml:lang] | tei:persName[@xml:lang] | tei:placeName[@xml:lang] | tei:orgName[@xml:lang]
      | tei:geogName[@xml:lang] | tei:settlement[@xml:lang] | tei:country[@xml:lang] | tei:abbr[@xml:lang]
      | tei:expan[@xml:lang] | tei:orig[@xml:lang] | tei:reg[@xml:lang] | tei:num[@xml:lang]
      | tei:lem[@xml:lang] | tei:rdg[@xml:lang] | tei:desc[@xml:lang]" mode="ed:render">
    <span lang="{ed:bcp47(@xml:lang)}"><xsl:next-match/></span>
  </xsl:template>

  <!-- The language of a node shown away from its context (a note in the list of notes, a
       heading in the contents), when it is not the page's -->
  <xsl:template name="h:lang-of-context">
    <xsl:variable name="lang" select="string(ancestor-or-self::*[@xml:lang][1]/@xml:lang)"/>
    <xsl:if test="$lang and $lang != string(root(.)/*/@xml:lang)">
      <xsl:attribute name="lang" select="ed:bcp47($lang)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ed:text">
    <xsl:value-of select="."/>
  </xsl:template>

</xsl:stylesheet>
