<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- TEI text to the EPUB's content documents: which file holds which division, and links to them.

     The title page and each top-level division of front, body and back is one file, so a
     reading system opens a chapter without loading the whole book. Anything that stands
     between divisions stays with the division before it: nothing is left out. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:h="urn:x-edition:xslt:html"
    xmlns:e="urn:x-edition:xslt:epub"
    exclude-result-prefixes="#all">

  <xsl:key name="e:by-id" match="*[@xml:id]" use="string(@xml:id)"/>

  <!-- each chunk: map{'file': name of its XHTML file, 'nodes': the TEI elements it renders} -->
  <!-- the parts of the text whose children make the chunks; a group of texts is one -->
  <xsl:variable name="e:containers" as="element()*"
      select="/tei:TEI/(tei:text/(tei:front | tei:body | tei:back | tei:group) | tei:sourceDoc)"/>

  <xsl:variable name="e:chunks" as="map(*)*">
    <xsl:variable name="groups" as="array(node())*">
      <xsl:for-each select="$e:containers">
        <!-- text standing loose between the blocks is kept with them -->
        <xsl:for-each-group select="node()[self::* or self::text()[normalize-space()]]"
            group-starting-with="tei:div | tei:titlePage | tei:text">
          <xsl:sequence select="array{ current-group() }"/>
        </xsl:for-each-group>
      </xsl:for-each>
    </xsl:variable>
    <!-- a document with no text at all still makes one content document, with its title -->
    <xsl:if test="empty($groups)">
      <xsl:sequence select="map{'file': 'text-001.xhtml', 'nodes': ()}"/>
    </xsl:if>
    <xsl:for-each select="$groups">
      <xsl:sequence select="map{'file': 'text-' || format-number(position(), '000') || '.xhtml',
                                'nodes': array:flatten(.)}"
                    xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>
    </xsl:for-each>
  </xsl:variable>

  <!-- the chunk whose file renders a node -->
  <xsl:function name="e:chunk-of" as="map(*)?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="top" select="$node/ancestor-or-self::*[parent::* intersect $e:containers]"/>
    <xsl:sequence select="$e:chunks[some $n in ?nodes satisfies $n is $top][1]"/>
  </xsl:function>

  <!-- 'text-003.xhtml#p6': where an element is, from any content document -->
  <xsl:function name="e:href" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="e:chunk-of($el)?file || '#' || h:id($el)"/>
  </xsl:function>

</xsl:stylesheet>
