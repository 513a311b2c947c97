<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- TEI edition to the files of an EPUB 3: container, package document, navigation, content documents.

     Every file is written with xsl:result-document relative to the base output folder; the
     Python side (edition/render/epub.py) adds the mimetype and the stylesheet and zips them. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:e="urn:x-edition:xslt:epub"
    xmlns:h="urn:x-edition:xslt:html"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:import href="behaviours.xsl"/>
  <xsl:include href="params.xsl"/>

  <!-- the note counts (accumulators of xslt/common/functions.xsl) are kept for the document -->
  <xsl:mode use-accumulators="#all"/>
  <xsl:include href="package.xsl"/>
  <xsl:include href="matter.xsl"/>

  <!-- no indentation: it would add spaces inside mixed content -->
  <xsl:output name="xhtml" method="xhtml" html-version="5" encoding="UTF-8" indent="no"
              include-content-type="no" omit-xml-declaration="no"/>
  <xsl:output name="xml" method="xml" encoding="UTF-8" indent="yes"/>

  <!-- the book's language: the first that is a language tag (BCP 47), not a name such as
       "greek" that some headers give; 'und' (undetermined) when none is -->
  <xsl:variable name="e:lang" as="xs:string" select="((/tei:TEI/@xml:lang, /tei:TEI/tei:text/@xml:lang, /tei:TEI/tei:teiHeader//tei:langUsage/tei:language/@ident)
      ! normalize-space(.)[matches(., '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$')] ! ed:bcp47(.), 'und')[1]"/>

  <!-- the document, for templates called with a chunk (a map) as their context -->
  <xsl:variable name="e:document" as="document-node()" select="/"/>

  <xsl:template match="/">
    <xsl:result-document href="META-INF/container.xml" format="xml">
      <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
        <rootfiles>
          <rootfile full-path="{$e:content-dir}/content.opf" media-type="application/oebps-package+xml"/>
        </rootfiles>
      </container>
    </xsl:result-document>
    <xsl:result-document href="{$e:content-dir}/content.opf" format="xml">
      <xsl:call-template name="e:package"/>
    </xsl:result-document>
    <xsl:result-document href="{$e:content-dir}/nav.xhtml" format="xhtml">
      <xsl:call-template name="e:nav"/>
    </xsl:result-document>
    <xsl:result-document href="{$e:content-dir}/{$e:cover-image}" format="xml">
      <xsl:call-template name="e:cover-svg"/>
    </xsl:result-document>
    <xsl:result-document href="{$e:content-dir}/{$e:cover-page}" format="xhtml">
      <xsl:call-template name="e:cover-page"/>
    </xsl:result-document>
    <xsl:result-document href="{$e:content-dir}/{$e:title-page}" format="xhtml">
      <xsl:call-template name="e:title-page"/>
    </xsl:result-document>
    <xsl:result-document href="{$e:content-dir}/{$e:colophon}" format="xhtml">
      <xsl:call-template name="e:colophon"/>
    </xsl:result-document>
    <xsl:for-each select="$e:chunks">
      <xsl:variable name="chunk" select="."/>
      <xsl:result-document href="{$e:content-dir}/{?file}" format="xhtml">
        <xsl:call-template name="e:content-document">
          <xsl:with-param name="nodes" select="$chunk?nodes"/>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>

  <!-- one XHTML page, in the reading language of the edition -->
  <xsl:template name="e:page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="body" as="node()*"/>
    <html xml:lang="{$e:lang}" lang="{$e:lang}">
      <xsl:namespace name="epub" select="'http://www.idpf.org/2007/ops'"/>
      <head>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" type="text/css" href="{$e:css-file}"/>
      </head>
      <body>
        <xsl:variable name="valid" as="node()*">
          <xsl:apply-templates select="$body" mode="h:valid"/>
        </xsl:variable>
        <xsl:apply-templates select="$valid" mode="e:xhtml"/>
      </body>
    </html>
  </xsl:template>

  <!-- The web behaviours write HTML elements in no namespace, which the HTML serialiser
       accepts; an EPUB content document is XML and needs them in the XHTML namespace. -->
  <xsl:mode name="e:xhtml" on-no-match="shallow-copy"/>
  <xsl:template match="*[namespace-uri() = '']" mode="e:xhtml">
    <xsl:element name="{local-name()}" namespace="http://www.w3.org/1999/xhtml">
      <xsl:apply-templates select="@* | node()" mode="e:xhtml"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="e:content-document">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="first-div" select="$nodes[self::tei:div][1]"/>
    <xsl:call-template name="e:page">
      <xsl:with-param name="title" select="string-join((ed:edition-title(($nodes[1], $e:document)[1]),
          $first-div ! e:toc-label(.)), ' — ')"/>
      <xsl:with-param name="body" as="node()*">
        <xsl:if test="empty($nodes)">
          <h1><xsl:value-of select="ed:edition-title($e:document)"/></h1>
        </xsl:if>
        <xsl:apply-templates select="$nodes" mode="ed:render">
          <xsl:with-param name="h:images" tunnel="yes"
              select="map:merge(array:flatten($e:images) ! map{?url: ?href})"
              xmlns:map="http://www.w3.org/2005/xpath-functions/map"
              xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>
        </xsl:apply-templates>
        <xsl:call-template name="e:footnotes">
          <xsl:with-param name="notes" select="$nodes/descendant-or-self::tei:note[ed:is-note(.)]"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
