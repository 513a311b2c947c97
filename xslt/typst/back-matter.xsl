<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- TEI emendations and name registers to the back matter of the print edition.

     The pages are not known here: each row or entry names the label of its marks in the
     text, and book.typ asks typst on which pages of this PDF they fell. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    exclude-result-prefixes="#all">

  <!-- ================================================================ emendations -->

  <xsl:template name="ed:emendation-list">
    <xsl:variable name="choices" select="tei:text//tei:choice[tei:sic and tei:corr]"/>
    <xsl:if test="$choices">
      <xsl:value-of select="'#ed-emendations(' || ed:typst-string(ed:msg('emendations')) || ', '
          || ed:typst-array((ed:msg('page'), ed:msg('emendation.source-page'), ed:msg('source-reading'),
                             ed:msg('correction'), ed:msg('emendation.authority'))) || ', ('"/>
      <xsl:for-each select="$choices">
        <xsl:value-of select="'&#10;  (n: ' || ed:typst-string(ed:emendation-id(.))
            || ', source-page: [' || ed:typst-text(ed:page-of(.)) || ']'
            || ', sic: [' || ed:typst-text(ed:plain(tei:sic)) || ']'
            || ', corr: [' || ed:typst-text(ed:plain(tei:corr)) || ']'
            || ', source: [' || ed:typst-text(ed:emendation-authority(tei:corr)) || ']),'"/>
      </xsl:for-each>
      <xsl:text>&#10;))&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:function name="ed:plain" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="normalize-space(string-join($el/descendant::text()[not(ancestor::tei:note)]))"/>
  </xsl:function>

  <!-- Who or what made a correction: the editor's recorded correction (seed configuration),
       else the rule of the converter under the responsibility named by @resp -->
  <xsl:function name="ed:emendation-authority" as="xs:string">
    <xsl:param name="corr" as="element(tei:corr)"/>
    <xsl:variable name="source" select="id(substring-after($corr/@source, '#'), $corr)[1]"/>
    <xsl:variable name="resp" select="id(substring-after($corr/@resp, '#'), $corr)[1]"/>
    <xsl:variable name="who" select="normalize-space(($resp/(tei:name, tei:persName, tei:orgName), $resp)[1])"/>
    <xsl:sequence select="if ($source) then normalize-space($source)
        else string-join((ed:msg('emendation.rule'), $who[.]), ', ')"/>
  </xsl:function>

  <!-- ================================================================ indexes -->

  <xsl:key name="ed:mentions" match="tei:text//tei:persName[@ref] | tei:text//tei:placeName[@ref] | tei:text//tei:orgName[@ref]"
           use="substring-after(@ref, '#')"/>

  <xsl:template name="ed:index">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="root" select="/"/>
    <xsl:variable name="entries" select="tei:standOff//*[local-name() = $kind][@xml:id]
        [exists(key('ed:mentions', @xml:id, $root))]"/>
    <xsl:if test="$entries">
      <!-- a form the text uses that shares no word with the entry's name (Petrograd,
           Saint Petersburg) gets a "see" entry; G. Zinoviev needs none under Zinoviev -->
      <xsl:variable name="rows" as="map(*)*">
        <xsl:for-each select="$entries">
          <xsl:variable name="name" select="ed:entry-name(.)"/>
          <xsl:sequence select="map{'id': string(@xml:id), 'name': $name, 'see': ()}"/>
          <xsl:for-each select="distinct-values(key('ed:mentions', @xml:id, $root) ! ed:reading-text(.))
                                [not(some $word in tokenize(lower-case(.), '\W+')[string-length(.) ge 3]
                                     satisfies contains(lower-case($name), $word))]">
            <xsl:sequence select="map{'id': '', 'name': ., 'see': $name}"/>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:variable>
      <xsl:value-of select="'#ed-index(' || ed:typst-string($kind) || ', ' || ed:typst-string($title)
          || ', ' || ed:typst-string(ed:msg('index.see')) || ', ('"/>
      <xsl:for-each select="$rows">
        <xsl:sort select="lower-case(?name)" lang="en"/>
        <xsl:sort select="?name"/>
        <xsl:value-of select="'&#10;  (id: ' || ed:typst-string(?id) || ', name: ' || ed:typst-string(?name)
            || ', see: ' || ed:typst-string-or-none(?see) || '),'"/>
      </xsl:for-each>
      <xsl:text>&#10;))&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
