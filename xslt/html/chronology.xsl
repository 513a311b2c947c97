<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Every dated mention of the history in every edition to one chronology page, earliest
     first, each with its sentence and a link back to its paragraph or note. Years of
     bibliographic references (@type="imprint": the printing of a cited book, or of the book
     itself) are no events of the history and are left out. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:h="urn:x-edition:xslt:html"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="h:chronology-page">
    <xsl:param name="teis" as="document-node()*"/>
    <!-- one record per mention: sort key, edition order, document order, anchor, element -->
    <xsl:variable name="mentions" as="map(*)*">
      <xsl:for-each select="$teis">
        <xsl:variable name="edition-position" select="position()"/>
        <xsl:variable name="numbers" select="h:date-numbers(.)"/>
        <xsl:for-each select="tei:TEI/tei:text//tei:date[ed:date-sort-key(.) != ''][not(@type = 'imprint')]">
          <xsl:sequence select="map{'key': ed:date-sort-key(.), 'edition': $edition-position,
              'n': $numbers(generate-id(.)), 'anchor': h:date-anchor(., $numbers), 'date': .}"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:call-template name="h:write-page">
      <xsl:with-param name="href" select="'chronology.html'"/>
      <xsl:with-param name="title" select="ed:msg('chronology')"/>
      <xsl:with-param name="current" select="'chronology.html'"/>
      <xsl:with-param name="body-class" select="'chronology'"/>
      <xsl:with-param name="content">
        <h1>{ed:msg('chronology')}</h1>
        <xsl:if test="empty($mentions)">
          <p class="empty">{ed:msg('chronology.empty')}</p>
        </xsl:if>
        <xsl:for-each-group select="sort($mentions, (), function ($m) { ($m?key, $m?edition, $m?n) })"
                            group-adjacent="substring(?key, 1, 4)">
          <section class="year" aria-labelledby="year-{current-grouping-key()}">
            <h2 id="year-{current-grouping-key()}">{current-grouping-key()}</h2>
            <ol class="mentions">
              <xsl:for-each select="current-group()">
                <xsl:variable name="date" select="?date"/>
                <xsl:variable name="sentence" select="h:sentence($date, $chronology-context)"/>
                <li id="{?anchor}">
                  <span class="when">{ed:date-value($date)}</span>
                  <xsl:text> </xsl:text>
                  <q class="sentence">{$sentence[1]}<mark>{$sentence[2]}</mark>{$sentence[3]}</q>
                  <xsl:text> </xsl:text>
                  <a class="source" href="{h:href($date)}">{ed:edition-title($date)}, {h:occurrence-label($date)}</a>
                </li>
              </xsl:for-each>
            </ol>
          </section>
        </xsl:for-each-group>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
