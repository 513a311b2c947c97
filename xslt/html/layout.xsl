<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- A page's content to a whole HTML page: head, site navigation, search box, footer. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:h="urn:x-edition:xslt:html"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- every page: HTML5, UTF-8, no indentation (it would add spaces inside the text) -->
  <xsl:output name="h:page" method="html" html-version="5" encoding="UTF-8" indent="no"
              include-content-type="no"/>

  <!-- the site's sections, in the order of the navigation bar: file, message key -->
  <xsl:variable name="h:sections" as="array(xs:string)*" select="
      ['index.html', 'editions'], ['persons.html', 'persons'], ['places.html', 'places'],
      ['organisations.html', 'organisations'], ['chronology.html', 'chronology'],
      ['search.html', 'search']"/>

  <!-- Write one page of the site. $current is the file of the navigation section the page
       belongs to; $body-class names the page type for the stylesheet. -->
  <xsl:template name="h:write-page">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="current" as="xs:string" select="''"/>
    <xsl:param name="body-class" as="xs:string"/>
    <xsl:param name="lang" as="xs:string" select="$ui-lang"/>
    <xsl:param name="content" as="node()*"/>
    <!-- scripts the page needs before the site's own, e.g. the search index -->
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <!-- further elements of the head: meta tags, links -->
    <xsl:param name="head" as="element()*" select="()"/>
    <xsl:result-document href="{$href}" format="h:page">
      <html lang="{$lang}">
        <head>
          <meta charset="utf-8"/>
          <meta name="viewport" content="width=device-width, initial-scale=1"/>
          <title>{if ($title = $site-title) then $title else $title || ' · ' || $site-title}</title>
          <meta name="color-scheme" content="light dark"/>
          <xsl:sequence select="$head"/>
          <link rel="stylesheet" href="{$assets-dir}/edition.css"/>
          <xsl:for-each select="$scripts">
            <script src="{.}" defer=""></script>
          </xsl:for-each>
          <script src="{$assets-dir}/edition.js" defer=""></script>
        </head>
        <body class="{$body-class}">
          <a class="skip-link" href="#ed-main">{ed:msg('skip-to-content')}</a>
          <header class="site-header">
            <a class="site-title" href="index.html">{$site-title}</a>
            <nav class="site-nav" aria-label="{ed:msg('site-navigation')}">
              <ul>
                <xsl:for-each select="$h:sections">
                  <li>
                    <a href="{?1}"><xsl:if test="?1 = $current"><xsl:attribute
                        name="{if (?1 = $href) then 'aria-current' else 'data-section'}"
                        select="if (?1 = $href) then 'page' else 'current'"/></xsl:if>{ed:msg(?2)}</a>
                  </li>
                </xsl:for-each>
              </ul>
            </nav>
            <form class="site-search" role="search" action="search.html" method="get">
              <label class="visually-hidden" for="ed-site-q">{ed:msg('search.label')}</label>
              <input type="search" id="ed-site-q" name="q" placeholder="{ed:msg('search.placeholder')}"/>
              <button type="submit">{ed:msg('search')}</button>
            </form>
          </header>
          <main id="ed-main" tabindex="-1">
            <xsl:apply-templates select="$content" mode="h:valid"/>
          </main>
          <footer class="site-footer">
            <p>{ed:msg('footer')}</p>
          </footer>
        </body>
      </html>
    </xsl:result-document>
  </xsl:template>

  <!-- The reader's switch for highlighting names and dates; works by CSS alone -->
  <!-- Where the text has two readings of a passage (abbreviation and expansion, original and
       regularised spelling, error and correction), the reader may read the other one throughout -->
  <xsl:template name="h:alternates-toggle">
    <p class="alternates-toggle">
      <input type="checkbox" id="ed-alternates"/>
      <label for="ed-alternates">{ed:msg('show-alternates')}</label>
    </p>
  </xsl:template>

  <xsl:template name="h:highlight-toggle">
    <p class="highlight-toggle">
      <input type="checkbox" id="ed-highlight">
        <xsl:if test="$highlight-by-default">
          <xsl:attribute name="checked" select="'checked'"/>
        </xsl:if>
      </input>
      <label for="ed-highlight">{ed:msg('highlight-entities')}</label>
      <span class="legend" aria-hidden="true">
        <span class="entity person">{ed:msg('legend.person')}</span>
        <span class="entity place">{ed:msg('legend.place')}</span>
        <span class="entity org">{ed:msg('legend.org')}</span>
        <span class="entity date">{ed:msg('legend.date')}</span>
      </span>
    </p>
  </xsl:template>

</xsl:stylesheet>
