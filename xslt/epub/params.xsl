<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Settings of the EPUB edition: every parameter the build or a customising stylesheet may set. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:e="urn:x-edition:xslt:epub"
    exclude-result-prefixes="#all">

  <!-- Last modification of the publication (dcterms:modified), 'YYYY-MM-DDThh:mm:ssZ'. The
       build takes it from the TEI header, never from the clock, so that rebuilds are identical. -->
  <xsl:param name="modified" as="xs:string" select="'1980-01-01T00:00:00Z'"/>
  <!-- The publication's persistent identifier, a URI or URN (edition/header_facts.py: the
       seed's [publication] identifier, an idno of type DOI, URI, URN or ISBN, else a name-based
       urn:uuid); '' (run on its own): a urn:uuid-less fallback of the edition's id is used. -->
  <xsl:param name="identifier" as="xs:string" select="''"/>
  <!-- The edition's publication date (dc:date), 'YYYY[-MM[-DD]]', or '' when the header has none -->
  <xsl:param name="date" as="xs:string" select="''"/>
  <!-- The seed's description of the edition, or '': one is then made from the header -->
  <xsl:param name="description" as="xs:string" select="''"/>
  <!-- the local images the build copies into the book (edition/render/media.py), as JSON:
       [{"url": as the TEI writes it, "href": in the book, "type": its media type}] -->
  <xsl:param name="images" as="xs:string" select="'[]'"/>
  <xsl:variable name="e:images" as="array(*)" select="parse-json($images)"/>

  <!-- Folder of the package document and the content inside the EPUB container -->
  <xsl:variable name="e:content-dir" as="xs:string" select="'EPUB'"/>

  <!-- The generated cover, the title page and the colophon, relative to the content folder -->
  <xsl:variable name="e:cover-image" as="xs:string" select="'cover.svg'"/>
  <xsl:variable name="e:cover-page" as="xs:string" select="'cover.xhtml'"/>
  <xsl:variable name="e:title-page" as="xs:string" select="'titlepage.xhtml'"/>
  <xsl:variable name="e:colophon" as="xs:string" select="'colophon.xhtml'"/>

  <!-- The stylesheet, relative to the content folder; the build copies xslt/epub/edition.css there -->
  <xsl:variable name="e:css-file" as="xs:string" select="'edition.css'"/>

</xsl:stylesheet>
