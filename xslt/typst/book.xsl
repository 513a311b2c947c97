<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- A TEI edition to Typst source for the print edition: title pages, text, emendations, indexes.

     The output opens with the page design (book.typ, copied whole) and then calls its
     functions, so the generated file compiles on its own. Behaviours are in render.xsl,
     settings in params.xsl, and all text passes through escape.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/behaviours.xsl"/>
  <xsl:include href="params.xsl"/>

  <!-- the note counts (accumulators of xslt/common/functions.xsl) are kept for the document -->
  <xsl:mode use-accumulators="#all"/>
  <xsl:include href="escape.xsl"/>
  <xsl:include href="render.xsl"/>
  <xsl:include href="back-matter.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:variable name="tei" select="tei:TEI"/>
    <xsl:if test="empty($tei)">
      <xsl:sequence select="error(xs:QName('ed:not-tei'), 'the root element is not a TEI element')"/>
    </xsl:if>
    <xsl:value-of select="unparsed-text($template)"/>
    <xsl:text>&#10;// ---- generated from the TEI; edit the TEI or the stylesheets, not this file&#10;&#10;</xsl:text>
    <xsl:apply-templates select="$tei" mode="ed:typst-book"/>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="ed:typst-book">
    <xsl:variable name="lang" select="ed:typst-lang((tei:text/@xml:lang, @xml:lang, 'en')[1])"/>
    <xsl:variable name="title-stmt" select="tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:text>#show: book.with(&#10;</xsl:text>
    <xsl:value-of select="'  title: ' || ed:typst-string(ed:edition-title(.)) || ',&#10;'"/>
    <xsl:value-of select="'  short-title: ' || ed:typst-string(ed:short-title(.)) || ',&#10;'"/>
    <xsl:value-of select="'  author: ' || ed:typst-array($title-stmt/tei:author ! ed:name-as-read(.)) || ',&#10;'"/>
    <!-- the PDF's description (dc:description): what the printed source is -->
    <xsl:value-of select="'  description: ' || ed:typst-string-or-none(string-join(
        tei:teiHeader/tei:fileDesc/tei:sourceDesc/(tei:biblStruct | tei:bibl | tei:biblFull) ! ed:citation(.), ' '))
        || ',&#10;'"/>
    <xsl:value-of select="'  lang: ' || ed:typst-string(($lang[1], 'en')[1]) || ', region: '
        || ed:typst-string-or-none($lang[2]) || ',&#10;'"/>
    <xsl:value-of select="'  contents-title: ' || ed:typst-string(ed:msg('contents.edition')) || ',&#10;'"/>
    <xsl:value-of select="'  page-width: ' || ed:typst-length($page-width) || ', page-height: '
        || ed:typst-length($page-height) || ',&#10;'"/>
    <xsl:value-of select="'  font: ' || ed:typst-string($font) || ', font-size: ' || ed:typst-length($font-size)
        || ', note-size: ' || ed:typst-length($note-size) || ', toc-depth: ' || $toc-depth || ',&#10;'"/>
    <xsl:variable name="fallback" as="xs:string*" select="array:flatten(parse-json($fallback-fonts))"/>
    <xsl:if test="exists($fallback)">
      <xsl:value-of select="'  fallback-fonts: ' || ed:typst-array($fallback) || ',&#10;'"/>
    </xsl:if>
    <xsl:text>  title-pages: [&#10;</xsl:text>
    <xsl:choose>
      <xsl:when test="tei:text/tei:front/tei:titlePage">
        <xsl:apply-templates select="tei:text/tei:front/tei:titlePage" mode="ed:render"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="ed:title-page-from-header"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="ed:edition-notice"/>
    <xsl:variable name="front">
      <xsl:apply-templates select="tei:text/tei:front/(node() except tei:titlePage)" mode="ed:render"/>
    </xsl:variable>
    <xsl:variable name="text">
      <xsl:apply-templates select="." mode="ed:typst-after-front"/>
    </xsl:variable>
    <xsl:text>],&#10;  front: [&#10;</xsl:text>
    <xsl:value-of select="$front"/>
    <xsl:text>],&#10;</xsl:text>
    <!-- a contents page where the book has a heading: the text of the edition is in string
         literals (escape.xsl), so outside them these calls are where the stylesheets wrote one -->
    <xsl:value-of select="'  contents: ' || (if (some $part in ($front, $text) satisfies matches(
        replace($part, '&quot;([^&quot;\\]|\\.)*&quot;', ''), '#ed-(back-)?heading\(|#ed-(index|emendations)\('))
        then 'true' else 'false') || ',&#10;'"/>
    <xsl:text>)&#10;&#10;</xsl:text>
    <!-- the lines that open the text and its back matter: where a long book is parted -->
    <xsl:text>// ---- the text&#10;</xsl:text>
    <xsl:value-of select="$text"/>
  </xsl:template>

  <!-- The book after its front matter: the text, the notes at its end, the lists and indexes -->
  <xsl:template match="tei:TEI" mode="ed:typst-after-front">
    <xsl:apply-templates select="tei:text/(tei:body | tei:group | tei:back), tei:sourceDoc" mode="ed:render"/>
    <xsl:text>&#10;// ---- the back matter&#10;</xsl:text>
    <xsl:call-template name="ed:endnotes"/>
    <xsl:if test="$emendations">
      <xsl:call-template name="ed:emendation-list"/>
    </xsl:if>
    <xsl:if test="$indexes">
      <xsl:call-template name="ed:index">
        <xsl:with-param name="kind" select="'person'"/>
        <xsl:with-param name="title" select="ed:msg('index.persons')"/>
      </xsl:call-template>
      <xsl:call-template name="ed:index">
        <xsl:with-param name="kind" select="'place'"/>
        <xsl:with-param name="title" select="ed:msg('index.places')"/>
      </xsl:call-template>
      <xsl:call-template name="ed:index">
        <xsl:with-param name="kind" select="'org'"/>
        <xsl:with-param name="title" select="ed:msg('index.organisations')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The title for running heads: a short title if the header has one, else the
       printed source's title, else the edition's -->
  <xsl:function name="ed:short-title" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="header" select="root($node)//tei:teiHeader"/>
    <xsl:sequence select="normalize-space((
        $header/tei:fileDesc/tei:titleStmt/tei:title[@type = 'short'],
        $header/tei:fileDesc/tei:sourceDesc//tei:monogr/tei:title[@type = 'main'],
        $header/tei:fileDesc/tei:sourceDesc//tei:monogr/tei:title,
        ed:edition-title($node))[normalize-space()][1])"/>
  </xsl:function>

  <!-- Where the source has no title page: the title and author of the header -->
  <xsl:template name="ed:title-page-from-header">
    <xsl:variable name="title-stmt" select="tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:text>#ed-title-page[&#10;</xsl:text>
    <xsl:value-of select="'#ed-title-part(&quot;main&quot;)[' || ed:typst-text(ed:edition-title(.)) || ']&#10;'"/>
    <xsl:for-each select="$title-stmt/tei:title[@type = 'sub']">
      <xsl:value-of select="'#ed-title-part(&quot;sub&quot;)[' || ed:typst-text(normalize-space(.)) || ']&#10;'"/>
    </xsl:for-each>
    <xsl:for-each select="$title-stmt/tei:author[normalize-space()]">
      <xsl:value-of select="'#ed-byline[' || ed:typst-text(ed:name-as-read(.)) || ']&#10;'"/>
    </xsl:for-each>
    <xsl:text>]&#10;</xsl:text>
  </xsl:template>

  <!-- The reverse of the title page: what this edition is, and what it reproduces -->
  <xsl:template name="ed:edition-notice">
    <xsl:variable name="file-desc" select="tei:teiHeader/tei:fileDesc"/>
    <xsl:text>#ed-edition-notice[&#10;</xsl:text>
    <xsl:for-each select="$file-desc/tei:titleStmt/tei:title">
      <xsl:value-of select="'#par(' || ed:typst-string(normalize-space(.)) || ')&#10;'"/>
    </xsl:for-each>
    <xsl:for-each select="$file-desc/tei:titleStmt/tei:respStmt">
      <xsl:value-of select="'#par(' || ed:typst-string(string-join(tei:resp ! normalize-space(.), ', ') || ': '
          || string-join((tei:name, tei:persName, tei:orgName) ! normalize-space(.), ', ')) || ')&#10;'"/>
    </xsl:for-each>
    <xsl:for-each select="$file-desc/tei:publicationStmt">
      <xsl:value-of select="'#par(' || ed:typst-string(string-join((
          (tei:publisher, tei:authority, tei:distributor)[1] ! normalize-space(.),
          tei:pubPlace ! normalize-space(.), tei:date ! normalize-space(.)), ', ')) || ')&#10;'"/>
      <xsl:for-each select="tei:availability//(tei:licence | tei:p)">
        <xsl:value-of select="'#par(' || ed:typst-string(normalize-space(.)) || ')&#10;'"/>
      </xsl:for-each>
      <xsl:for-each select="tei:idno">
        <xsl:value-of select="'#par(' || ed:typst-string(normalize-space(.)) || ')&#10;'"/>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:value-of select="'#v(0.8em)#par(emph(' || ed:typst-string(ed:msg('source')) || '))&#10;'"/>
    <xsl:for-each select="$file-desc/tei:sourceDesc/(tei:biblStruct | tei:bibl | tei:biblFull)">
      <xsl:value-of select="'#par(' || ed:typst-string(ed:citation(.)) || ')&#10;'"/>
    </xsl:for-each>
    <xsl:text>]&#10;</xsl:text>
  </xsl:template>

  <!-- A bibl as text: where its parts stand side by side with no words between them (title,
       scope, note), each is a sentence of its own; where the TEI writes the punctuation
       between them, as it stands -->
  <xsl:function name="ed:bibl-text" as="xs:string">
    <xsl:param name="bibl" as="element()"/>
    <xsl:sequence select="if ($bibl/text()[normalize-space()]) then normalize-space($bibl)
        else string-join($bibl/*[normalize-space()] ! ed:bibl-part(.), ' ')"/>
  </xsl:function>

  <xsl:function name="ed:bibl-part" as="xs:string">
    <xsl:param name="part" as="element()"/>
    <xsl:variable name="text" select="normalize-space(if ($part/self::tei:biblScope[@unit] and not(matches($part, '\p{L}')))
        then upper-case(substring($part/@unit, 1, 1)) || substring($part/@unit, 2) || ' ' || $part else string($part))"/>
    <xsl:sequence select="if (matches($text, '[.!?]$')) then $text else $text || '.'"/>
  </xsl:function>

  <!-- A bibliographic description as one line of text -->
  <xsl:function name="ed:citation" as="xs:string">
    <xsl:param name="bibl" as="element()"/>
    <xsl:variable name="monogr" select="$bibl/tei:monogr"/>
    <xsl:sequence select="if (not($bibl/self::tei:biblStruct)) then ed:bibl-text($bibl)
        else string-join((
          normalize-space($monogr/tei:author[1]),
          normalize-space($monogr/tei:title[1]),
          $monogr/tei:biblScope ! normalize-space(.),
          $bibl/tei:series ! string-join((tei:title, tei:biblScope) ! normalize-space(.), ' '),
          $monogr/tei:edition ! normalize-space(.),
          string-join(($monogr/tei:imprint/tei:pubPlace ! normalize-space(.)), ' and ')
            || (if ($monogr/tei:imprint/tei:publisher) then ': ' || normalize-space($monogr/tei:imprint/tei:publisher[1]) else ''),
          $monogr/tei:idno[@type = 'ISBN'] ! ('ISBN ' || normalize-space(.))
        )[normalize-space()], '. ') || '.'"/>
  </xsl:function>

</xsl:stylesheet>
