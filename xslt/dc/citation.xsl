<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The printed source in sourceDesc (biblStruct or bibl) to a one-line citation. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    exclude-result-prefixes="#all">

  <!-- Parts joined by ". ", each ending without a doubled full stop -->
  <xsl:function name="ed:sentences" as="xs:string">
    <xsl:param name="parts" as="xs:string*"/>
    <xsl:variable name="clean" select="$parts ! normalize-space() [.] ! replace(., '\.$', '')"/>
    <xsl:sequence select="if (empty($clean)) then '' else string-join($clean, '. ') || '.'"/>
  </xsl:function>

  <xsl:function name="ed:citation" as="xs:string">
    <xsl:param name="source" as="element()"/>
    <xsl:apply-templates select="$source" mode="ed:citation"/>
  </xsl:function>

  <!-- Author. Title. Volume. Series, volume. Edition. Place: Publisher, date. ISBN … -->
  <xsl:template match="tei:biblStruct" mode="ed:citation" as="xs:string">
    <xsl:variable name="m" select="tei:monogr"/>
    <xsl:variable name="imprint" select="$m/tei:imprint"/>
    <xsl:variable name="places" select="string-join($imprint/tei:pubPlace ! normalize-space(), '; ')"/>
    <xsl:variable name="first-date" select="($imprint/tei:date[@type = 'firstPublished'], $imprint/tei:date)[1]"/>
    <xsl:variable name="publication" select="string-join((
        string-join(($places[.], $imprint/tei:publisher ! normalize-space()), ': '),
        $first-date ! normalize-space())[.], ', ')"/>
    <xsl:sequence select="ed:sentences((
        string-join($m/tei:author ! normalize-space(), '; '),
        string-join($m/tei:title ! normalize-space(), ': '),
        $m/tei:biblScope[@unit = 'volume'] ! normalize-space(),
        tei:series ! string-join((tei:title ! normalize-space(), tei:biblScope ! normalize-space()), ' '),
        $m/tei:edition ! normalize-space(),
        $publication,
        string-join($m/tei:idno[@type = 'ISBN'] ! ('ISBN ' || normalize-space()), '; ')))"/>
  </xsl:template>

  <!-- An unidentified source: what little is known, and the note saying so -->
  <xsl:template match="tei:bibl" mode="ed:citation" as="xs:string">
    <xsl:variable name="unit" select="tei:biblScope[@unit = 'chapter']"/>
    <xsl:sequence select="ed:sentences((
        string-join(($unit ! ('Chapter ' || normalize-space()), tei:title ! normalize-space()), ': '),
        tei:note ! normalize-space()))"/>
  </xsl:template>

</xsl:stylesheet>
