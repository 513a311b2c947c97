<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The register entries a reading page names to cards in that page: name, dates, description,
     authority ids and a link to the register. A name in the text opens its card (the script;
     without it the name leads to the register). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:h="urn:x-edition:xslt:html"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- 'person', 'place' or 'org' for a register entry -->
  <xsl:function name="h:entry-kind" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="if ($entry/self::tei:person or $entry/self::tei:personGrp) then 'person'
        else if ($entry/self::tei:place) then 'place' else 'org'"/>
  </xsl:function>

  <xsl:template name="h:entity-cards">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:variable name="names" select="$tei/tei:TEI/tei:text//(tei:persName | tei:placeName | tei:orgName)[@ref]"/>
    <xsl:variable name="ids" select="distinct-values($names ! substring-after(@ref, '#'))"/>
    <xsl:variable name="entries" select="$tei/tei:TEI/tei:standOff//*[@xml:id = $ids]
        [self::tei:person or self::tei:personGrp or self::tei:place or self::tei:org]"/>
    <xsl:if test="$entries">
      <div class="entity-cards">
        <xsl:for-each select="$entries">
          <xsl:variable name="id" select="string(@xml:id)"/>
          <xsl:variable name="kind" select="h:entry-kind(.)"/>
          <div class="entity-card {$kind}" id="card-{$id}" popover="auto" role="dialog" aria-labelledby="card-{$id}-name">
            <div class="note-popover-head">
              <span class="card-name" id="card-{$id}-name">{ed:entry-name(.)}</span>
              <button type="button" class="note-close" popovertarget="card-{$id}"
                      popovertargetaction="hide" aria-label="{ed:msg('close')}">×</button>
            </div>
            <xsl:variable name="dates" select="(tei:birth, tei:death, tei:floruit)
                ! string-join((ed:msg(map{'birth': 'entity.birth', 'death': 'entity.death',
                  'floruit': 'entity.dates'}(local-name())), normalize-space((@when, .)[normalize-space()][1])), ' ')"/>
            <xsl:variable name="renamings" select="(tei:placeName | tei:orgName)[@from or @to]
                ! (normalize-space() || ' (' || string-join((string(@from), string(@to)), '–') || ')')"/>
            <xsl:if test="exists(($dates, $renamings))">
              <p class="card-dates">{string-join(($dates, $renamings), '; ')}</p>
            </xsl:if>
            <xsl:for-each select="tei:note[normalize-space()][1]">
              <p class="card-description">{normalize-space()}</p>
            </xsl:for-each>
            <xsl:if test="tei:idno[normalize-space()]">
              <p class="card-ids">{string-join(tei:idno[normalize-space()] ! (string(@type) || ' ' || normalize-space()), '; ')}</p>
            </xsl:if>
            <p class="card-link"><a href="{h:register-file($kind)}#{$id}">{ed:msg('entity.register')}</a></p>
          </div>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
