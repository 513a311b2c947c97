<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- teiHeader to a Dublin Core record (oai_dc) describing the digital edition for an archive.

     The record describes the TEI edition; the printed book it was transcribed from is its
     dc:source. Only what the header states is written: a field the header does not fill
     (an unidentified source has no author and no date) is left out, never guessed. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:ed="urn:x-edition:xslt"
    exclude-result-prefixes="xs tei ed">

  <xsl:import href="citation.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- The edition's own publication date (YYYY, YYYY-MM or YYYY-MM-DD); when the header
       records none, the printed source's first publication date stands for it. -->
  <xsl:function name="ed:dc-date" as="xs:string?">
    <xsl:param name="header" as="element(tei:teiHeader)"/>
    <xsl:variable name="source" select="$header/tei:fileDesc/tei:sourceDesc"/>
    <xsl:sequence select="(
        $header/tei:fileDesc/tei:publicationStmt/tei:date/@when,
        $source//tei:imprint/tei:date[@type = 'firstPublished']/@when,
        $source//tei:imprint/tei:date/@when
      )[normalize-space()][1] ! string()"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI/tei:teiHeader"/>
  </xsl:template>

  <xsl:template match="tei:teiHeader">
    <xsl:variable name="file" select="tei:fileDesc"/>
    <xsl:variable name="pub" select="$file/tei:publicationStmt"/>
    <oai_dc:dc xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
      <xsl:for-each select="$file/tei:titleStmt/tei:title[@type = 'main']">
        <dc:title><xsl:value-of select="normalize-space()"/></dc:title>
      </xsl:for-each>
      <xsl:for-each select="$file/tei:titleStmt/tei:author">
        <dc:creator><xsl:value-of select="normalize-space()"/></dc:creator>
      </xsl:for-each>
      <!-- who encoded the edition: the respStmt names -->
      <xsl:for-each select="$file/tei:titleStmt/tei:respStmt/(tei:name | tei:persName | tei:orgName)">
        <dc:contributor><xsl:value-of select="normalize-space()"/></dc:contributor>
      </xsl:for-each>
      <xsl:for-each select="$pub/tei:publisher">
        <dc:publisher><xsl:value-of select="normalize-space()"/></dc:publisher>
      </xsl:for-each>
      <xsl:for-each select="ed:dc-date(.)">
        <dc:date><xsl:value-of select="."/></dc:date>
      </xsl:for-each>
      <xsl:for-each select="tei:profileDesc/tei:langUsage/tei:language/@ident">
        <dc:language><xsl:value-of select="."/></dc:language>
      </xsl:for-each>
      <xsl:for-each select="$pub/tei:idno[@type = 'edition']">
        <dc:identifier><xsl:value-of select="normalize-space()"/></dc:identifier>
      </xsl:for-each>
      <xsl:for-each select="$pub/tei:availability/tei:licence">
        <dc:rights><xsl:value-of select="normalize-space()"/></dc:rights>
        <xsl:if test="@target">
          <dc:rights><xsl:value-of select="@target"/></dc:rights>
        </xsl:if>
      </xsl:for-each>
      <xsl:for-each select="$file/tei:sourceDesc/(tei:biblStruct | tei:bibl)">
        <dc:source><xsl:value-of select="ed:citation(.)"/></dc:source>
      </xsl:for-each>
      <xsl:for-each select="tei:encodingDesc/tei:projectDesc/tei:p">
        <dc:description><xsl:value-of select="normalize-space()"/></dc:description>
      </xsl:for-each>
      <dc:type>Text</dc:type>
      <dc:format>application/tei+xml</dc:format>
    </oai_dc:dc>
  </xsl:template>

</xsl:stylesheet>
