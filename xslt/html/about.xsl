<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- One edition's header and interventions to its "About this edition" page: the sources
     (sourceDesc), the editorial principles (editorialDecl) and every intervention in the text,
     each linked to its place: corrections (choice/sic/corr), page ends rejoined
     (pb[@break='no']), page numbers inferred (pb[@cert]) and passages relocated. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:h="urn:x-edition:xslt:html"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- the file of an edition's about page -->
  <xsl:function name="h:about-file" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="$id || '-about.html'"/>
  </xsl:function>

  <xsl:template name="h:about-page">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:param name="edition" as="element(edition)"/>
    <xsl:variable name="id" select="string($edition/@id)"/>
    <xsl:variable name="header" select="$tei/tei:TEI/tei:teiHeader"/>
    <xsl:variable name="text" select="$tei/tei:TEI/tei:text"/>
    <xsl:call-template name="h:write-page">
      <xsl:with-param name="href" select="h:about-file($id)"/>
      <xsl:with-param name="title" select="ed:msg('about') || ': ' || ed:edition-title($tei)"/>
      <xsl:with-param name="current" select="'index.html'"/>
      <xsl:with-param name="body-class" select="'about'"/>
      <xsl:with-param name="content">
        <h1>{ed:msg('about')}: <a href="{$id}.html">{ed:edition-title($tei)}</a></h1>
        <section aria-labelledby="about-sources">
          <h2 id="about-sources">{ed:msg('about.sources')}</h2>
          <xsl:apply-templates select="$header/tei:fileDesc/tei:sourceDesc/*" mode="h:source"/>
          <xsl:if test="$header/tei:fileDesc/tei:publicationStmt/tei:availability//tei:licence">
            <p class="licence">{ed:msg('licence')}: <xsl:call-template name="h:licence">
              <xsl:with-param name="tei" select="$tei"/></xsl:call-template></p>
          </xsl:if>
        </section>
        <xsl:variable name="principles" select="$header/tei:encodingDesc/(tei:projectDesc | tei:editorialDecl/*)"/>
        <xsl:if test="$principles">
          <section aria-labelledby="about-principles">
            <h2 id="about-principles">{ed:msg('about.principles')}</h2>
            <xsl:for-each select="$principles">
              <div class="principle {local-name()}">
                <xsl:apply-templates select="if (tei:p) then tei:p else ." mode="h:principle"/>
              </div>
            </xsl:for-each>
          </section>
        </xsl:if>
        <section aria-labelledby="about-interventions">
          <h2 id="about-interventions">{ed:msg('about.interventions')}</h2>
          <xsl:call-template name="h:intervention-list">
            <xsl:with-param name="key" select="'about.corrections'"/>
            <xsl:with-param name="items" select="$text//tei:choice[tei:sic and tei:corr]"/>
          </xsl:call-template>
          <xsl:call-template name="h:intervention-list">
            <xsl:with-param name="key" select="'about.rejoined'"/>
            <xsl:with-param name="items" select="$text//tei:pb[@break = 'no']"/>
          </xsl:call-template>
          <xsl:call-template name="h:intervention-list">
            <xsl:with-param name="key" select="'about.inferred'"/>
            <xsl:with-param name="items" select="$text//tei:pb[@cert]"/>
          </xsl:call-template>
          <xsl:call-template name="h:intervention-list">
            <xsl:with-param name="key" select="'about.relocations'"/>
            <xsl:with-param name="items" select="$text//(tei:transpose
                | *[tokenize(@type) = ('relocated', 'relocation', 'moved')]), h:declared-elsewhere($tei)"/>
          </xsl:call-template>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- a principle's paragraph; the header's list of corrections as a list -->
  <xsl:template match="tei:p" mode="h:principle">
    <xsl:choose>
      <xsl:when test="tei:list">
        <xsl:if test="normalize-space(string-join(node() except tei:list))">
          <p><xsl:apply-templates select="node() except tei:list" mode="h:lang-text"/></p>
        </xsl:if>
        <ul class="declared-corrections">
          <xsl:for-each select="tei:list/tei:item">
            <li><xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>{normalize-space()}</li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:apply-templates mode="h:lang-text"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="*" mode="h:principle">
    <p>{normalize-space()}</p>
  </xsl:template>

  <xsl:template name="h:intervention-list">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="items" as="element()*"/>
    <h3>{ed:msg($key)} ({count($items)})</h3>
    <xsl:choose>
      <xsl:when test="empty($items)">
        <p class="none">{ed:msg('about.none')}</p>
      </xsl:when>
      <xsl:otherwise>
        <ul class="interventions">
          <xsl:for-each select="$items">
            <li>
              <a href="{h:intervention-href(.)}">{if (self::tei:pb[@n]) then ed:msg('page.abbr') || ' ' || @n
                                                   else if (ancestor::tei:teiHeader) then ed:msg('about.principles')
                                                   else h:occurrence-label(.)}</a>
              <xsl:text>: </xsl:text>
              <xsl:apply-templates select="." mode="h:intervention"/>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The corrections the header declares that no choice in the text carries out: passages
       moved back where they belong leave no element of their own in the text -->
  <xsl:function name="h:declared-elsewhere" as="element()*">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:variable name="applied" select="$tei/tei:TEI/tei:text//tei:corr/@source ! tokenize(.) ! substring-after(., '#')"/>
    <xsl:sequence select="$tei/tei:TEI/tei:teiHeader/tei:encodingDesc/tei:editorialDecl/tei:correction
        //tei:list[@type = 'corrections']/tei:item[@xml:id][not(@xml:id = $applied)]"/>
  </xsl:function>

  <!-- where an intervention is read: a page break at its page's number, a declared correction
       in the header's list on this page, anything else at its block -->
  <xsl:function name="h:intervention-href" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="if ($node/ancestor::tei:teiHeader) then '#' || $node/@xml:id else if ($node/self::tei:pb[@n][not(ancestor::tei:note)]
                              and key('h:pb-by-n', string($node/@n), root($node))[1] is $node)
        then ed:edition-id($node) || '.html#page-' || $node/@n else h:href($node)"/>
  </xsl:function>

  <xsl:template match="tei:choice" mode="h:intervention">
    <xsl:variable name="reason" select="key('h:by-id', substring-after(tei:corr[1]/@source, '#'), root(.))"/>
    <q class="sic">{normalize-space(tei:sic[1])}</q>
    <xsl:text> </xsl:text>{ed:msg('about.reads')}<xsl:text> </xsl:text>
    <q class="corr">{normalize-space(tei:corr[1])}</q>
    <xsl:if test="$reason">
      <xsl:text> (</xsl:text><a href="#{$reason/@xml:id}">{ed:msg('emendation.authority')}</a><xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- a page break in the words around it: "… a long wo|rd and …" -->
  <xsl:template match="tei:pb" mode="h:intervention">
    <xsl:variable name="block" select="h:context-block(.)"/>
    <xsl:variable name="parts" select="h:reading-nodes($block)"/>
    <xsl:variable name="before" select="normalize-space(string-join($parts[. &lt;&lt; current()] ! h:reading-of(.)))"/>
    <xsl:variable name="after" select="normalize-space(string-join($parts[. &gt;&gt; current()] ! h:reading-of(.)))"/>
    <xsl:if test="@cert">({@cert}) </xsl:if>
    <q class="kwic">{h:clip-start($before, 40)}<xsl:if test="not(@break = 'no')"><xsl:text> </xsl:text></xsl:if><mark>|</mark><xsl:if
        test="not(@break = 'no')"><xsl:text> </xsl:text></xsl:if>{h:clip-end($after, 40)}</q>
  </xsl:template>

  <xsl:template match="tei:item" mode="h:intervention">
    <q class="kwic">{normalize-space()}</q>
  </xsl:template>

  <xsl:template match="*" mode="h:intervention">
    <q class="kwic">{h:clip-end(h:plain(.), 120)}</q>
  </xsl:template>

  <!-- header text with the language of its parts (a stamp in another script) -->
  <xsl:template match="text()" mode="h:lang-text">
    <xsl:value-of select="replace(., '\s+', ' ')"/>
  </xsl:template>
  <xsl:template match="*[@xml:lang]" mode="h:lang-text">
    <span lang="{ed:bcp47(@xml:lang)}"><xsl:apply-templates mode="h:lang-text"/></span>
  </xsl:template>

</xsl:stylesheet>
