<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The editions' standOff entries to register pages: persons, places, organisations,
     each entry with its description, variants, renamings and every occurrence. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:h="urn:x-edition:xslt:html"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- $kind: 'person', 'place' or 'org'; $teis: every edition, in the collection's order -->
  <xsl:template name="h:register-page">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="teis" as="document-node()*"/>
    <xsl:variable name="file" select="h:register-file($kind)"/>
    <xsl:variable name="title" select="ed:msg(map{'person': 'persons', 'place': 'places', 'org': 'organisations'}($kind))"/>
    <!-- each file carries its own copy of the project register: one entry per id -->
    <xsl:variable name="entries" as="element()*">
      <xsl:for-each-group select="$teis/tei:TEI/tei:standOff//*[local-name() = $kind or ($kind = 'person' and self::tei:personGrp)][@xml:id]"
                          group-by="string(@xml:id)">
        <xsl:sequence select="current-group()[1]"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:call-template name="h:write-page">
      <xsl:with-param name="href" select="$file"/>
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="current" select="$file"/>
      <xsl:with-param name="body-class" select="'register ' || $kind"/>
      <xsl:with-param name="content">
        <h1>{$title}</h1>
        <xsl:choose>
          <xsl:when test="empty($entries)">
            <p class="empty">{ed:msg('register.empty')}</p>
          </xsl:when>
          <xsl:otherwise>
            <xsl:if test="$kind = 'place'">
              <xsl:call-template name="h:places-map">
                <xsl:with-param name="entries" select="$entries"/>
              </xsl:call-template>
            </xsl:if>
            <nav class="register-index" aria-label="{ed:msg('register.index')}">
              <ul>
                <xsl:for-each select="$entries">
                  <xsl:sort select="h:entry-sort-key(.)" lang="en"/>
                  <xsl:sort select="string(@xml:id)"/>
                  <li><a href="#{@xml:id}">{ed:entry-name(.)}</a></li>
                </xsl:for-each>
              </ul>
            </nav>
            <xsl:for-each select="$entries">
              <xsl:sort select="h:entry-sort-key(.)" lang="en"/>
              <xsl:sort select="string(@xml:id)"/>
              <xsl:call-template name="h:register-entry">
                <xsl:with-param name="teis" select="$teis"/>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="h:register-entry">
    <xsl:param name="teis" as="document-node()*"/>
    <xsl:variable name="id" select="string(@xml:id)"/>
    <xsl:variable name="names" select="tei:persName | tei:placeName | tei:orgName"/>
    <xsl:variable name="main" select="ed:entry-name(.)"/>
    <xsl:variable name="renamings" select="$names[@from or @to or @notBefore or @notAfter]"/>
    <xsl:variable name="variants" select="distinct-values(($names except $renamings)
        ! normalize-space()[. != $main])"/>
    <article class="entry" id="{$id}" aria-labelledby="{$id}-name">
      <h2 id="{$id}-name">{$main}</h2>
      <xsl:for-each select="tei:note[normalize-space()]">
        <p class="description">{normalize-space()}</p>
      </xsl:for-each>
      <dl class="entry-facts">
        <xsl:if test="exists($variants)">
          <dt>{ed:msg('variants')}</dt>
          <dd>{string-join($variants, '; ')}</dd>
        </xsl:if>
        <xsl:if test="$renamings">
          <dt>{ed:msg('renamings')}</dt>
          <dd>
            <ul class="renamings">
              <xsl:for-each select="$renamings">
                <li>{normalize-space()} ({string-join((string((@from, @notBefore)[1]),
                    string((@to, @notAfter)[1])), '–')})</li>
              </xsl:for-each>
            </ul>
          </dd>
        </xsl:if>
        <xsl:if test="tei:idno[normalize-space()]">
          <dt>{ed:msg('identifiers')}</dt>
          <dd>
            <ul class="identifiers">
              <xsl:for-each select="tei:idno[normalize-space()]">
                <xsl:variable name="href" select="h:authority-href(string(@type), normalize-space())"/>
                <li>
                  <xsl:choose>
                    <xsl:when test="$href">
                      <a href="{$href}">{string(@type)} {normalize-space()}</a>
                    </xsl:when>
                    <xsl:otherwise>{string(@type)} {normalize-space()}</xsl:otherwise>
                  </xsl:choose>
                </li>
              </xsl:for-each>
            </ul>
          </dd>
        </xsl:if>
        <dt>{ed:msg('occurrences')}</dt>
        <dd>
          <xsl:variable name="by-edition" as="element()*">
            <xsl:for-each select="$teis">
              <xsl:variable name="mentions" select="key('h:names-by-ref', $id, .)"/>
              <xsl:variable name="cited" select="$mentions[h:in-citation(.)]"/>
              <xsl:if test="$mentions">
                <li>
                  <span class="edition-title">{ed:edition-title(.)}</span>
                  <xsl:text>: </xsl:text>
                  <xsl:call-template name="h:occurrences">
                    <xsl:with-param name="mentions" select="$mentions except $cited"/>
                  </xsl:call-template>
                  <xsl:if test="$cited">
                    <div class="occurrences-cited">{ed:msg('occurrences.cited')}:
                      <xsl:call-template name="h:occurrences">
                        <xsl:with-param name="mentions" select="$cited"/>
                      </xsl:call-template>
                    </div>
                  </xsl:if>
                </li>
              </xsl:if>
            </xsl:for-each>
          </xsl:variable>
          <xsl:choose>
            <xsl:when test="$by-edition">
              <ul class="occurrences-by-edition"><xsl:sequence select="$by-edition"/></ul>
            </xsl:when>
            <xsl:otherwise>{ed:msg('occurrences.none')}</xsl:otherwise>
          </xsl:choose>
        </dd>
      </dl>
    </article>
  </xsl:template>

  <!-- One edition's mentions of an entry, one link per paragraph or note: to the first mention
       itself (highlighted when the page opens at it), labelled with its page, its paragraph's
       or note's number and the words around it -->
  <xsl:template name="h:occurrences">
    <xsl:param name="mentions" as="element()*"/>
    <xsl:if test="$mentions">
      <ul class="occurrences">
        <xsl:for-each-group select="$mentions" group-adjacent="generate-id(h:anchor-element(.))">
          <xsl:variable name="context" select="h:sentence(., 40)"/>
          <li>
            <a href="{ed:edition-id(.)}.html#{h:mention-id(.)}">{h:occurrence-label(.)}</a>
            <xsl:text> </xsl:text>
            <q class="kwic">{$context[1]}<mark>{$context[2]}</mark>{$context[3]}</q>
            <xsl:if test="count(current-group()) gt 1">
              <span class="forms"> ×{count(current-group())}</span>
            </xsl:if>
          </li>
        </xsl:for-each-group>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- The web page of an identifier in an authority file; '' for a file not known here -->
  <xsl:function name="h:authority-href" as="xs:string">
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="safe" select="matches($id, '^[A-Za-z0-9_.-]+$')"/>
    <xsl:sequence select="if (not($safe)) then ''
        else if ($type = 'GeoNames') then 'https://www.geonames.org/' || $id
        else if ($type = 'Wikidata') then 'https://www.wikidata.org/wiki/' || $id
        else if ($type = 'GND') then 'https://d-nb.info/gnd/' || $id
        else if ($type = 'VIAF') then 'https://viaf.org/viaf/' || $id
        else ''"/>
  </xsl:function>

  <!-- The places with coordinates on the land of the world (assets/world-land.svg, shipped
       with the site): equirectangular, one degree a unit; each point links to its entry -->
  <xsl:template name="h:places-map">
    <xsl:param name="entries" as="element()*"/>
    <xsl:variable name="points" as="map(*)*">
      <xsl:for-each select="$entries">
        <xsl:sort select="h:entry-sort-key(.)" lang="en"/>
        <xsl:variable name="geo" select="tokenize(normalize-space(tei:location/tei:geo[1]))"/>
        <xsl:if test="count($geo) = 2 and $geo[1] castable as xs:double and $geo[2] castable as xs:double">
          <xsl:sequence select="map{'id': string(@xml:id), 'name': ed:entry-name(.),
              'lat': xs:double($geo[1]), 'lon': xs:double($geo[2])}"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:if test="exists($points)">
      <figure class="places-map">
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180" role="img"
             aria-label="{ed:msg('map')}">
          <image xlink:href="assets/world-land.svg" x="0" y="0" width="360" height="180"/>
          <xsl:for-each select="$points">
            <a xlink:href="#{?id}">
              <circle cx="{format-number(?lon + 180, '0.00')}" cy="{format-number(90 - ?lat, '0.00')}"
                      r="1.2" class="place-point">
                <title>{?name}</title>
              </circle>
            </a>
          </xsl:for-each>
        </svg>
        <figcaption>{ed:msg('map.caption')}</figcaption>
      </figure>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
