<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The editions' headers to the site's front page: each edition with its printed source. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:h="urn:x-edition:xslt:html"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="h:index-page">
    <xsl:param name="teis" as="document-node()*"/>
    <xsl:param name="editions" as="element(edition)*"/>
    <xsl:call-template name="h:write-page">
      <xsl:with-param name="href" select="'index.html'"/>
      <xsl:with-param name="title" select="$site-title"/>
      <xsl:with-param name="current" select="'index.html'"/>
      <xsl:with-param name="body-class" select="'index'"/>
      <xsl:with-param name="content">
        <h1>{ed:msg('editions')}</h1>
        <xsl:for-each select="$teis">
          <xsl:variable name="position" select="position()"/>
          <xsl:call-template name="h:edition-card">
            <xsl:with-param name="tei" select="."/>
            <xsl:with-param name="edition" select="$editions[$position]"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="h:edition-card">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:param name="edition" as="element(edition)"/>
    <xsl:variable name="id" select="string($edition/@id)"/>
    <xsl:variable name="header" select="$tei/tei:TEI/tei:teiHeader"/>
    <article class="edition-card" aria-labelledby="{$id}-title">
      <h2 id="{$id}-title"><a href="{$id}.html">{ed:edition-title($tei)}</a></h2>
      <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:title[@type = 'sub']">
        <p class="subtitle">{normalize-space()}</p>
      </xsl:for-each>
      <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:author[normalize-space()]">
        <p class="author">{ed:name-as-read(.)}</p>
      </xsl:for-each>
      <h3>{ed:msg('source')}</h3>
      <xsl:apply-templates select="$header/tei:fileDesc/tei:sourceDesc/*" mode="h:source"/>
      <xsl:for-each select="$header/tei:fileDesc/tei:publicationStmt/tei:availability[normalize-space()]">
        <h3>{ed:msg('licence')}</h3>
        <p class="licence"><xsl:call-template name="h:licence">
          <xsl:with-param name="tei" select="$tei"/></xsl:call-template></p>
      </xsl:for-each>
      <xsl:call-template name="h:downloads">
        <xsl:with-param name="edition" select="$edition"/>
        <xsl:with-param name="heading" select="'h3'"/>
      </xsl:call-template>
      <p class="about-link"><a href="{h:about-file($id)}">{ed:msg('about')}</a></p>
    </article>
  </xsl:template>

  <!-- The printed source as a list of labelled facts, in the order a catalogue gives them -->
  <xsl:template match="tei:biblStruct" mode="h:source">
    <xsl:variable name="monogr" select="tei:monogr[1]"/>
    <xsl:variable name="imprint" select="$monogr/tei:imprint"/>
    <dl class="source-description">
      <xsl:call-template name="h:fact">
        <xsl:with-param name="key" select="'bibl.author'"/>
        <xsl:with-param name="values" select="$monogr/(tei:author | tei:editor)"/>
      </xsl:call-template>
      <xsl:call-template name="h:fact">
        <xsl:with-param name="key" select="'bibl.title'"/>
        <xsl:with-param name="values" select="$monogr/tei:title"/>
      </xsl:call-template>
      <xsl:call-template name="h:fact">
        <xsl:with-param name="key" select="'bibl.volume'"/>
        <xsl:with-param name="values" select="$monogr/tei:biblScope ! h:scope(.)"/>
      </xsl:call-template>
      <xsl:call-template name="h:fact">
        <xsl:with-param name="key" select="'bibl.series'"/>
        <xsl:with-param name="values" select="tei:series ! string-join((tei:title, tei:biblScope) ! normalize-space(), ' ')"/>
      </xsl:call-template>
      <xsl:call-template name="h:fact">
        <xsl:with-param name="key" select="'bibl.edition'"/>
        <xsl:with-param name="values" select="$monogr/tei:edition"/>
      </xsl:call-template>
      <xsl:call-template name="h:fact">
        <xsl:with-param name="key" select="'bibl.imprint'"/>
        <xsl:with-param name="values" select="$imprint ! string-join((
            string-join(tei:pubPlace ! normalize-space(), ', '),
            string-join(tei:publisher ! normalize-space(), ', '),
            string-join(tei:date ! normalize-space(), ', '))[. != ''], ': ')"/>
      </xsl:call-template>
      <xsl:call-template name="h:fact">
        <xsl:with-param name="key" select="'bibl.isbn'"/>
        <xsl:with-param name="values" select="$monogr/tei:idno[@type = 'ISBN']"/>
      </xsl:call-template>
      <xsl:call-template name="h:fact">
        <xsl:with-param name="key" select="'bibl.notes'"/>
        <xsl:with-param name="values" select="tei:note"/>
      </xsl:call-template>
    </dl>
  </xsl:template>

  <xsl:template match="tei:bibl" mode="h:source">
    <dl class="source-description">
      <xsl:call-template name="h:fact">
        <xsl:with-param name="key" select="'bibl.author'"/>
        <xsl:with-param name="values" select="tei:author | tei:editor"/>
      </xsl:call-template>
      <xsl:call-template name="h:fact">
        <xsl:with-param name="key" select="'bibl.title'"/>
        <xsl:with-param name="values" select="tei:title"/>
      </xsl:call-template>
      <xsl:call-template name="h:fact">
        <xsl:with-param name="key" select="'bibl.part'"/>
        <xsl:with-param name="values" select="tei:biblScope ! h:scope(.)"/>
      </xsl:call-template>
      <xsl:call-template name="h:fact">
        <xsl:with-param name="key" select="'bibl.imprint'"/>
        <xsl:with-param name="values" select="string-join((tei:pubPlace, tei:publisher, tei:date)
                                              ! normalize-space()[. != ''], ', ')"/>
      </xsl:call-template>
      <xsl:call-template name="h:fact">
        <xsl:with-param name="key" select="'bibl.notes'"/>
        <xsl:with-param name="values" select="tei:note"/>
      </xsl:call-template>
    </dl>
  </xsl:template>

  <!-- "Volume Two" as printed; a bare number gets its unit's name: "Chapter 2" -->
  <xsl:function name="h:scope" as="xs:string">
    <xsl:param name="scope" as="element()"/>
    <xsl:variable name="text" select="normalize-space($scope)"/>
    <xsl:variable name="unit" select="$ed:messages/msg[@key = 'div.' || $scope/@unit][@lang = $ui-lang][1]"/>
    <xsl:sequence select="if (matches($text, '\p{L}') or empty($unit)) then $text else $unit || ' ' || $text"/>
  </xsl:function>

  <!-- copy-specific facts (shelfmarks, stamps) belong to the copy, not the text -->
  <xsl:template match="tei:msDesc" mode="h:source">
    <xsl:variable name="marks" select="(.//tei:idno, .//tei:additions)[normalize-space()]"/>
    <xsl:if test="exists($marks)">
      <dl class="source-description copy">
        <xsl:call-template name="h:fact">
          <xsl:with-param name="key" select="'bibl.copy'"/>
          <xsl:with-param name="values" select="$marks"/>
        </xsl:call-template>
      </dl>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="h:source">
    <p class="source-description">{normalize-space()}</p>
  </xsl:template>

  <xsl:template name="h:fact">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="values" as="item()*"/>
    <xsl:variable name="given" select="$values[normalize-space(string(.)) != '']"/>
    <xsl:if test="exists($given)">
      <dt>{ed:msg($key)}</dt>
      <xsl:for-each select="$given">
        <dd>
          <xsl:choose>
            <xsl:when test=". instance of element() and .//*[@xml:lang]">
              <xsl:apply-templates select="node()" mode="h:lang-text"/>
            </xsl:when>
            <xsl:otherwise>{normalize-space(string(.))}</xsl:otherwise>
          </xsl:choose>
        </dd>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
