<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- TEI facts to display values: labels, entity look-ups, ids and UI strings every output shares. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    exclude-result-prefixes="#all">

  <!-- UI language of the outputs; messages.xml holds the strings per language -->
  <xsl:param name="ui-lang" as="xs:string" select="'en'"/>
  <xsl:variable name="ed:messages" select="doc('messages.xml')/messages"/>

  <!-- A UI string by key, e.g. ed:msg('notes') -->
  <xsl:function name="ed:msg" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="hit" select="$ed:messages/msg[@key = $key][@lang = $ui-lang]"/>
    <xsl:sequence select="if ($hit) then string($hit[1]) else error(
        xs:QName('ed:missing-message'), 'no UI string for key ' || $key)"/>
  </xsl:function>

  <!-- The edition's identifier, used for file names and permalinks: its idno of type
       'edition', else the first idno of its publicationStmt that can name a file, else the
       name of its file (edition/header_facts.py applies the same rule) -->
  <xsl:function name="ed:edition-id" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="pub" select="ed:file-desc($node)/tei:publicationStmt"/>
    <xsl:variable name="idnos" select="($pub/tei:idno[@type = 'edition'], $pub//tei:idno)
        ! normalize-space(.)[matches(., '^[A-Za-z0-9][A-Za-z0-9._-]*$')]"/>
    <xsl:variable name="file" select="replace(replace(tokenize(string(document-uri(root($node))), '/')[last()],
        '\.[A-Za-z0-9]+$', ''), '[^A-Za-z0-9._-]+', '-')"/>
    <xsl:sequence select="($idnos, replace($file, '^[._-]+', '')[.], 'edition')[1]"/>
  </xsl:function>

  <!-- The fileDesc of the document a node is in (of its first TEI in a corpus) -->
  <xsl:function name="ed:file-desc" as="element(tei:fileDesc)?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(root($node)/*/tei:teiHeader/tei:fileDesc)[1]"/>
  </xsl:function>

  <!-- The edition's title as the header gives it: the main title(s), else the first title,
       else the edition's identifier -->
  <xsl:function name="ed:edition-title" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="titles" select="ed:file-desc($node)/tei:titleStmt/tei:title"/>
    <xsl:variable name="main" select="$titles[@type = 'main'] ! normalize-space(.)[.]"/>
    <xsl:sequence select="(string-join(distinct-values($main), '. ')[.],
        ($titles ! normalize-space(.))[.][1], ed:edition-id($node))[1]"/>
  </xsl:function>

  <!-- The register entry (person, place, org) a name points to, in the file's own standOff -->
  <xsl:function name="ed:entry" as="element()?">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="id" select="substring-after($name/@ref, '#')"/>
    <xsl:sequence select="root($name)//tei:standOff//*[@xml:id = $id][1]"/>
  </xsl:function>

  <!-- 'person', 'place' or 'org' for a name element -->
  <xsl:function name="ed:entity-kind" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="map{'persName': 'person', 'placeName': 'place', 'orgName': 'org'}(local-name($name))"/>
  </xsl:function>

  <!-- The normalised name of a register entry -->
  <xsl:function name="ed:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="names" select="$entry/(tei:persName | tei:placeName | tei:orgName)"/>
    <xsl:sequence select="normalize-space(($names[@type = ('normalized', 'normalised', 'reg', 'main')], $names)[1])"/>
  </xsl:function>

  <!-- The printed number of the page a node stands on (the last pb before it), or '' -->
  <xsl:function name="ed:page-of" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="string(($node/preceding::tei:pb[@n])[last()]/@n)"/>
  </xsl:function>

  <!-- A division's label for tables of contents and running heads: "Chapter 11", "Part III" -->
  <xsl:function name="ed:div-label" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:variable name="type" select="string($div/@type)"/>
    <xsl:variable name="word" select="($ed:messages/msg[@key = 'div.' || $type][@lang = $ui-lang])[1]"/>
    <xsl:sequence select="normalize-space(string-join((if ($word) then string($word) else (), $div/@n), ' '))"/>
  </xsl:function>

  <!-- A division's heading as plain text, corrections read as corrected, breaks as spaces -->
  <xsl:function name="ed:head-text" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:variable name="head" select="$div/tei:head[1]"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:for-each select="$head/descendant::node()[self::text() or self::tei:lb]
                            [not(ancestor::tei:sic)][not(ancestor::tei:note)]">
        <xsl:sequence select="if (self::tei:lb) then ' ' else string(.)"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts))"/>
  </xsl:function>

  <!-- Plain text of any element as a reader reads it: corrections, no notes, no sic -->
  <xsl:function name="ed:reading-text" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="normalize-space(string-join($el/descendant::text()
        [not(ancestor::tei:sic)][not(ancestor::tei:note[. is $el or ancestor::* intersect $el])]))"/>
  </xsl:function>

  <!-- Human-readable value of a date element, e.g. "1922-03 to 1922-05" -->
  <xsl:function name="ed:date-value" as="xs:string">
    <xsl:param name="date" as="element(tei:date)"/>
    <xsl:sequence select="if ($date/@when) then string($date/@when)
        else if ($date/@from or $date/@to) then string-join(($date/@from, $date/@to), ' – ')
        else string-join(($date/@notBefore, $date/@notAfter), ' – ')"/>
  </xsl:function>

  <!-- Sort key of a date: its earliest possible day -->
  <xsl:function name="ed:date-sort-key" as="xs:string">
    <xsl:param name="date" as="element(tei:date)"/>
    <xsl:sequence select="string(($date/@when, $date/@from, $date/@notBefore, $date/@to, $date/@notAfter)[1])"/>
  </xsl:function>

</xsl:stylesheet>
