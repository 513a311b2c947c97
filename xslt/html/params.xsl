<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Settings of the web edition: every parameter a build or a customising stylesheet may set.

     The Python build (edition/render/html.py) sets them from the collection it writes; a
     project customises the site by importing site.xsl and overriding these, never by copying. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- Name of the whole site, shown in every page's header and title. -->
  <xsl:param name="site-title" as="xs:string" select="'Digital editions'"/>

  <!-- Public address of the site ending in '/', e.g. 'https://example.org/editions/'
       (the site-url option of edition html, or a seed's edition.site_url). When set, the "cite this" box,
       the canonical link and the citation_* meta tags give absolute addresses; when empty the
       box gives the address the page was opened at over http(s), and only the page's name
       when it was opened from the file system (a path of the reader's disk is no citation). -->
  <xsl:param name="site-url" as="xs:string" select="''"/>

  <!-- Whether paragraphs carry a visible permalink mark (¶) in the margin. -->
  <xsl:param name="show-permalinks" as="xs:boolean" select="true()"/>

  <!-- Whether names and dates are highlighted when a page opens; readers can toggle it. -->
  <xsl:param name="highlight-by-default" as="xs:boolean" select="false()"/>

  <!-- Characters of context kept on each side of a date in the chronology. -->
  <xsl:param name="chronology-context" as="xs:integer" select="240"/>

  <!-- Folder (relative to the site) the stylesheet and script are copied into. -->
  <xsl:param name="assets-dir" as="xs:string" select="'assets'"/>

</xsl:stylesheet>
