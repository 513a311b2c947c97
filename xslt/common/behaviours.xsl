<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- TEI elements to behaviours: the processing model shared by every output.

     Each TEI element of the edition's subset is matched once, here, in mode ed:render,
     and handed to one behaviour template (ed:block, ed:heading, ed:inline, ed:note,
     ed:break, ed:alternate, ed:link, ed:entity, ed:date, ed:list, ed:item, ed:label,
     ed:page-ref, ed:title-page, ed:closer, ed:section, ed:text).
     An output (html/, typst/, epub/) imports this module and implements those named
     templates; it overrides a match here only where its medium truly differs.

     Every behaviour template is called with the TEI element as context node and gets
     $kind (a short name of what the element is, e.g. 'title', 'foreign', 'p') where one
     behaviour serves several elements. Content is rendered by the behaviour itself with
     <xsl:apply-templates mode="ed:render"/>. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    exclude-result-prefixes="#all">

  <xsl:include href="functions.xsl"/>

  <xsl:mode name="ed:render" on-no-match="shallow-skip"/>

  <!-- structure -->
  <xsl:template match="tei:div" mode="ed:render">
    <xsl:call-template name="ed:section"/>
  </xsl:template>

  <xsl:template match="tei:head" mode="ed:render">
    <xsl:call-template name="ed:heading"/>
  </xsl:template>

  <xsl:template match="tei:p" mode="ed:render">
    <xsl:call-template name="ed:block">
      <xsl:with-param name="kind" select="'p'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:closer" mode="ed:render">
    <xsl:call-template name="ed:closer"/>
  </xsl:template>

  <xsl:template match="tei:signed | tei:dateline" mode="ed:render">
    <xsl:call-template name="ed:block">
      <xsl:with-param name="kind" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:titlePage" mode="ed:render">
    <xsl:call-template name="ed:title-page"/>
  </xsl:template>

  <xsl:template match="tei:list" mode="ed:render">
    <xsl:call-template name="ed:list"/>
  </xsl:template>

  <xsl:template match="tei:item" mode="ed:render">
    <xsl:call-template name="ed:item"/>
  </xsl:template>

  <xsl:template match="tei:label" mode="ed:render">
    <xsl:call-template name="ed:label"/>
  </xsl:template>

  <!-- inline -->
  <xsl:template match="tei:title | tei:foreign | tei:hi | tei:stamp" mode="ed:render">
    <xsl:call-template name="ed:inline">
      <xsl:with-param name="kind" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:note[@place = 'foot']" mode="ed:render">
    <xsl:call-template name="ed:note"/>
  </xsl:template>

  <xsl:template match="tei:pb | tei:lb" mode="ed:render">
    <xsl:call-template name="ed:break">
      <xsl:with-param name="kind" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- an emendation: the correction is read, the source's reading stays available -->
  <xsl:template match="tei:choice[tei:sic and tei:corr]" mode="ed:render">
    <xsl:call-template name="ed:alternate">
      <xsl:with-param name="preferred" select="tei:corr"/>
      <xsl:with-param name="alternate" select="tei:sic"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:sic | tei:corr" mode="ed:render">
    <xsl:apply-templates mode="ed:render"/>
  </xsl:template>

  <xsl:template match="tei:ref[@target]" mode="ed:render">
    <xsl:call-template name="ed:link"/>
  </xsl:template>

  <xsl:template match="tei:num[@type = 'page']" mode="ed:render">
    <xsl:call-template name="ed:page-ref"/>
  </xsl:template>

  <xsl:template match="tei:persName[@ref] | tei:placeName[@ref] | tei:orgName[@ref]" mode="ed:render">
    <xsl:call-template name="ed:entity">
      <xsl:with-param name="kind" select="ed:entity-kind(.)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- a name without a register entry is plain text -->
  <xsl:template match="tei:persName | tei:placeName | tei:orgName" mode="ed:render">
    <xsl:apply-templates mode="ed:render"/>
  </xsl:template>

  <xsl:template match="tei:date" mode="ed:render">
    <xsl:call-template name="ed:date"/>
  </xsl:template>

  <xsl:template match="text()" mode="ed:render">
    <xsl:call-template name="ed:text"/>
  </xsl:template>

  <!-- indentation between blocks is not text -->
  <xsl:template mode="ed:render" match="text()[not(normalize-space())]
      [parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back or parent::tei:text
       or parent::tei:list or parent::tei:titlePage or parent::tei:docTitle or parent::tei:choice]"/>

  <!-- the apparatus of the source is not reproduced inside the text -->
  <xsl:template match="tei:teiHeader | tei:standOff" mode="ed:render"/>

</xsl:stylesheet>
