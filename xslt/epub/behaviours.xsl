<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The web edition's behaviours (xslt/html/behaviours.xsl) adapted to an e-book's XHTML.

     What a reading system does its own way is overridden here and nothing else:
       note       a popup footnote (epub:type noteref / footnote) instead of a popover button;
       break      a printed page becomes a target of the page list;
       alternate  the correction is read, the source's reading is its tooltip;
       link, page-ref, entity
                  a link goes to the content document holding its target: an EPUB is split
                  into several files and has no register pages to link names to. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:h="urn:x-edition:xslt:html"
    xmlns:e="urn:x-edition:xslt:epub"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:import href="../html/behaviours.xsl"/>
  <xsl:include href="chunks.xsl"/>

  <!-- a permalink mark means nothing in an e-book -->
  <xsl:param name="show-permalinks" as="xs:boolean" select="false()"/>

  <xsl:template name="ed:note">
    <a epub:type="noteref" role="doc-noteref" class="noteref" id="{e:noteref-id(.)}"
       href="#{h:id(.)}"><xsl:value-of select="e:note-number(.)"/></a>
  </xsl:template>

  <xsl:function name="e:note-number" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="string(($note/@n, ed:notes-before($note, 'all') + 1)[1])"/>
  </xsl:function>

  <!-- The note's label in its footnote: the printed number where the source numbers the notes
       of the chapter straight through; where it restarts them on every page, the page too
       ("p. 4, n. 1"), so that two notes "1" of one chapter are told apart (as the print
       edition cites them, xslt/typst/render.xsl) -->
  <xsl:function name="e:note-label" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="page" select="ed:page-of($note)"/>
    <xsl:sequence select="if (not($note/@n) or e:notes-as-printed(e:note-scope($note))) then e:note-number($note)
        else string-join((if ($page) then ed:msg('page.abbr') || ' ' || $page || ',' else (),
                          ed:msg('note.abbr'), string($note/@n)), ' ')"/>
  </xsl:function>

  <!-- where notes are counted: their chapter, else their top division, else front, body or back -->
  <xsl:function name="e:note-scope" as="element()">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($note/ancestor::tei:div[@type = 'chapter'][1], $note/ancestor::tei:div[last()],
                           $note/ancestor::*[self::tei:front or self::tei:body or self::tei:back][1],
                           $note/ancestor::tei:text[1], root($note)/*)[1]"/>
  </xsl:function>

  <!-- true where the printed numbers of a scope's notes run on (1, 2, 3 ... or 18, 19 ...) -->
  <xsl:function name="e:notes-as-printed" as="xs:boolean" cache="yes">
    <xsl:param name="scope" as="element()"/>
    <xsl:variable name="numbers" select="$scope//tei:note[ed:is-note(.)][not(ed:is-endnote(.))]/@n ! string(.)"/>
    <xsl:variable name="integers" select="$numbers ! (if (. castable as xs:integer) then xs:integer(.) else ())"/>
    <xsl:sequence select="count($integers) = count($numbers)
        and (every $i in 2 to count($integers) satisfies $integers[$i] = $integers[$i - 1] + 1)"/>
  </xsl:function>

  <xsl:function name="e:noteref-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="'ref-' || h:id($note)"/>
  </xsl:function>

  <!-- the footnotes of a content document, after its text; each links back to its marker -->
  <xsl:template name="e:footnotes">
    <xsl:param name="notes" as="element(tei:note)*"/>
    <xsl:for-each select="$notes">
      <aside epub:type="footnote" role="doc-footnote" class="footnote" id="{h:id(.)}">
        <xsl:variable name="number">
          <a class="note-number" href="#{e:noteref-id(.)}"><xsl:value-of select="e:note-label(.)"/></a>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="tei:p">
            <xsl:sequence select="$number"/>
            <xsl:apply-templates mode="ed:render"/>
          </xsl:when>
          <xsl:otherwise>
            <p><xsl:sequence select="$number"/><xsl:text> </xsl:text><xsl:apply-templates mode="ed:render"/></p>
          </xsl:otherwise>
        </xsl:choose>
      </aside>
    </xsl:for-each>
  </xsl:template>

  <!-- the source's lineation is no break in a reflowed text (ed:records-lineation) -->
  <xsl:variable name="e:source-lineation" as="xs:boolean" select="ed:records-lineation(/)"/>

  <!-- a column, a numbered milestone or section: its label in brackets, where a reader has no margin -->
  <xsl:template name="ed:reference">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="kind" as="xs:string" select="'milestone'"/>
    <span class="milestone"><xsl:value-of select="'[' || $label || ']'"/></span>
  </xsl:template>

  <xsl:template name="ed:break">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$kind = 'lb' and $e:source-lineation and ed:lb-in-prose(.)">
        <xsl:value-of select="ed:lb-space(.)"/>
      </xsl:when>
      <xsl:when test="$kind = 'lb'"><br/></xsl:when>
      <xsl:when test="$kind = 'milestone' and ed:is-rule(.)">
        <span class="divider" role="separator"/>
      </xsl:when>
      <xsl:when test="$kind = ('cb', 'milestone')">
        <xsl:if test="ed:reference-label(.)">
          <xsl:call-template name="ed:reference">
            <xsl:with-param name="label" select="ed:reference-label(.)"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$kind = 'gb'"/>
      <xsl:when test="@n and not(ancestor::tei:note)">
        <span epub:type="pagebreak" role="doc-pagebreak" id="{e:page-id(.)}"
              aria-label="{ed:msg('page') || ' ' || @n}"/>
      </xsl:when>
      <xsl:otherwise>
        <span class="pb"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- numbered by position: printed page numbers may repeat (front matter, notes) -->
  <xsl:function name="e:page-id" as="xs:string">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:sequence select="'page-' || $pb/accumulator-before('ed:page-breaks')"/>
  </xsl:function>

  <xsl:template name="ed:alternate">
    <xsl:param name="preferred" as="element()*"/>
    <xsl:param name="alternate" as="element()*"/>
    <xsl:param name="kind" as="xs:string" select="'sic'"/>
    <span class="corr" title="{ed:msg('alternate.' || $kind)}: {normalize-space(string-join($alternate//text()))}">
      <xsl:apply-templates select="$preferred" mode="ed:render"/>
    </span>
  </xsl:template>

  <!-- only targets rendered with an id are linked; any other stays text rather than point nowhere -->
  <xsl:template name="ed:link">
    <xsl:param name="h:in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="target" select="normalize-space(@target)"/>
    <xsl:variable name="internal" select="if (starts-with($target, '#'))
        then key('e:by-id', substring($target, 2))[self::tei:div or self::tei:p or self::tei:item
             or self::tei:note[ed:is-note(.)]][ancestor::tei:text][1] else ()"/>
    <xsl:variable name="href" select="if ($internal) then e:href($internal)
        else if (starts-with($target, '#')) then '' else h:safe-target(.)"/>
    <xsl:choose>
      <xsl:when test="$href and not($h:in-link)">
        <a class="ref" href="{$href}">
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
    <xsl:variable name="pb" select="(key('h:pb-by-n', $n)[not(ancestor::tei:note)])[1]"/>
    <xsl:choose>
      <xsl:when test="$pb and not($h:in-link)">
        <a class="page-ref" href="{e:chunk-of($pb)?file}#{e:page-id($pb)}"><xsl:apply-templates mode="ed:render"/></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="page-ref"><xsl:apply-templates mode="ed:render"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- an apparatus entry: the lemma, its readings as the tooltip -->
  <xsl:template name="ed:app">
    <xsl:param name="lemma" as="element()?"/>
    <xsl:param name="readings" as="element()*"/>
    <span class="app">
      <xsl:if test="$readings">
        <xsl:attribute name="title" select="ed:msg('apparatus') || ': ' || string-join($readings ! (
            (if (normalize-space(.)) then normalize-space(.) else ed:msg('omitted'))
            || (if (@wit) then ' ' || h:sigla(@wit) else '')), '; ')"/>
      </xsl:if>
      <xsl:apply-templates select="$lemma" mode="ed:render"/>
    </span>
  </xsl:template>

  <!-- a pointer is a link only out of the book; inside it names its target -->
  <xsl:template name="ed:pointer">
    <xsl:variable name="target" select="normalize-space(@target)"/>
    <xsl:variable name="label" select="string((@target, @cRef)[1])"/>
    <xsl:choose>
      <xsl:when test="matches($target, '^https?:', 'i') and not(matches($target, '\s'))">
        <a class="ptr" href="{$target}"><xsl:value-of select="$label"/></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="ptr"><xsl:value-of select="$label"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the register's normalised name as a tooltip: the e-book carries no register pages -->
  <xsl:template name="ed:entity">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="entry" select="ed:entry(.)"/>
    <span class="entity {$kind}">
      <xsl:if test="$entry"><xsl:attribute name="title" select="ed:entry-name($entry)"/></xsl:if>
      <xsl:apply-templates mode="ed:render"/>
    </span>
  </xsl:template>

</xsl:stylesheet>
