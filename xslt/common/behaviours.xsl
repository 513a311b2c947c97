<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- TEI elements to behaviours: the processing model shared by every output.

     Each TEI element of the edition's subset is matched once, here, in mode ed:render,
     and handed to one behaviour template (ed:block, ed:heading, ed:inline, ed:note,
     ed:break, ed:alternate, ed:link, ed:entity, ed:date, ed:list, ed:item, ed:label,
     ed:page-ref, ed:title-page, ed:closer, ed:section, ed:text; for TEI written elsewhere:
     ed:group, ed:app, ed:table, ed:row, ed:cell, ed:code, ed:pointer, ed:gap, ed:margin,
     ed:figure, ed:graphic).
     An output (html/, typst/, epub/) imports this module and implements those named
     templates; it overrides a match here only where its medium truly differs.

     Every behaviour template is called with the TEI element as context node and gets
     $kind (a short name of what the element is, e.g. 'title', 'foreign', 'p') where one
     behaviour serves several elements. Content is rendered by the behaviour itself with
     <xsl:apply-templates mode="ed:render"/>. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    exclude-result-prefixes="#all">

  <xsl:include href="functions.xsl"/>

  <xsl:mode name="ed:render" on-no-match="shallow-skip"/>

  <!-- structure -->
  <xsl:template match="tei:div" mode="ed:render">
    <xsl:call-template name="ed:section"/>
  </xsl:template>

  <xsl:template match="tei:head" mode="ed:render">
    <xsl:call-template name="ed:heading"/>
  </xsl:template>

  <xsl:template match="tei:p" mode="ed:render">
    <xsl:call-template name="ed:block">
      <xsl:with-param name="kind" select="'p'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:closer" mode="ed:render">
    <xsl:call-template name="ed:closer"/>
  </xsl:template>

  <xsl:template match="tei:signed | tei:dateline" mode="ed:render">
    <xsl:call-template name="ed:block">
      <xsl:with-param name="kind" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:titlePage" mode="ed:render">
    <xsl:call-template name="ed:title-page"/>
  </xsl:template>

  <xsl:template match="tei:list" mode="ed:render">
    <xsl:call-template name="ed:list"/>
  </xsl:template>

  <xsl:template match="tei:item" mode="ed:render">
    <xsl:call-template name="ed:item"/>
  </xsl:template>

  <!-- a list of persons, places, organisations, events or objects written into the text
       (rather than the header) is a list; each of its entries is an item, and an entry
       within an entry (a town in its county) an item within that item -->
  <xsl:template match="tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent | tei:listObject
      | tei:listNym" mode="ed:render">
    <xsl:call-template name="ed:list"/>
  </xsl:template>

  <xsl:template match="tei:person | tei:personGrp | tei:place | tei:org | tei:event | tei:object
      | tei:nym" mode="ed:render">
    <xsl:call-template name="ed:item"/>
  </xsl:template>

  <!-- the parts of an entry (its names, where and when it was) are kept apart by a separator
       where the encoder only broke the line between them -->
  <xsl:template match="text()[not(normalize-space())][parent::*[ed:is-entry(.)]
      or parent::*[not(text()[normalize-space()])]/parent::*[ed:is-entry(.)]]" mode="ed:render" priority="1.5">
    <xsl:variable name="before" select="preceding-sibling::node()[1][self::*]"/>
    <xsl:variable name="after" select="following-sibling::*[not(ed:is-blank(.))][1]"/>
    <xsl:if test="$before and $after and not(($before, $after)[ed:is-entry(.) or ed:holds-blocks(.)
        or ed:is-blank(.) or self::tei:note])">
      <xsl:call-template name="ed:text-of">
        <xsl:with-param name="text" select="if (ed:is-entry(..)) then ' · ' else ', '"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:label" mode="ed:render">
    <xsl:call-template name="ed:label"/>
  </xsl:template>

  <!-- inline -->
  <xsl:template match="tei:title | tei:foreign | tei:hi | tei:stamp" mode="ed:render">
    <xsl:call-template name="ed:inline">
      <xsl:with-param name="kind" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>


  <xsl:template match="tei:pb | tei:lb" mode="ed:render">
    <xsl:call-template name="ed:break">
      <xsl:with-param name="kind" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- an emendation: the correction is read, the source's reading stays available -->
  <xsl:template match="tei:choice[tei:sic and tei:corr]" mode="ed:render">
    <xsl:call-template name="ed:alternate">
      <xsl:with-param name="preferred" select="tei:corr"/>
      <xsl:with-param name="alternate" select="tei:sic"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:sic | tei:corr" mode="ed:render">
    <xsl:apply-templates mode="ed:render"/>
  </xsl:template>

  <xsl:template match="tei:ref[@target]" mode="ed:render">
    <xsl:call-template name="ed:link"/>
  </xsl:template>

  <xsl:template match="tei:num[@type = 'page']" mode="ed:render">
    <xsl:call-template name="ed:page-ref"/>
  </xsl:template>

  <xsl:template match="tei:persName[@ref] | tei:placeName[@ref] | tei:orgName[@ref]" mode="ed:render">
    <xsl:call-template name="ed:entity">
      <xsl:with-param name="kind" select="ed:entity-kind(.)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- a name without a register entry is plain text -->
  <xsl:template match="tei:persName | tei:placeName | tei:orgName" mode="ed:render">
    <xsl:apply-templates mode="ed:render"/>
  </xsl:template>

  <xsl:template match="tei:date" mode="ed:render">
    <xsl:call-template name="ed:date"/>
  </xsl:template>

  <xsl:template match="text()" mode="ed:render">
    <xsl:call-template name="ed:text"/>
  </xsl:template>

  <!-- indentation between blocks is not text -->
  <xsl:template mode="ed:render" match="text()[not(normalize-space())]
      [parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back or parent::tei:text
       or parent::tei:list or parent::tei:titlePage or parent::tei:docTitle or parent::tei:choice]"/>


  <!-- ================================================================ TEI at large
       The elements scholars use beyond the edition's own subset, mapped to the behaviours
       TEI Stylesheets and TEI Publisher's processing model give them. An element named
       nowhere here is rendered by its content (the mode's on-no-match); the outputs
       report each such element name once (edition/render/vocabulary.py). -->

  <!-- containers of blocks: verse groups, speeches, letters' parts, embedded texts -->
  <xsl:template match="tei:lg | tei:sp | tei:castList | tei:castGroup | tei:opener | tei:postscript
      | tei:address | tei:listBibl | tei:floatingText | tei:group | tei:text[ancestor::tei:text]
      | tei:epigraph | tei:argument | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5
      | tei:div6 | tei:div7 | tei:spGrp | tei:listWit | tei:witList | tei:exemplum
      | tei:sourceDoc | tei:surfaceGrp | tei:surface | tei:zone"
      mode="ed:render">
    <xsl:call-template name="ed:group">
      <xsl:with-param name="kind" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- quotations and speech: a block where they hold blocks or stand between them -->
  <xsl:template match="tei:quote | tei:q | tei:said | tei:cit" mode="ed:render">
    <xsl:choose>
      <xsl:when test="ed:is-block(.)">
        <xsl:call-template name="ed:group">
          <xsl:with-param name="kind" select="local-name()"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="self::tei:cit">
        <xsl:apply-templates mode="ed:render"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="ed:inline">
          <xsl:with-param name="kind" select="'quoted'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- block-level lines and labels -->
  <!-- a line of a source document (sourceDoc) is a line, as a verse line is -->
  <xsl:template match="tei:line" mode="ed:render">
    <xsl:call-template name="ed:block">
      <xsl:with-param name="kind" select="'l'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:l | tei:speaker | tei:salute | tei:addrLine | tei:ab | tei:trailer
      | tei:castItem | tei:roleDesc[not(parent::tei:castItem)] | tei:figDesc | tei:caption | tei:wit
      | (tei:byline | tei:docAuthor | tei:docDate | tei:docImprint | tei:docEdition)[not(ancestor::tei:titlePage)]"
      mode="ed:render">
    <xsl:call-template name="ed:block">
      <xsl:with-param name="kind" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:bibl | tei:biblStruct | tei:msDesc" mode="ed:render">
    <xsl:choose>
      <xsl:when test="ed:is-block(.)">
        <xsl:call-template name="ed:block">
          <xsl:with-param name="kind" select="'bibl'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="ed:inline">
          <xsl:with-param name="kind" select="'bibl'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a stage direction: its own line between speeches, in the flow inside a verse line -->
  <xsl:template match="tei:stage" mode="ed:render">
    <xsl:choose>
      <xsl:when test="ed:is-block(.)">
        <xsl:call-template name="ed:block">
          <xsl:with-param name="kind" select="'stage'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="ed:inline">
          <xsl:with-param name="kind" select="'stage'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- transcription and phrase-level emphasis, by kind -->
  <xsl:template match="tei:add | tei:del | tei:unclear | tei:supplied | tei:damage | tei:surplus
      | tei:secl | tei:emph | tei:term | tei:mentioned | tei:soCalled | tei:gloss | tei:distinct
      | tei:gi | tei:att | tei:val | tei:tag | tei:code | tei:ident | tei:roleName[ancestor::tei:castItem]
      | tei:role | tei:hi[@rendition][not(@rend)] | tei:seg[@rend] | tei:foreign | tei:restore
      | tei:orig[not(parent::tei:choice)] | tei:sic[not(parent::tei:choice)] | tei:abbr[not(parent::tei:choice)]"
      mode="ed:render" priority="0.4">
    <xsl:call-template name="ed:inline">
      <xsl:with-param name="kind" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- a deletion made by substituting: the deletion and the addition in their order -->
  <xsl:template match="tei:subst | tei:mod | tei:redo | tei:undo" mode="ed:render">
    <xsl:apply-templates mode="ed:render"/>
  </xsl:template>

  <!-- elements whose content is simply read: names, numbers, segments, words -->
  <xsl:template match="tei:seg | tei:s | tei:w | tei:pc | tei:c | tei:g | tei:rs | tei:name
      | tei:forename | tei:surname | tei:roleName | tei:addName | tei:genName | tei:nameLink
      | tei:geogName | tei:settlement | tei:region | tei:country | tei:district | tei:bloc
      | tei:num | tei:measure | tei:time | tei:unit | tei:quantity | tei:author | tei:editor
      | tei:publisher | tei:pubPlace | tei:biblScope | tei:idno | tei:imprint | tei:monogr
      | tei:analytic | tei:series | tei:edition | tei:repository | tei:msIdentifier
      | tei:institution | tei:collection | tei:orgName | tei:persName | tei:placeName
      | tei:expan[not(parent::tei:choice)] | tei:reg[not(parent::tei:choice)]
      | tei:corr[not(parent::tei:choice)] | tei:am | tei:ex | tei:orig | tei:reg | tei:abbr
      | tei:expan | tei:lem | tei:rdg | tei:titlePart | tei:docTitle
      | tei:metamark | tei:ruby | tei:rb | tei:rt | tei:origDate | tei:origPlace | tei:desc
      | tei:street | tei:postCode | tei:postBox | tei:email"
      mode="ed:render" priority="-0.5">
    <xsl:apply-templates mode="ed:render"/>
  </xsl:template>

  <!-- a character or glyph the text writes with an empty g: its declaration's mapping -->
  <xsl:template match="tei:g[not(node())]" mode="ed:render">
    <xsl:variable name="text" select="ed:g-text(.)"/>
    <xsl:if test="$text">
      <xsl:call-template name="ed:text-of">
        <xsl:with-param name="text" select="$text"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- one reading of a choice in the text, the other at hand -->
  <xsl:template match="tei:choice" mode="ed:render">
    <xsl:variable name="preferred" select="(tei:corr, tei:reg, tei:expan, tei:seg, *)[1]"/>
    <xsl:call-template name="ed:alternate">
      <xsl:with-param name="preferred" select="$preferred"/>
      <!-- the reading that pairs with the one read: abbr with expan, orig with reg, sic with corr -->
      <xsl:with-param name="alternate" select="(if ($preferred/self::tei:expan) then tei:abbr
          else if ($preferred/self::tei:reg) then tei:orig else if ($preferred/self::tei:corr) then tei:sic else (),
          * except $preferred)[1]"/>
      <xsl:with-param name="kind" select="if ($preferred/self::tei:expan) then 'abbr'
          else if ($preferred/self::tei:reg) then 'orig' else 'sic'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- a critical apparatus entry: the lemma in the text, the readings in the apparatus -->
  <xsl:template match="tei:app" mode="ed:render">
    <xsl:call-template name="ed:app">
      <xsl:with-param name="lemma" select="(tei:lem, tei:rdg[1])[1]"/>
      <xsl:with-param name="readings" select="(tei:rdg | tei:rdgGrp/tei:rdg | tei:note) except (tei:lem, tei:rdg[1])[1]"/>
    </xsl:call-template>
  </xsl:template>

  <!-- notes: inline ones in the flow, every other kind as a note -->
  <xsl:template match="tei:note[ed:is-note(.)]" mode="ed:render" priority="0.4">
    <xsl:call-template name="ed:note"/>
  </xsl:template>

  <!-- a note with nothing in it is no note: no mark, no number -->
  <xsl:template match="tei:note[ed:is-blank(.)]" mode="ed:render" priority="0.5"/>

  <xsl:template match="tei:note" mode="ed:render" priority="0.3">
    <xsl:call-template name="ed:inline">
      <xsl:with-param name="kind" select="'note-inline'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- forme work (running heads, catchwords, signatures) is not part of the reading text -->
  <xsl:template match="tei:fw" mode="ed:render">
    <xsl:call-template name="ed:margin">
      <xsl:with-param name="kind" select="'fw'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:cb | tei:milestone | tei:gb" mode="ed:render">
    <xsl:call-template name="ed:break">
      <xsl:with-param name="kind" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:gap" mode="ed:render">
    <xsl:call-template name="ed:gap"/>
  </xsl:template>

  <!-- a blank space in the source keeps the words apart -->
  <xsl:template match="tei:space" mode="ed:render">
    <xsl:call-template name="ed:text-of">
      <xsl:with-param name="text" select="' '"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:table" mode="ed:render">
    <xsl:call-template name="ed:table"/>
  </xsl:template>

  <xsl:template match="tei:row" mode="ed:render">
    <xsl:call-template name="ed:row"/>
  </xsl:template>

  <xsl:template match="tei:cell" mode="ed:render">
    <xsl:call-template name="ed:cell"/>
  </xsl:template>

  <xsl:template match="tei:figure" mode="ed:render">
    <xsl:call-template name="ed:figure"/>
  </xsl:template>

  <xsl:template match="tei:graphic | tei:media" mode="ed:render">
    <xsl:call-template name="ed:graphic"/>
  </xsl:template>

  <xsl:template match="tei:ptr[@target] | tei:ref[not(@target)][@cRef]" mode="ed:render">
    <xsl:call-template name="ed:pointer"/>
  </xsl:template>

  <!-- a formula with its MathML (made from its TeX before the transformation): mathematics -->
  <xsl:template match="tei:formula[mml:math]" mode="ed:render" priority="1"
      xmlns:mml="http://www.w3.org/1998/Math/MathML">
    <xsl:call-template name="ed:math">
      <xsl:with-param name="math" select="mml:math[1]"/>
      <xsl:with-param name="tex" select="normalize-space(string-join(text(), ''))"/>
      <xsl:with-param name="display" select="ed:is-block(.) or tokenize(@rend) = ('display', 'block')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- examples of markup and formulae: shown as code, as written -->
  <xsl:template match="tei:egXML | eg:egXML | tei:eg | tei:formula" mode="ed:render"
      xmlns:eg="http://www.tei-c.org/ns/Examples">
    <xsl:call-template name="ed:code">
      <xsl:with-param name="text" select="if (self::tei:eg or self::tei:formula) then string(.)
          else ed:markup-text(.)"/>
      <xsl:with-param name="kind" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- a specification cited by its name -->
  <xsl:template match="tei:specDesc" mode="ed:render">
    <xsl:call-template name="ed:code">
      <xsl:with-param name="text" select="string(@key)"/>
      <xsl:with-param name="kind" select="'gi'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:specList" mode="ed:render">
    <xsl:call-template name="ed:group">
      <xsl:with-param name="kind" select="'specList'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- metadata in the text: index entries, interpretations, links, anchors, generated divisions -->
  <xsl:template match="tei:index | tei:interp | tei:interpGrp | tei:anchor | tei:link | tei:linkGrp
      | tei:join | tei:alt | tei:altGrp | tei:span | tei:spanGrp | tei:timeline | tei:divGen
      | tei:handShift | tei:certainty | tei:precision | tei:respons | tei:witDetail | tei:fLib
      | tei:fs | tei:listTranspose" mode="ed:render"/>

  <!-- whitespace between the parts of these containers is layout, not text -->
  <xsl:template mode="ed:render" priority="1" match="text()[not(normalize-space())]
      [parent::tei:lg or parent::tei:sp or parent::tei:castList or parent::tei:castGroup
       or parent::tei:opener or parent::tei:closer or parent::tei:postscript or parent::tei:address
       or parent::tei:listBibl or parent::tei:floatingText or parent::tei:group or parent::tei:table
       or parent::tei:row or parent::tei:figure or parent::tei:app or parent::tei:subst
       or parent::tei:cit or parent::tei:epigraph or parent::tei:argument or parent::tei:spGrp
       or parent::tei:rdgGrp or parent::tei:specList or parent::tei:msDesc or parent::tei:biblStruct
       or parent::tei:monogr or parent::tei:analytic or parent::tei:imprint or parent::tei:sourceDoc
       or parent::tei:surface or parent::tei:zone or parent::tei:surfaceGrp]"/>

  <!-- a line break inside a word (lb break="no") joins the word: the white space around
       it is the encoder's layout, not a space between words -->
  <xsl:template match="tei:lb[@break = 'no'] | tei:cb[@break = 'no']" mode="ed:render" priority="2"/>

  <xsl:template match="text()[ed:word-break-before(.)
      or following-sibling::node()[1][self::*[@break = 'no'][self::tei:lb or self::tei:pb or self::tei:cb]]]"
      mode="ed:render" priority="2">
    <xsl:variable name="after-break" select="exists(ed:word-break-before(.))"/>
    <xsl:variable name="before-break" select="exists(following-sibling::node()[1][self::*[@break = 'no']])"/>
    <xsl:variable name="text" select="replace(if ($after-break) then replace(., '^\s+', '') else string(.), '\s+', ' ')"/>
    <xsl:variable name="text" select="if ($before-break) then replace($text, '\s+$', '') else $text"/>
    <xsl:if test="$text != ''">
      <xsl:call-template name="ed:text-of">
        <xsl:with-param name="text" select="$text"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- an element named nowhere in the model (a module the edition does not know: spoken
       texts, dictionaries, feature structures, a project's own element in the TEI namespace)
       is rendered by its content, never dropped: as a group where blocks stand inside it, as
       a paragraph where it stands between blocks, in the flow of the text anywhere else -->
  <xsl:template match="tei:*[not(self::tei:TEI or self::tei:teiCorpus or self::tei:text or self::tei:front
      or self::tei:body or self::tei:back)]" mode="ed:render" priority="-1">
    <xsl:choose>
      <xsl:when test="ed:holds-blocks(.)">
        <xsl:call-template name="ed:group">
          <xsl:with-param name="kind" select="local-name()"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="ed:is-block(.) and normalize-space()">
        <xsl:call-template name="ed:block">
          <xsl:with-param name="kind" select="local-name()"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates mode="ed:render"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the default implementations, for an output that has no better one -->
  <xsl:template name="ed:group">
    <xsl:param name="kind" as="xs:string" select="local-name()"/>
    <xsl:apply-templates mode="ed:render"/>
  </xsl:template>

  <xsl:template name="ed:app">
    <xsl:param name="lemma" as="element()?"/>
    <xsl:param name="readings" as="element()*"/>
    <xsl:apply-templates select="$lemma" mode="ed:render"/>
  </xsl:template>

  <xsl:template name="ed:table">
    <xsl:apply-templates mode="ed:render"/>
  </xsl:template>

  <xsl:template name="ed:row">
    <xsl:apply-templates mode="ed:render"/>
  </xsl:template>

  <xsl:template name="ed:cell">
    <xsl:apply-templates mode="ed:render"/>
  </xsl:template>

  <xsl:template name="ed:figure">
    <xsl:call-template name="ed:group">
      <xsl:with-param name="kind" select="'figure'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ed:graphic"/>

  <xsl:template name="ed:margin">
    <xsl:param name="kind" as="xs:string" select="local-name()"/>
  </xsl:template>

  <xsl:template name="ed:gap">
    <xsl:call-template name="ed:text-of">
      <xsl:with-param name="text" select="ed:gap-text(.)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ed:pointer">
    <xsl:call-template name="ed:text-of">
      <xsl:with-param name="text" select="string((@target, @cRef)[1])"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ed:code">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="kind" as="xs:string" select="local-name()"/>
    <xsl:call-template name="ed:text-of">
      <xsl:with-param name="text" select="$text"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ed:math">
    <xsl:param name="math" as="element()"/>
    <xsl:param name="tex" as="xs:string"/>
    <xsl:param name="display" as="xs:boolean" select="false()"/>
    <xsl:call-template name="ed:code">
      <xsl:with-param name="text" select="$tex"/>
      <xsl:with-param name="kind" select="'formula'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- literal text the model adds (a space, brackets), written as the output writes text -->
  <xsl:template name="ed:text-of">
    <xsl:param name="text" as="xs:string"/>
    <xsl:value-of select="$text"/>
  </xsl:template>

  <!-- the apparatus of the source is not reproduced inside the text -->
  <xsl:template match="tei:teiHeader | tei:standOff" mode="ed:render"/>

</xsl:stylesheet>
