<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Behaviours of the processing model (xslt/common/behaviours.xsl) to XHTML for the EPUB.

     Every named behaviour is implemented here: block, heading, inline, link, entity, date,
     list, item, label, page-ref, title-page, closer, section, text, and the three an e-book
     renders its own way: note (a popup footnote), break (a page-list target), alternate
     (the correction in the text, the source's reading on demand). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:e="urn:x-edition:xslt:epub"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/behaviours.xsl"/>
  <xsl:include href="chunks.xsl"/>

  <!-- an id for any element: its xml:id, else one numbered by position, stable between builds -->
  <xsl:function name="e:id" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="if ($el/@xml:id) then string($el/@xml:id)
        else 'e-' || local-name($el) || '-' || count($el/preceding::*[local-name() = local-name($el)]
             | $el/ancestor::*[local-name() = local-name($el)]) + 1"/>
  </xsl:function>

  <!-- language attributes for an element carrying xml:lang -->
  <xsl:template name="e:lang">
    <xsl:if test="@xml:lang">
      <xsl:attribute name="xml:lang" select="@xml:lang"/>
      <xsl:attribute name="lang" select="@xml:lang"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ed:text">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template name="ed:section">
    <section id="{e:id(.)}" class="{string-join(('div', @type), ' ')}">
      <xsl:if test="@type = ('preface', 'chapter', 'part', 'appendix', 'introduction', 'index')">
        <xsl:attribute name="epub:type" select="@type"/>
      </xsl:if>
      <xsl:call-template name="e:lang"/>
      <xsl:apply-templates mode="ed:render"/>
    </section>
  </xsl:template>

  <xsl:template name="ed:heading">
    <xsl:variable name="depth" select="count(ancestor::tei:div)"/>
    <xsl:choose>
      <xsl:when test="parent::tei:div">
        <xsl:element name="h{min((max(($depth, 1)), 6))}">
          <xsl:apply-templates mode="ed:render"/>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise>
        <p class="head"><xsl:apply-templates mode="ed:render"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="ed:block">
    <xsl:param name="kind" as="xs:string"/>
    <p class="{$kind}">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:call-template name="e:lang"/>
      <xsl:apply-templates mode="ed:render"/>
    </p>
  </xsl:template>

  <xsl:template name="ed:closer">
    <div class="closer"><xsl:apply-templates mode="ed:render"/></div>
  </xsl:template>

  <xsl:template name="ed:title-page">
    <section id="{e:id(.)}" class="title-page" epub:type="titlepage">
      <xsl:apply-templates mode="e:title-page"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:docTitle" mode="e:title-page">
    <div class="docTitle"><xsl:apply-templates mode="e:title-page"/></div>
  </xsl:template>

  <xsl:template match="tei:titlePart | tei:byline | tei:docImprint | tei:docEdition | tei:docDate
                       | tei:epigraph | tei:p" mode="e:title-page">
    <p class="{string-join((local-name(), @type), ' ')}"><xsl:apply-templates mode="ed:render"/></p>
  </xsl:template>

  <xsl:template match="tei:docAuthor" mode="ed:render e:title-page">
    <span class="docAuthor"><xsl:apply-templates mode="ed:render"/></span>
  </xsl:template>

  <xsl:template match="text()[not(normalize-space())]" mode="e:title-page"/>

  <!-- anything else on a title page keeps its text -->
  <xsl:template match="*" mode="e:title-page">
    <p><xsl:apply-templates mode="ed:render"/></p>
  </xsl:template>

  <xsl:template name="ed:inline">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="rend" select="tokenize(@rend)"/>
    <xsl:variable name="name" select="
        if ($kind = 'title') then 'cite'
        else if ($kind = 'hi' and $rend = 'bold') then 'b'
        else if ($kind = ('foreign', 'hi') and not($rend = ('smallcaps', 'sup', 'superscript', 'sub'))) then 'i'
        else if ($rend = ('sup', 'superscript')) then 'sup'
        else if ($rend = 'sub') then 'sub'
        else 'span'"/>
    <xsl:element name="{$name}">
      <xsl:attribute name="class" select="string-join(($kind, @level ! ('level-' || .), $rend), ' ')"/>
      <xsl:call-template name="e:lang"/>
      <xsl:apply-templates mode="ed:render"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="ed:list">
    <xsl:element name="{if (@type = ('ordered', 'numbered')) then 'ol' else 'ul'}">
      <xsl:attribute name="class" select="string-join(('list', @type), ' ')"/>
      <xsl:apply-templates select="tei:head" mode="ed:render"/>
      <xsl:apply-templates select="node() except tei:head" mode="ed:render"/>
    </xsl:element>
  </xsl:template>

  <!-- a list's own heading stands before the list's items, as an item without a marker -->
  <xsl:template match="tei:list/tei:head" mode="ed:render">
    <li class="head"><xsl:apply-templates mode="ed:render"/></li>
  </xsl:template>

  <xsl:template name="ed:item">
    <li>
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:apply-templates mode="ed:render"/>
    </li>
  </xsl:template>

  <xsl:template name="ed:label">
    <span class="label"><xsl:apply-templates mode="ed:render"/></span>
  </xsl:template>

  <xsl:template name="ed:page-ref">
    <span class="page-ref"><xsl:apply-templates mode="ed:render"/></span>
  </xsl:template>

  <!-- a link inside the edition goes to the file that holds its target; one whose target
       is not rendered with an id stays plain text rather than point nowhere -->
  <xsl:template name="ed:link">
    <xsl:variable name="target" select="string(@target)"/>
    <xsl:variable name="internal" select="if (starts-with($target, '#'))
        then key('e:by-id', substring($target, 2))[self::tei:div or self::tei:p or self::tei:item
             or self::tei:note[@place = 'foot']][ancestor::tei:text] else ()"/>
    <xsl:choose>
      <xsl:when test="$internal">
        <a href="{e:href($internal[1])}"><xsl:apply-templates mode="ed:render"/></a>
      </xsl:when>
      <xsl:when test="matches($target, '^https?://')">
        <a href="{$target}"><xsl:apply-templates mode="ed:render"/></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="ref"><xsl:apply-templates mode="ed:render"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="ed:entity">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="entry" select="ed:entry(.)"/>
    <span class="{$kind}">
      <xsl:if test="$entry"><xsl:attribute name="title" select="ed:entry-name($entry)"/></xsl:if>
      <xsl:apply-templates mode="ed:render"/>
    </span>
  </xsl:template>

  <xsl:template name="ed:date">
    <xsl:choose>
      <xsl:when test="matches(@when, '^\d{4}(-\d{2}(-\d{2})?)?$')">
        <time datetime="{@when}"><xsl:apply-templates mode="ed:render"/></time>
      </xsl:when>
      <xsl:otherwise>
        <span class="date" title="{ed:date-value(.)}"><xsl:apply-templates mode="ed:render"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- EPUB: the marker links to a footnote the reading system shows as a popup -->
  <xsl:template name="ed:note">
    <a epub:type="noteref" role="doc-noteref" class="noteref" id="{e:noteref-id(.)}"
       href="#{e:id(.)}"><xsl:value-of select="(@n, '*')[1]"/></a>
  </xsl:template>

  <xsl:function name="e:noteref-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="'ref-' || e:id($note)"/>
  </xsl:function>

  <!-- the footnotes of a content document, after its text -->
  <xsl:template name="e:footnotes">
    <xsl:param name="notes" as="element(tei:note)*"/>
    <xsl:for-each select="$notes">
      <aside epub:type="footnote" role="doc-footnote" class="footnote" id="{e:id(.)}">
        <xsl:choose>
          <xsl:when test="tei:p">
            <xsl:apply-templates mode="ed:render"/>
          </xsl:when>
          <xsl:otherwise>
            <p>
              <a class="note-number" href="#{e:noteref-id(.)}"><xsl:value-of select="(@n, '*')[1]"/></a>
              <xsl:text> </xsl:text>
              <xsl:apply-templates mode="ed:render"/>
            </p>
          </xsl:otherwise>
        </xsl:choose>
      </aside>
    </xsl:for-each>
  </xsl:template>

  <!-- EPUB: a printed page boundary is a target of the page list -->
  <xsl:template name="ed:break">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$kind = 'lb'"><br/></xsl:when>
      <xsl:when test="@n and not(ancestor::tei:note)">
        <span epub:type="pagebreak" role="doc-pagebreak" id="{e:page-id(.)}"
              aria-label="{ed:msg('page') || ' ' || @n}"/>
      </xsl:when>
      <xsl:otherwise>
        <span class="pb"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:function name="e:page-id" as="xs:string">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:sequence select="'page-' || count($pb/preceding::tei:pb) + 1"/>
  </xsl:function>

  <!-- EPUB: the correction is read; the source's reading is its tooltip -->
  <xsl:template name="ed:alternate">
    <xsl:param name="preferred" as="element()"/>
    <xsl:param name="alternate" as="element()"/>
    <span class="corr" title="{ed:msg('source-reading')}: {normalize-space(string-join($alternate//text()))}">
      <xsl:apply-templates select="$preferred" mode="ed:render"/>
    </span>
  </xsl:template>

</xsl:stylesheet>
