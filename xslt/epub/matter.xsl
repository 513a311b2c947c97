<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The e-book's own matter, made from the teiHeader: the cover (an SVG image drawn from title
     and author, the same on every build), the title page and the colophon (licence, credits,
     source, identifier). The source's own title pages, if the TEI has them, stay in the text. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:e="urn:x-edition:xslt:epub"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- the words of the e-book's own pages -->
  <xsl:variable name="e:words" as="map(xs:string, xs:string)" select="map{
      'cover': 'Cover', 'title-page': 'Title page', 'colophon': 'Colophon', 'landmarks': 'Guide',
      'text': 'Text', 'author': 'by', 'credits': 'Credits', 'publisher': 'Published by',
      'published': 'Publication date', 'identifier': 'Identifier', 'licence': 'Licence',
      'availability': 'Availability', 'source': 'Source', 'about': 'About this edition',
      'status.free': 'freely available', 'status.restricted': 'restricted', 'status.unknown': 'unknown',
      'cover-alt': 'Cover of the e-book'}"/>

  <!-- the words of the e-book are in the UI language: marked so where the text's differs -->
  <xsl:template name="e:ui-lang">
    <xsl:if test="$ui-lang != $e:lang">
      <xsl:attribute name="lang" select="$ui-lang"/>
      <xsl:attribute name="xml:lang" select="$ui-lang"/>
    </xsl:if>
  </xsl:template>

  <xsl:function name="e:word" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($e:words($key), $key)[1]"/>
  </xsl:function>

  <!-- the header of the edition (of the corpus, for a teiCorpus) -->
  <xsl:variable name="e:file-desc" select="ed:file-desc(/)"/>
  <xsl:variable name="e:title" as="xs:string" select="(ed:edition-title(/)[.], 'Untitled')[1]"/>
  <xsl:variable name="e:subtitle" as="xs:string"
      select="string-join($e:file-desc/tei:titleStmt/tei:title[@type = 'sub'] ! normalize-space()[.], '. ')"/>
  <xsl:variable name="e:authors" as="xs:string*"
      select="$e:file-desc/tei:titleStmt/tei:author ! ed:name-as-read(.)[.]"/>
  <!-- the publisher's name, without the e-mail, address or links it may hold -->
  <xsl:variable name="e:publisher" as="xs:string"
      select="string-join($e:file-desc/tei:publicationStmt/tei:publisher ! e:name(.)[.], '; ')"/>

  <xsl:function name="e:name" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="replace(normalize-space(string-join($el/descendant::text()[not(ancestor::*[. >> $el or . is $el]
        [self::tei:email or self::tei:address or self::tei:ptr or self::tei:ref or self::tei:idno or self::tei:note
         or self::tei:date])] ! (if (parent::tei:orgName or parent::tei:persName or parent::tei:name) then ' ' || . || ' ' else .))),
        '\s+([,;.:)])', '$1')"/>
  </xsl:function>
  <!-- the persistent identifier; run on its own, the edition's id stands for it -->
  <xsl:variable name="e:identifier" as="xs:string"
      select="(normalize-space($identifier)[.], 'urn:x-edition:' || encode-for-uri(ed:edition-id(/)))[1]"/>

  <!-- ................................................................ the cover -->

  <!-- words to lines of at most $width characters (a longer word is a line of its own) -->
  <xsl:function name="e:lines" as="xs:string*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:sequence select="fold-left(tokenize(normalize-space($text)), (), function($lines, $word) {
        let $last := $lines[last()]
        return if (empty($lines)) then $word
               else if (string-length($last) + 1 + string-length($word) le $width)
               then ($lines[position() lt last()], $last || ' ' || $word)
               else ($lines, $word)})"/>
  </xsl:function>

  <xsl:template name="e:cover-svg">
    <xsl:variable name="title-lines" select="e:lines($e:title, 22)[position() le 9]"/>
    <xsl:variable name="sub-lines" select="e:lines($e:subtitle, 34)[position() le 3]"/>
    <xsl:variable name="author-lines" select="e:lines(string-join($e:authors, ', '), 30)[position() le 3]"/>
    <xsl:variable name="title-top" select="220"/>
    <xsl:variable name="sub-top" select="$title-top + 56 * count($title-lines) + 30"/>
    <svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 600 900" width="600" height="900"
         role="img" aria-labelledby="cover-title">
      <title id="cover-title"><xsl:value-of select="string-join(($e:title, $e:authors), ' — ')"/></title>
      <rect x="0" y="0" width="600" height="900" fill="#f4efe4"/>
      <rect x="30" y="30" width="540" height="840" fill="none" stroke="#5a2a1a" stroke-width="3"/>
      <rect x="42" y="42" width="516" height="816" fill="none" stroke="#5a2a1a" stroke-width="1"/>
      <g font-family="Georgia, 'Times New Roman', serif" text-anchor="middle" fill="#2b1a12">
        <xsl:for-each select="$author-lines">
          <text x="300" y="{120 + 40 * (position() - 1)}" font-size="30"><xsl:value-of select="."/></text>
        </xsl:for-each>
        <xsl:for-each select="$title-lines">
          <text x="300" y="{$title-top + 56 * (position() - 1)}" font-size="44" font-weight="bold">
            <xsl:value-of select="."/>
          </text>
        </xsl:for-each>
        <xsl:for-each select="$sub-lines">
          <text x="300" y="{$sub-top + 34 * (position() - 1)}" font-size="26" font-style="italic">
            <xsl:value-of select="."/>
          </text>
        </xsl:for-each>
        <xsl:for-each select="e:lines($e:publisher, 36)[position() le 2]">
          <text x="300" y="{790 + 32 * (position() - 1)}" font-size="22"><xsl:value-of select="."/></text>
        </xsl:for-each>
      </g>
    </svg>
  </xsl:template>

  <xsl:function name="e:cover-alt" as="xs:string">
    <xsl:sequence select="e:word('cover-alt') || ': ' || string-join(($e:title,
        $e:authors[1] ! (e:word('author') || ' ' || string-join($e:authors, ', '))), ', ')"/>
  </xsl:function>

  <xsl:template name="e:cover-page">
    <xsl:call-template name="e:page">
      <xsl:with-param name="title" select="e:word('cover')"/>
      <xsl:with-param name="body" as="node()*">
        <section epub:type="cover" class="cover">
          <img src="{$e:cover-image}" alt="{e:cover-alt()}"/>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ................................................................ title page -->

  <xsl:template name="e:title-page">
    <xsl:call-template name="e:page">
      <xsl:with-param name="title" select="$e:title"/>
      <xsl:with-param name="body" as="node()*">
        <section epub:type="titlepage" class="edition-title-page" aria-label="{e:word('title-page')}">
          <xsl:for-each select="$e:authors">
            <p class="author"><xsl:value-of select="."/></p>
          </xsl:for-each>
          <h1 class="title"><xsl:value-of select="$e:title"/></h1>
          <xsl:if test="$e:subtitle">
            <p class="subtitle"><xsl:value-of select="$e:subtitle"/></p>
          </xsl:if>
          <xsl:for-each select="$e:file-desc/tei:titleStmt/tei:respStmt[tei:name[normalize-space()]]">
            <p class="resp"><xsl:value-of select="normalize-space(tei:resp) || ': '
                || string-join(tei:name ! normalize-space()[.], ', ')"/></p>
          </xsl:for-each>
          <xsl:if test="$e:publisher">
            <p class="publisher"><xsl:value-of select="$e:publisher"/></p>
          </xsl:if>
          <xsl:if test="normalize-space($date)">
            <p class="date"><xsl:value-of select="normalize-space($date)"/></p>
          </xsl:if>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ................................................................ colophon -->

  <xsl:template name="e:colophon">
    <xsl:variable name="pub" select="$e:file-desc/tei:publicationStmt"/>
    <xsl:variable name="sources" select="$e:file-desc/tei:sourceDesc/(tei:biblStruct | tei:bibl)
        [normalize-space(ed:citation(.))][normalize-space(ed:citation(.)) != '.']"/>
    <xsl:call-template name="e:page">
      <xsl:with-param name="title" select="e:word('colophon')"/>
      <xsl:with-param name="body" as="node()*">
        <section epub:type="colophon" class="colophon" role="doc-colophon" aria-labelledby="colophon-heading">
          <h1 id="colophon-heading"><xsl:call-template name="e:ui-lang"/><xsl:value-of select="e:word('colophon')"/></h1>
          <p class="colophon-title"><xsl:value-of select="string-join(($e:title, $e:subtitle[.]), '. ')"/></p>
          <dl>
            <xsl:if test="$e:file-desc/tei:titleStmt/tei:respStmt[tei:name[normalize-space()]]">
              <dt><xsl:call-template name="e:ui-lang"/><xsl:value-of select="e:word('credits')"/></dt>
              <xsl:for-each select="$e:file-desc/tei:titleStmt/tei:respStmt[tei:name[normalize-space()]]">
                <dd><xsl:value-of select="normalize-space(tei:resp) || ': '
                    || string-join(tei:name ! normalize-space()[.], ', ')"/></dd>
              </xsl:for-each>
            </xsl:if>
            <xsl:if test="$e:publisher">
              <dt><xsl:call-template name="e:ui-lang"/><xsl:value-of select="e:word('publisher')"/></dt>
              <dd><xsl:value-of select="$e:publisher"/></dd>
            </xsl:if>
            <xsl:if test="normalize-space($date)">
              <dt><xsl:call-template name="e:ui-lang"/><xsl:value-of select="e:word('published')"/></dt>
              <dd><xsl:value-of select="normalize-space($date)"/></dd>
            </xsl:if>
            <dt><xsl:call-template name="e:ui-lang"/><xsl:value-of select="e:word('identifier')"/></dt>
            <dd><xsl:value-of select="$e:identifier"/></dd>
            <xsl:for-each select="$pub/tei:availability">
              <xsl:for-each select="tei:licence[normalize-space() or @target]">
                <dt><xsl:call-template name="e:ui-lang"/><xsl:value-of select="e:word('licence')"/></dt>
                <dd>
                  <xsl:value-of select="normalize-space()"/>
                  <xsl:variable name="target" select="normalize-space(@target)"/>
                  <xsl:if test="matches($target, '^https?://\S+$')">
                    <xsl:text> </xsl:text>
                    <a href="{$target}"><xsl:value-of select="$target"/></a>
                  </xsl:if>
                </dd>
              </xsl:for-each>
              <xsl:if test="@status = ('free', 'restricted', 'unknown')">
                <dt><xsl:call-template name="e:ui-lang"/><xsl:value-of select="e:word('availability')"/></dt>
                <dd><xsl:call-template name="e:ui-lang"/><xsl:value-of select="e:word('status.' || @status)"/></dd>
              </xsl:if>
            </xsl:for-each>
            <xsl:if test="$sources">
              <dt><xsl:call-template name="e:ui-lang"/><xsl:value-of select="e:word('source')"/></dt>
              <xsl:for-each select="$sources">
                <dd><xsl:value-of select="ed:citation(.)"/></dd>
              </xsl:for-each>
            </xsl:if>
            <xsl:variable name="project" select="$e:file-desc/../tei:encodingDesc/tei:projectDesc/tei:p[normalize-space()]"/>
            <xsl:if test="$project">
              <dt><xsl:call-template name="e:ui-lang"/><xsl:value-of select="e:word('about')"/></dt>
              <xsl:for-each select="$project">
                <dd><xsl:value-of select="normalize-space()"/></dd>
              </xsl:for-each>
            </xsl:if>
          </dl>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ................................................................ description -->

  <!-- dc:description: the seed's, else the title and the source it was made from -->
  <xsl:function name="e:description" as="xs:string">
    <xsl:variable name="source" select="($e:file-desc/tei:sourceDesc/(tei:biblStruct | tei:bibl))[1]"/>
    <xsl:variable name="citation" select="$source ! normalize-space(ed:citation(.))[. != '.']"/>
    <xsl:sequence select="(normalize-space($description)[.],
        normalize-space(string-join((
          $e:title || (if (exists($e:authors)) then ', ' || e:word('author') || ' ' || string-join($e:authors, ', ') else '') || '.',
          'An EPUB of the digital edition (TEI)' || (if ($e:publisher) then ' published by ' || $e:publisher else '') || '.',
          $citation ! ('Source: ' || .)), ' ')))[1]"/>
  </xsl:function>

</xsl:stylesheet>
