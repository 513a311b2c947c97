<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- A collection of TEI editions to the whole static site: one reading page per edition,
     the index, the registers, the chronology and the search page with its index.

     Source: the collection document the build writes,
       <collection><edition id="…" href="file:…/x.xml" tei="tei/x.xml" pdf="…"? epub="…"?/></collection>
     (@href where to read the TEI; @tei, @pdf, @epub the downloads' addresses in the site).
     Every page is written with xsl:result-document relative to the base output URI. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:h="urn:x-edition:xslt:html"
    exclude-result-prefixes="#all">

  <xsl:import href="behaviours.xsl"/>
  <xsl:import href="layout.xsl"/>
  <xsl:import href="reading.xsl"/>
  <xsl:import href="index.xsl"/>
  <xsl:import href="registers.xsl"/>
  <xsl:import href="chronology.xsl"/>
  <xsl:import href="search.xsl"/>
  <xsl:import href="about.xsl"/>

  <xsl:output method="text"/>

  <!-- Which pages to write, separated by spaces: 'all'; or, when the build shares the site
       among processes, 'reading:ID' for an edition's reading page and 'index',
       'register:person', 'register:place', 'register:org', 'chronology', 'search' for the
       pages over every edition ('site' for all of these) -->
  <xsl:param name="pages" as="xs:string" select="'all'"/>
  <xsl:variable name="h:pages" select="tokenize($pages)"/>

  <xsl:function name="h:writes" as="xs:boolean">
    <xsl:param name="page" as="xs:string"/>
    <xsl:sequence select="$h:pages = ('all', $page, if (starts-with($page, 'reading:')) then () else 'site')"/>
  </xsl:function>

  <xsl:template match="/collection">
    <xsl:variable name="editions" select="edition"/>
    <!-- a process that writes one edition's page reads that edition only -->
    <xsl:for-each select="$editions[h:writes('reading:' || @id)]">
      <xsl:call-template name="h:reading-page">
        <xsl:with-param name="tei" select="doc(@href)"/>
        <xsl:with-param name="edition" select="."/>
      </xsl:call-template>
      <xsl:call-template name="h:about-page">
        <xsl:with-param name="tei" select="doc(@href)"/>
        <xsl:with-param name="edition" select="."/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:variable name="teis" select="$editions ! doc(@href)" as="document-node()*"/>
    <xsl:if test="h:writes('index')">
      <xsl:call-template name="h:index-page">
        <xsl:with-param name="teis" select="$teis"/>
        <xsl:with-param name="editions" select="$editions"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:for-each select="('person', 'place', 'org')[h:writes('register:' || .)]">
      <xsl:call-template name="h:register-page">
        <xsl:with-param name="kind" select="."/>
        <xsl:with-param name="teis" select="$teis"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:if test="h:writes('chronology')">
      <xsl:call-template name="h:chronology-page">
        <xsl:with-param name="teis" select="$teis"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="h:writes('search')">
      <xsl:call-template name="h:search-page">
        <xsl:with-param name="teis" select="$teis"/>
      </xsl:call-template>
      <xsl:call-template name="h:search-index">
        <xsl:with-param name="teis" select="$teis"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
