<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Parameters of the print edition (TEI -> Typst): every setting a user may change, typed.
     Lengths are Typst lengths ("156mm", "10.5pt"); they are checked before use. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- Trim size of the page: royal octavo by default, a common size for scholarly books -->
  <xsl:param name="page-width" as="xs:string" select="'156mm'"/>
  <xsl:param name="page-height" as="xs:string" select="'234mm'"/>

  <!-- Body text size; footnotes are set at note-size -->
  <xsl:param name="font-size" as="xs:string" select="'10.5pt'"/>
  <xsl:param name="note-size" as="xs:string" select="'8.5pt'"/>

  <!-- Serif face for everything; it must be one the typst package embeds -->
  <xsl:param name="font" as="xs:string" select="'Libertinus Serif'"/>

  <!-- Fonts for the scripts the text font lacks, tried after it in this order (typst family
       names, as a JSON array): the installed fallback fonts of the document's scripts
       (edition/render/fonts.py) -->
  <xsl:param name="fallback-fonts" as="xs:string" select="'[]'"/>

  <!-- Heading levels shown in the table of contents (1 parts, 2 chapters, 3 sections) -->
  <xsl:param name="toc-depth" as="xs:integer" select="3"/>

  <!-- Print the source's page numbers in the outer margin at every page boundary -->
  <xsl:param name="source-pages" as="xs:boolean" select="true()"/>

  <!-- Back matter: list of emendations and the indexes of names -->
  <xsl:param name="emendations" as="xs:boolean" select="true()"/>
  <xsl:param name="indexes" as="xs:boolean" select="true()"/>

  <!-- Where the page template lives; its text opens every generated source -->
  <xsl:param name="template" as="xs:string" select="'book.typ'"/>

  <!-- the local images copied beside the Typst source (edition/render/pdf.py), as JSON:
       [{"url": as the TEI writes it, "href": beside the source}] -->
  <xsl:param name="images" as="xs:string" select="'[]'"/>
  <xsl:variable name="ed:images" as="map(*)" xmlns:ed="urn:x-edition:xslt" select="map:merge(array:flatten(parse-json($images)) ! map{?url: ?href})"
      xmlns:map="http://www.w3.org/2005/xpath-functions/map"
      xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>
</xsl:stylesheet>
