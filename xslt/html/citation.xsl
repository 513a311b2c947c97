<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- An edition's header to its citation: the "Cite this" box a reader opens on request, and
     the citation_* (Highwire) meta tags reference managers such as Zotero read. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:h="urn:x-edition:xslt:html"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- The printed source's author: the source description's, else the edition's -->
  <xsl:function name="h:source-author" as="xs:string">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:variable name="source" select="$tei//tei:sourceDesc/(tei:biblStruct/tei:monogr | tei:bibl)"/>
    <xsl:sequence select="string(($source/tei:author, $tei//tei:titleStmt/tei:author)[1] ! ed:name-as-read(.))"/>
  </xsl:function>

  <!-- The source as a reference: author (when known), title, volume or chapter, imprint, date.
       An unknown author leaves the title first. -->
  <xsl:function name="h:source-reference" as="xs:string">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:variable name="struct" select="($tei//tei:sourceDesc/tei:biblStruct)[1]/tei:monogr"/>
    <xsl:variable name="bibl" select="($tei//tei:sourceDesc/tei:bibl)[1]"/>
    <xsl:variable name="source" select="($struct, $bibl)[1]"/>
    <xsl:variable name="imprint" select="($struct/tei:imprint, $bibl)[1]"/>
    <xsl:sequence select="string-join((
        h:source-author($tei),
        normalize-space(($source/tei:title[@type = 'main'], $source/tei:title)[1]),
        $source/tei:biblScope[1] ! h:scope(.),
        string-join(($imprint/tei:pubPlace[1], $imprint/tei:publisher[1]) ! normalize-space(), ': '),
        string(($imprint/tei:date)[1]/normalize-space()))[. != ''], ', ')"/>
  </xsl:function>

  <!-- The edition's licence as a link when the header gives its address -->
  <xsl:template name="h:licence">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:variable name="licence" select="($tei//tei:publicationStmt/tei:availability//tei:licence)[1]"/>
    <xsl:variable name="href" select="normalize-space($licence/@target)"/>
    <xsl:if test="$licence">
      <xsl:choose>
        <xsl:when test="matches($href, '^https?://\S+$')">
          <a class="licence-link" rel="license" href="{$href}">{normalize-space($licence)}</a>
        </xsl:when>
        <xsl:otherwise>{normalize-space($licence)}</xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- "Cite this": closed until the reader asks (the button in the edition's head), closed
       again by its own button, Escape or a click elsewhere; the script completes it with the
       permalink and printed page of the paragraph the address points to. -->
  <xsl:template name="h:cite-box">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:param name="edition" as="element(edition)"/>
    <xsl:variable name="source" select="h:source-reference($tei)"/>
    <xsl:variable name="publication" select="ed:file-desc($tei)/tei:publicationStmt"/>
    <aside class="cite-box" id="ed-cite" popover="auto" aria-labelledby="ed-cite-title"
           data-site-url="{$site-url}" data-page-label="{ed:msg('page.abbr')}"
           data-pages-label="{ed:msg('pages.abbr')}"
           data-copy="{ed:msg('copy')}" data-copied="{ed:msg('copied')}">
      <div class="cite-head">
        <h2 id="ed-cite-title">{ed:msg('cite')}</h2>
        <button type="button" class="note-close" popovertarget="ed-cite" popovertargetaction="hide"
                aria-label="{ed:msg('close')}">×</button>
      </div>
      <p class="cite-text" id="ed-cite-text">
        <span class="cite-source">{$source}</span>
        <span class="cite-page"></span>
        <!-- a header that describes no source makes no empty first part -->
        <xsl:if test="$source">
          <xsl:text>. </xsl:text>
        </xsl:if>
        <span class="cite-edition">{string-join((ed:msg('cite.digital-edition') || ': ' || ed:edition-title($tei),
            normalize-space(($publication/tei:publisher)[1]),
            normalize-space(($publication/tei:date)[1]))[. != ''], ', ')}</span>
        <xsl:text>, </xsl:text>
        <span class="cite-url">{$site-url}{$edition/@id}.html</span>
      </p>
      <xsl:if test="$publication/tei:availability//tei:licence">
        <p class="cite-licence">{ed:msg('licence')}: <xsl:call-template name="h:licence">
          <xsl:with-param name="tei" select="$tei"/></xsl:call-template></p>
      </xsl:if>
      <p class="cite-help">{ed:msg('cite.help')}</p>
    </aside>
  </xsl:template>

  <!-- The meta tags of a reading page: Highwire's citation_*, the licence, the canonical address -->
  <xsl:function name="h:citation-meta" as="element()*">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:param name="edition" as="element(edition)"/>
    <xsl:variable name="publication" select="ed:file-desc($tei)/tei:publicationStmt"/>
    <xsl:variable name="date" select="string((($publication/tei:date)[1] ! (string(@when), normalize-space(.)))[. != ''][1])"/>
    <xsl:variable name="authors" select="($tei//tei:sourceDesc/(tei:biblStruct/tei:monogr | tei:bibl)/tei:author,
        $tei//tei:titleStmt/tei:author)[1] ! ed:name-as-read(.)[.]"/>
    <xsl:variable name="licence" select="normalize-space(($publication/tei:availability//tei:licence/@target)[1])"/>
    <meta name="citation_title" content="{ed:edition-title($tei)}"/>
    <xsl:for-each select="$authors">
      <meta name="citation_author" content="{.}"/>
    </xsl:for-each>
    <xsl:if test="$date">
      <meta name="citation_publication_date" content="{translate($date, '-', '/')}"/>
    </xsl:if>
    <xsl:for-each select="$publication/tei:publisher[1][normalize-space()]">
      <meta name="citation_publisher" content="{normalize-space()}"/>
    </xsl:for-each>
    <meta name="citation_language" content="{ed:bcp47(string(($tei/tei:TEI/@xml:lang, $ui-lang)[1]))}"/>
    <xsl:if test="$site-url">
      <meta name="citation_public_url" content="{$site-url}{$edition/@id}.html"/>
    </xsl:if>
    <xsl:if test="$edition/@pdf">
      <meta name="citation_pdf_url" content="{$site-url}{$edition/@pdf}"/>
    </xsl:if>
    <xsl:if test="matches($licence, '^https?://\S+$')">
      <meta name="DC.rights" content="{$licence}"/>
      <link rel="license" href="{$licence}"/>
    </xsl:if>
    <xsl:if test="$site-url">
      <link rel="canonical" href="{$site-url}{$edition/@id}.html"/>
    </xsl:if>
  </xsl:function>

</xsl:stylesheet>
