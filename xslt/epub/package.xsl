<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- teiHeader and divisions to the EPUB package document (metadata, manifest, spine) and its navigation. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:e="urn:x-edition:xslt:epub"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:opf="http://www.idpf.org/2007/opf"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:include href="../dc/citation.xsl"/>

  <!-- The text a division has in the table of contents: its heading, else its label -->
  <xsl:function name="e:toc-label" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:variable name="head" select="ed:head-text($div)"/>
    <xsl:variable name="label" select="ed:div-label($div)"/>
    <xsl:sequence select="($head[.], ed:textpart-head($div)[.], $label[.], $div/@type ! (upper-case(substring(., 1, 1)) || substring(., 2)),
                           ed:msg('div.section'))[1]"/>
  </xsl:function>

  <!-- a text cut at a word to at most $length characters, with an ellipsis where cut -->
  <xsl:function name="e:shortened" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="length" as="xs:integer"/>
    <xsl:sequence select="if (string-length($text) le $length) then $text
        else replace(substring($text, 1, $length), '\s+\S*$', '') || ' …'"/>
  </xsl:function>

  <xsl:template name="e:package">
    <xsl:variable name="header" select="/tei:TEI/tei:teiHeader"/>
    <xsl:variable name="file" select="$header/tei:fileDesc"/>
    <opf:package version="3.0" unique-identifier="edition-id" xml:lang="{$e:lang}">
      <opf:metadata>
        <xsl:namespace name="dc" select="'http://purl.org/dc/elements/1.1/'"/>
        <dc:identifier id="edition-id"><xsl:value-of select="$e:identifier"/></dc:identifier>
        <dc:title>
          <xsl:value-of select="(ed:edition-title(/)[.], normalize-space($file/tei:titleStmt/tei:title[1]))[1]"/>
        </dc:title>
        <xsl:for-each select="$file/tei:titleStmt/tei:author[normalize-space()]">
          <dc:creator><xsl:value-of select="ed:name-as-read(.)"/></dc:creator>
        </xsl:for-each>
        <xsl:for-each select="$file/tei:titleStmt/tei:respStmt/(tei:name | tei:persName | tei:orgName)[normalize-space()]">
          <dc:contributor><xsl:value-of select="normalize-space()"/></dc:contributor>
        </xsl:for-each>
        <dc:language><xsl:value-of select="$e:lang"/></dc:language>
        <xsl:if test="matches(normalize-space($date), '^\d{4}(-\d{2}(-\d{2})?)?$')">
          <dc:date><xsl:value-of select="normalize-space($date)"/></dc:date>
        </xsl:if>
        <dc:description><xsl:value-of select="e:description()"/></dc:description>
        <xsl:for-each select="$file/tei:publicationStmt/tei:publisher[normalize-space()]">
          <dc:publisher><xsl:value-of select="normalize-space()"/></dc:publisher>
        </xsl:for-each>
        <xsl:for-each select="$file/tei:publicationStmt/tei:availability/tei:licence[normalize-space()]">
          <dc:rights><xsl:value-of select="normalize-space()"/></dc:rights>
        </xsl:for-each>
        <!-- the printed source: its citation, else what the sourceDesc says of it in words -->
        <xsl:variable name="citations" as="xs:string*" select="$file/tei:sourceDesc/(tei:biblStruct | tei:bibl)
            ! normalize-space(ed:citation(.))[. != '.'][.]"/>
        <xsl:variable name="sources" as="xs:string*" select="if (exists($citations)) then $citations else
            ($file/tei:sourceDesc/*[normalize-space()])[1] ! e:shortened(normalize-space(.), 400)"/>
        <xsl:for-each select="$sources">
          <dc:source id="source-{position()}"><xsl:value-of select="."/></dc:source>
        </xsl:for-each>
        <!-- the printed pages the page list names are the first source's (EPUB 3.0.1's source-of,
             which Ace reads; pageBreakSource is newer than the EPUBCheck 4 the tests run) -->
        <xsl:if test="exists($sources) and /tei:TEI/tei:text//tei:pb[@n][not(ancestor::tei:note)]">
          <opf:meta refines="#source-1" property="source-of">pagination</opf:meta>
        </xsl:if>
        <opf:meta property="dcterms:modified"><xsl:value-of select="$modified"/></opf:meta>
        <xsl:call-template name="e:accessibility"/>
      </opf:metadata>
      <opf:manifest>
        <opf:item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
        <opf:item id="css" href="{$e:css-file}" media-type="text/css"/>
        <opf:item id="cover-image" href="{$e:cover-image}" media-type="image/svg+xml" properties="cover-image"/>
        <opf:item id="cover" href="{$e:cover-page}" media-type="application/xhtml+xml"/>
        <opf:item id="titlepage" href="{$e:title-page}" media-type="application/xhtml+xml"/>
        <opf:item id="colophon" href="{$e:colophon}" media-type="application/xhtml+xml"/>
        <xsl:for-each select="array:flatten($e:images)" xmlns:array="http://www.w3.org/2005/xpath-functions/array">
          <opf:item id="image-{position()}" href="{?href}" media-type="{?type}"/>
        </xsl:for-each>
        <xsl:for-each select="$e:chunks">
          <opf:item id="{substring-before(?file, '.')}" href="{?file}" media-type="application/xhtml+xml">
            <xsl:if test="?nodes/descendant-or-self::tei:formula[*[local-name() = 'math']
                          [namespace-uri() = 'http://www.w3.org/1998/Math/MathML']]">
              <xsl:attribute name="properties" select="'mathml'"/>
            </xsl:if>
          </opf:item>
        </xsl:for-each>
      </opf:manifest>
      <opf:spine>
        <opf:itemref idref="cover"/>
        <opf:itemref idref="titlepage"/>
        <opf:itemref idref="nav"/>
        <xsl:for-each select="$e:chunks">
          <opf:itemref idref="{substring-before(?file, '.')}"/>
        </xsl:for-each>
        <opf:itemref idref="colophon"/>
      </opf:spine>
    </opf:package>
  </xsl:template>

  <!-- EPUB Accessibility 1.1: how the book can be read, what helps, what it claims -->
  <xsl:template name="e:accessibility">
    <xsl:variable name="pages" select="exists(/tei:TEI/tei:text//tei:pb[@n][not(ancestor::tei:note)])"/>
    <xsl:variable name="math" select="exists(//tei:formula[*[local-name() = 'math']])"/>
    <!-- the cover is an image, with its text alternative; the text is read as text -->
    <opf:meta property="schema:accessMode">textual</opf:meta>
    <opf:meta property="schema:accessMode">visual</opf:meta>
    <opf:meta property="schema:accessModeSufficient">textual</opf:meta>
    <xsl:for-each select="('structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText',
                           'displayTransformability', if ($pages) then ('pageBreakMarkers', 'pageNavigation') else (),
                           if ($math) then 'MathML' else ())">
      <opf:meta property="schema:accessibilityFeature"><xsl:value-of select="."/></opf:meta>
    </xsl:for-each>
    <opf:meta property="schema:accessibilityHazard">none</opf:meta>
    <opf:meta property="schema:accessibilitySummary">
      <xsl:value-of select="string-join((
          'The text of the edition is reflowable, in its reading order, with headings, a table of contents and a guide to its parts.',
          if ($pages) then 'The page numbers of the printed source are marked in the text and listed in a page list.' else (),
          if (//tei:text//tei:note[ed:is-note(.)]) then 'Footnotes are linked from their markers and back.' else (),
          'The cover image has a text alternative; the title page and the colophon repeat its text.',
          'There are no known hazards (no flashing, motion or sound).'), ' ')"/>
    </opf:meta>
    <opf:meta property="dcterms:conformsTo" id="conformance">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</opf:meta>
    <xsl:if test="$e:publisher">
      <opf:meta property="a11y:certifiedBy" refines="#conformance"><xsl:value-of select="$e:publisher"/></opf:meta>
    </xsl:if>
  </xsl:template>

  <xsl:template name="e:nav">
    <xsl:variable name="pages" select="/tei:TEI/tei:text//tei:pb[@n][not(ancestor::tei:note)]"/>
    <xsl:call-template name="e:page">
      <xsl:with-param name="title" select="ed:msg('contents')"/>
      <xsl:with-param name="body" as="node()*">
        <nav epub:type="toc" role="doc-toc" id="toc">
          <h1><xsl:value-of select="ed:msg('contents')"/></h1>
          <ol>
            <xsl:variable name="divs" select="/tei:TEI/tei:text/(tei:front | tei:body | tei:back)/tei:div"/>
            <xsl:apply-templates select="$divs" mode="e:toc"/>
            <!-- a text without divisions still needs one entry: a navigation list may not be empty -->
            <xsl:if test="empty($divs)">
              <li><a href="{$e:chunks[1]?file}"><xsl:value-of select="(ed:edition-title(/)[.], ed:msg('contents'))[1]"/></a></li>
            </xsl:if>
          </ol>
        </nav>
        <nav epub:type="landmarks" id="landmarks" hidden="hidden">
          <xsl:call-template name="e:ui-lang"/>
          <h2><xsl:value-of select="e:word('landmarks')"/></h2>
          <ol>
            <li><a epub:type="cover" href="{$e:cover-page}"><xsl:value-of select="e:word('cover')"/></a></li>
            <li><a epub:type="titlepage" href="{$e:title-page}"><xsl:value-of select="e:word('title-page')"/></a></li>
            <li><a epub:type="toc" href="#toc"><xsl:value-of select="ed:msg('contents')"/></a></li>
            <li><a epub:type="bodymatter" href="{($e:chunks[?nodes[ancestor-or-self::tei:body]], $e:chunks)[1]?file}">
              <xsl:value-of select="e:word('text')"/></a></li>
            <li><a epub:type="colophon" href="{$e:colophon}"><xsl:value-of select="e:word('colophon')"/></a></li>
          </ol>
        </nav>
        <xsl:if test="$pages">
          <nav epub:type="page-list" role="doc-pagelist" id="page-list" hidden="hidden">
            <ol>
              <xsl:for-each select="$pages">
                <li><a href="{e:chunk-of(.)?file}#{e:page-id(.)}"><xsl:value-of select="@n"/></a></li>
              </xsl:for-each>
            </ol>
          </nav>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:div" mode="e:toc">
    <li>
      <a href="{e:href(.)}"><xsl:value-of select="e:toc-label(.)"/></a>
      <xsl:variable name="entries" as="element()*">
        <xsl:apply-templates select="tei:div" mode="e:toc"/>
      </xsl:variable>
      <xsl:if test="exists($entries)">
        <ol><xsl:sequence select="$entries"/></ol>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- the chapters and sections of a citation scheme are no entries: their book is -->
  <xsl:template match="tei:div[ed:is-textpart(.) and not(ed:textpart-head(.))]" mode="e:toc" priority="1"/>

</xsl:stylesheet>
