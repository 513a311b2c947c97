<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- One TEI edition to its reading page: header, downloads, contents, text, notes, citation. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:h="urn:x-edition:xslt:html"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:include href="citation.xsl"/>
  <xsl:include href="entity-cards.xsl"/>

  <!-- $edition is the collection's entry: @id, @tei (site-relative TEI copy), @pdf, @epub -->
  <xsl:template name="h:reading-page">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:param name="edition" as="element(edition)"/>
    <xsl:variable name="id" select="string($edition/@id)"/>
    <xsl:variable name="title" select="ed:edition-title($tei)"/>
    <xsl:call-template name="h:write-page">
      <xsl:with-param name="href" select="$id || '.html'"/>
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="current" select="'index.html'"/>
      <xsl:with-param name="body-class" select="'reading'"/>
      <xsl:with-param name="lang" select="ed:bcp47(string(($tei/tei:TEI/@xml:lang, $ui-lang)[1]))"/>
      <xsl:with-param name="head" select="h:citation-meta($tei, $edition)"/>
      <xsl:with-param name="content">
        <header class="edition-head">
          <h1>{$title}</h1>
          <xsl:for-each select="$tei/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author[normalize-space()]">
            <p class="author">{ed:name-as-read(.)}</p>
          </xsl:for-each>
          <xsl:call-template name="h:downloads">
            <xsl:with-param name="edition" select="$edition"/>
          </xsl:call-template>
          <p class="edition-actions">
            <button type="button" class="cite-open" popovertarget="ed-cite">{ed:msg('cite')}</button>
            <xsl:text> </xsl:text>
            <a class="about-link" href="{h:about-file($id)}">{ed:msg('about')}</a>
          </p>
        </header>
        <xsl:call-template name="h:highlight-toggle"/>
        <xsl:if test="$tei/tei:TEI/tei:text//tei:choice[count(*) gt 1]">
          <xsl:call-template name="h:alternates-toggle"/>
        </xsl:if>
        <xsl:call-template name="h:toc">
          <xsl:with-param name="tei" select="$tei"/>
        </xsl:call-template>
        <article class="text" id="ed-text" aria-labelledby="ed-text-title">
          <h2 class="visually-hidden" id="ed-text-title">{ed:msg('text')}</h2>
          <xsl:if test="$tei/tei:TEI/tei:text//tei:note[ed:is-note(.)]">
            <a class="skip-link" href="#ed-notes">{ed:msg('skip-to-notes')}</a>
          </xsl:if>
          <p class="visually-hidden" id="ed-entity-keys">{ed:msg('entities.keys')}</p>
          <xsl:variable name="numbers" select="h:date-numbers($tei)"/>
          <xsl:apply-templates select="$tei/tei:TEI/(tei:text/* | tei:sourceDoc)" mode="ed:render">
            <xsl:with-param name="h:numbers" select="$numbers" tunnel="yes"/>
            <xsl:with-param name="h:images" tunnel="yes"
                select="map:merge($edition/image ! map{string(@url): string(@href)})"
                xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
          </xsl:apply-templates>
          <xsl:call-template name="h:note-list">
            <xsl:with-param name="notes" select="$tei/tei:TEI/tei:text//tei:note[ed:is-note(.)]"/>
            <xsl:with-param name="h:numbers" select="$numbers" tunnel="yes"/>
          </xsl:call-template>
        </article>
        <xsl:call-template name="h:entity-cards">
          <xsl:with-param name="tei" select="$tei"/>
        </xsl:call-template>
        <xsl:call-template name="h:cite-box">
          <xsl:with-param name="tei" select="$tei"/>
          <xsl:with-param name="edition" select="$edition"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="h:downloads">
    <xsl:param name="edition" as="element(edition)"/>
    <xsl:param name="heading" as="xs:string" select="'h2'"/>
    <nav class="downloads" aria-label="{ed:msg('downloads')}">
      <xsl:element name="{$heading}">
        <xsl:attribute name="class" select="'downloads-title'"/>{ed:msg('downloads')}</xsl:element>
      <ul>
        <li><a href="{$edition/@tei}" type="application/tei+xml" download="">{ed:msg('download.tei')}</a></li>
        <xsl:if test="$edition/@pdf">
          <li><a href="{$edition/@pdf}" type="application/pdf">{ed:msg('download.pdf')}</a></li>
        </xsl:if>
        <xsl:if test="$edition/@epub">
          <li><a href="{$edition/@epub}" type="application/epub+zip" download="">{ed:msg('download.epub')}</a></li>
        </xsl:if>
      </ul>
    </nav>
  </xsl:template>

  <!-- Table of contents: every division with a heading, nested as in the text -->
  <xsl:template name="h:toc">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:variable name="items" as="element()*">
      <xsl:apply-templates select="$tei/tei:TEI/tei:text/(tei:front | tei:body | tei:back)/tei:div" mode="h:toc"/>
    </xsl:variable>
    <xsl:if test="$items">
      <nav class="toc" aria-labelledby="ed-toc-title">
        <h2 id="ed-toc-title">{ed:msg('contents')}</h2>
        <ol><xsl:sequence select="$items"/></ol>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:div[tei:head]" mode="h:toc">
    <xsl:variable name="label" select="ed:div-label(.)"/>
    <xsl:variable name="head" select="ed:head-text(.)"/>
    <li>
      <a href="#{h:id(.)}"><xsl:for-each select="tei:head[1]"><xsl:call-template name="h:lang-of-context"/></xsl:for-each>{
        if (@n and not(ed:div-n-is-level(root(.))) and $label and not(starts-with(lower-case($head), lower-case($label)))
            and not(starts-with($head, @n || ' ') or starts-with($head, @n || '.')))
        then $label || ': ' || $head else $head}</a>
      <xsl:variable name="children" as="element()*">
        <xsl:apply-templates select="tei:div" mode="h:toc"/>
      </xsl:variable>
      <xsl:if test="$children">
        <ol><xsl:sequence select="$children"/></ol>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template match="tei:div[ed:textpart-head(.)]" mode="h:toc">
    <li><a href="#{h:id(.)}">{ed:textpart-head(.)}</a></li>
  </xsl:template>

  <xsl:template match="tei:div" mode="h:toc">
    <xsl:apply-templates select="tei:div" mode="h:toc"/>
  </xsl:template>

</xsl:stylesheet>
