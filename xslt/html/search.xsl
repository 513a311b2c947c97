<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Every edition's text to the search page and its index, a script the browser loads from
     the site itself, so search needs no server and works from the file system. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:h="urn:x-edition:xslt:html"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:variable name="h:search-index-file" as="xs:string" select="'search-index.js'"/>

  <!-- the blocks a search result can point to; a paragraph's text leaves out its notes,
       which are blocks of their own -->
  <xsl:function name="h:search-blocks" as="element()*">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:sequence select="$tei/tei:TEI/tei:text//(tei:p | tei:head | tei:note[ed:is-note(.)]
        | tei:item | tei:signed | tei:dateline | tei:titlePart | tei:byline | tei:docImprint)"/>
  </xsl:function>

  <!-- The index: {"editions": [[id, title], ...], "blocks": [[edition, anchor, place, text, kind], ...],
       "names": [[form, form, ...], ...]} as arrays, whose order (unlike a map's) is fixed, so the
       file is byte-identical on rebuild. "names" holds every form of each register entry (its
       normalised name, variants, earlier and later names), for the search that finds them all;
       kind is "head", "note" or "text" and weighs a result. -->
  <xsl:template name="h:search-index">
    <xsl:param name="teis" as="document-node()*"/>
    <xsl:variable name="editions" select="array{ $teis ! [ed:edition-id(.), ed:edition-title(.)] }"/>
    <xsl:variable name="blocks" as="array(*)*">
      <xsl:for-each select="$teis">
        <xsl:variable name="edition" select="position() - 1"/>
        <xsl:for-each select="h:search-blocks(.)">
          <xsl:variable name="text" select="h:plain(.)"/>
          <xsl:if test="$text">
            <xsl:sequence select="[$edition, h:anchor-id(.), h:occurrence-label(.), $text,
                if (self::tei:head or self::tei:titlePart) then 'head' else if (self::tei:note) then 'note' else 'text']"/>
          </xsl:if>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="names" as="array(*)*">
      <xsl:for-each-group select="$teis/tei:TEI/tei:standOff//*[@xml:id]
          [self::tei:person or self::tei:personGrp or self::tei:place or self::tei:org]" group-by="string(@xml:id)">
        <xsl:sort select="current-grouping-key()"/>
        <xsl:variable name="forms" select="distinct-values(current-group()[1]/(tei:persName | tei:placeName | tei:orgName)
            [not(@type = 'sic')] ! normalize-space()[.])"/>
        <xsl:if test="count($forms) gt 1">
          <xsl:sequence select="array{$forms}"/>
        </xsl:if>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:result-document href="{$h:search-index-file}" method="text" encoding="UTF-8">
      <xsl:text>window.editionSearchIndex = </xsl:text>
      <xsl:variable name="json" select="map{'method': 'json', 'indent': false()}"/>
      <xsl:value-of select="'{&quot;editions&quot;:' || serialize($editions, $json)
                            || ',&quot;blocks&quot;:' || serialize(array{$blocks}, $json)
                            || ',&quot;names&quot;:' || serialize(array{$names}, $json) || '}'"/>
      <xsl:text>;&#10;</xsl:text>
    </xsl:result-document>
  </xsl:template>

  <xsl:template name="h:search-page">
    <xsl:param name="teis" as="document-node()*"/>
    <xsl:call-template name="h:write-page">
      <xsl:with-param name="href" select="'search.html'"/>
      <xsl:with-param name="title" select="ed:msg('search')"/>
      <xsl:with-param name="current" select="'search.html'"/>
      <xsl:with-param name="body-class" select="'search'"/>
      <xsl:with-param name="scripts" select="$h:search-index-file"/>
      <xsl:with-param name="content">
        <h1>{ed:msg('search')}</h1>
        <form class="search-form" role="search" action="search.html" method="get" id="ed-search-form">
          <label for="ed-q">{ed:msg('search.label')}</label>
          <input type="search" id="ed-q" name="q" autocomplete="off"/>
          <button type="submit">{ed:msg('search')}</button>
          <span class="search-options">
            <span class="search-option">
              <input type="checkbox" id="ed-variants" name="variants" value="1"/>
              <label for="ed-variants">{ed:msg('search.variants')}</label>
            </span>
            <xsl:if test="count($teis) gt 1">
              <span class="search-option">
                <label for="ed-edition">{ed:msg('search.edition')}</label>
                <xsl:text> </xsl:text>
                <select id="ed-edition" name="edition">
                  <option value="">{ed:msg('search.all-editions')}</option>
                  <xsl:for-each select="$teis">
                    <option value="{ed:edition-id(.)}">{ed:edition-title(.)}</option>
                  </xsl:for-each>
                </select>
              </span>
            </xsl:if>
          </span>
          <span class="search-help">{ed:msg('search.help')}</span>
        </form>
        <noscript><p class="no-script">{ed:msg('search.needs-script')}</p></noscript>
        <p id="ed-search-status" class="search-status" role="status"
           data-none="{ed:msg('search.none')}" data-some="{ed:msg('search.some')}"
           data-more="{ed:msg('search.more')}"></p>
        <ol id="ed-search-results" class="search-results"></ol>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
