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

  <!-- the edition's persistent identifier (edition/header_facts.py: the seed's, an idno of
       type DOI, URI, URN or ISBN, else a name-based urn:uuid); '' when run on its own -->
  <xsl:param name="identifier" as="xs:string" select="''"/>
  <!-- the seed's description of the edition, if it has one -->
  <xsl:param name="description" as="xs:string" select="''"/>
  <!-- the edition's id and title as edition/header_facts.py finds them (file name and id
       where the header has none) -->
  <xsl:param name="edition-id" as="xs:string" select="''"/>
  <xsl:param name="title" as="xs:string" select="''"/>

  <!-- The edition's own publication date (YYYY, YYYY-MM or YYYY-MM-DD); when the header
       records none, the printed source's first publication date stands for it. -->
  <xsl:function name="ed:dc-date" as="xs:string?">
    <xsl:param name="header" as="element(tei:teiHeader)?"/>
    <xsl:variable name="source" select="$header/tei:fileDesc/tei:sourceDesc"/>
    <xsl:sequence select="(
        $header/tei:fileDesc/tei:publicationStmt/tei:date/@when,
        $source//tei:imprint/tei:date[@type = 'firstPublished']/@when,
        $source//tei:imprint/tei:date/@when
      )[normalize-space()][1] ! string()"/>
  </xsl:function>

  <!-- a record even for a TEI without its header: title and identifier are never left out -->
  <xsl:template match="/">
    <xsl:apply-templates select="(tei:TEI/tei:teiHeader, tei:TEI)[1]"/>
  </xsl:template>

  <xsl:template match="tei:teiHeader | tei:TEI">
    <xsl:variable name="file" select="self::tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="pub" select="$file/tei:publicationStmt"/>
    <oai_dc:dc xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
      <!-- never without a title: the main titles, else the first title, else the edition's id -->
      <xsl:variable name="main" select="$file/tei:titleStmt/tei:title[@type = 'main'][normalize-space()]"/>
      <xsl:for-each select="if ($main) then $main ! normalize-space() else
          (($file/tei:titleStmt/tei:title ! normalize-space())[.], normalize-space($title)[.],
           $pub/tei:idno[@type = 'edition'][normalize-space()] ! ('Untitled edition ' || normalize-space()),
           'Untitled edition')[1]">
        <dc:title><xsl:value-of select="."/></dc:title>
      </xsl:for-each>
      <xsl:for-each select="$file/tei:titleStmt/tei:author[normalize-space()]">
        <dc:creator><xsl:value-of select="normalize-space()"/></dc:creator>
      </xsl:for-each>
      <!-- who encoded the edition: the respStmt names -->
      <xsl:for-each select="$file/tei:titleStmt/tei:respStmt/(tei:name | tei:persName | tei:orgName)[normalize-space()]">
        <dc:contributor><xsl:value-of select="normalize-space()"/></dc:contributor>
      </xsl:for-each>
      <xsl:for-each select="$pub/tei:publisher[normalize-space()]">
        <dc:publisher><xsl:value-of select="normalize-space()"/></dc:publisher>
      </xsl:for-each>
      <xsl:for-each select="self::tei:teiHeader ! ed:dc-date(.)">
        <dc:date><xsl:value-of select="."/></dc:date>
      </xsl:for-each>
      <xsl:for-each select="tei:profileDesc/tei:langUsage/tei:language/@ident">
        <dc:language><xsl:value-of select="."/></dc:language>
      </xsl:for-each>
      <!-- never without an identifier: the persistent one, then the edition's own id -->
      <xsl:for-each select="distinct-values((normalize-space($identifier)[.], normalize-space($edition-id)[.],
          $pub/tei:idno[@type = 'edition'] ! normalize-space()[.]))">
        <dc:identifier><xsl:value-of select="."/></dc:identifier>
      </xsl:for-each>
      <xsl:for-each select="$pub/tei:availability/tei:licence[normalize-space()]">
        <dc:rights><xsl:value-of select="normalize-space()"/></dc:rights>
        <xsl:if test="@target">
          <dc:rights><xsl:value-of select="@target"/></dc:rights>
        </xsl:if>
      </xsl:for-each>
      <xsl:for-each select="$file/tei:sourceDesc/(tei:biblStruct | tei:bibl)">
        <dc:source><xsl:value-of select="ed:citation(.)"/></dc:source>
      </xsl:for-each>
      <xsl:for-each select="normalize-space($description)[.]">
        <dc:description><xsl:value-of select="."/></dc:description>
      </xsl:for-each>
      <xsl:for-each select="tei:encodingDesc/tei:projectDesc/tei:p[normalize-space()]">
        <dc:description><xsl:value-of select="normalize-space()"/></dc:description>
      </xsl:for-each>
      <dc:type>Text</dc:type>
      <dc:format>application/tei+xml</dc:format>
    </oai_dc:dc>
  </xsl:template>

</xsl:stylesheet>
