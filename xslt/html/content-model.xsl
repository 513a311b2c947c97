<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The HTML the behaviours write, made to obey HTML's content model whatever the TEI nests.

     TEI lets a paragraph hold a list, a table or verse, a line hold a quotation of several
     paragraphs, a note a table; HTML does not. One pass over the finished HTML (mode
     h:valid) repairs what the TEI's nesting made invalid, keeping every word:
       a p that holds flow content becomes a div;
       flow content inside phrasing content (a heading, a span, a link) becomes a span,
         its element name kept in its class;
       a child of a list that is not an item is wrapped in one. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:h="urn:x-edition:xslt:html"
    exclude-result-prefixes="#all">

  <xsl:variable name="h:flow" as="xs:string+" select="('div', 'p', 'blockquote', 'table', 'tbody', 'thead',
      'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'ol', 'li', 'section', 'figure', 'figcaption', 'pre',
      'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'aside', 'address', 'hr', 'header', 'footer', 'nav', 'article',
      'main', 'dl', 'dt', 'dd')"/>
  <!-- elements whose content must be phrasing content -->
  <xsl:variable name="h:phrasing-only" as="xs:string+" select="('p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
      'pre', 'span', 'a', 'i', 'b', 'em', 'strong', 'code', 'q', 'del', 'ins', 'cite', 'sup', 'sub', 's',
      'u', 'small', 'button', 'time', 'label', 'abbr', 'dfn', 'mark', 'caption', 'figcaption', 'dt')"/>

  <xsl:mode name="h:valid" on-no-match="shallow-copy"/>

  <xsl:template match="*" mode="h:valid">
    <xsl:param name="h:in-phrasing" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="name" select="local-name()"/>
    <xsl:variable name="as" select="
        if ($h:in-phrasing and $name = $h:flow) then 'span'
        else if ($name = 'p' and .//*[local-name() = $h:flow]) then 'div'
        else $name"/>
    <xsl:element name="{$as}" namespace="{namespace-uri()}">
      <xsl:apply-templates select="@* except @class" mode="h:valid"/>
      <xsl:if test="@class or $as != $name">
        <xsl:attribute name="class" select="normalize-space(string-join((if ($as != $name) then $name else (), @class), ' '))"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$as = ('ul', 'ol')">
          <xsl:for-each-group select="node()" group-adjacent="boolean(self::*[local-name() = 'li'])">
            <xsl:choose>
              <xsl:when test="current-grouping-key() or not(current-group()[self::* or normalize-space()])">
                <xsl:apply-templates select="current-group()" mode="h:valid"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:element name="li" namespace="{namespace-uri(..)}">
                  <xsl:attribute name="class" select="'list-part'"/>
                  <xsl:apply-templates select="current-group()" mode="h:valid"/>
                </xsl:element>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each-group>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates mode="h:valid">
            <xsl:with-param name="h:in-phrasing" select="$h:in-phrasing or $as = $h:phrasing-only" tunnel="yes"/>
          </xsl:apply-templates>
          <!-- a block made a span keeps its words apart from the next block's -->
          <xsl:if test="$as != $name and $name = $h:flow and following-sibling::node()">
            <xsl:text> </xsl:text>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

</xsl:stylesheet>
