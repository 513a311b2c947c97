<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- TEI nodes to the web edition's addresses and plain texts: HTML ids, links, sentences. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:h="urn:x-edition:xslt:html"
    exclude-result-prefixes="#all">

  <xsl:key name="h:by-id" match="*[@xml:id]" use="string(@xml:id)"/>
  <xsl:key name="h:pb-by-n" match="tei:text//tei:pb[@n]" use="string(@n)"/>
  <xsl:key name="h:names-by-ref" match="tei:text//tei:persName[@ref] | tei:text//tei:placeName[@ref] | tei:text//tei:orgName[@ref]"
           use="substring-after(@ref, '#')"/>

  <!-- The HTML id of an element: its xml:id, else one derived from its position, stable
       from build to build because it depends on the document only. -->
  <xsl:function name="h:id" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="if ($el/@xml:id) then string($el/@xml:id)
        else 'ed-' || local-name($el) || '-' || $el/accumulator-before('h:elements-by-name')(local-name($el))"/>
  </xsl:function>

  <!-- The HTML id of a name in the text, where the registers' occurrences lead: its xml:id,
       else "ed-mention-" and its number among the names of its text, as
       <xsl:number level="any" count="(names with @ref)" from="tei:text"/> counts it, carried
       along in one pass -->
  <xsl:accumulator name="h:mentions" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text" phase="start" select="0"/>
    <xsl:accumulator-rule match="tei:persName[@ref] | tei:placeName[@ref] | tei:orgName[@ref]" phase="start"
                          select="$value + 1"/>
  </xsl:accumulator>
  <xsl:function name="h:mention-id" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="if ($name/@xml:id) then string($name/@xml:id)
        else 'ed-mention-' || $name/accumulator-before('h:mentions')"/>
  </xsl:function>

  <!-- How many elements of each name begin up to and including the current one, in one pass:
       the n of the derived id "ed-note-n" -->
  <xsl:accumulator name="h:elements-by-name" as="map(xs:string, xs:integer)" initial-value="map{}"
      xmlns:map="http://www.w3.org/2005/xpath-functions/map">
    <xsl:accumulator-rule match="*" select="map:put($value, local-name(), ($value(local-name()), 0)[1] + 1)"/>
  </xsl:accumulator>

  <!-- The element a reader is sent to for a node: its footnote, else its nearest
       paragraph-like block or division that carries an id in the page. -->
  <xsl:function name="h:anchor-element" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(
        $node/ancestor-or-self::tei:note[ed:is-note(.)][1],
        $node/ancestor-or-self::*[@xml:id][not(self::tei:TEI)][1],
        $node/ancestor-or-self::*[self::tei:div or self::tei:titlePage][1])[1]"/>
  </xsl:function>

  <!-- The HTML id a reader is sent to for a node, '' for the top of the page -->
  <xsl:function name="h:anchor-id" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="string(h:anchor-element($node) ! h:id(.))"/>
  </xsl:function>

  <!-- Link from any page of the site to the place of a node in its edition's reading view -->
  <xsl:function name="h:href" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="target" select="h:anchor-id($node)"/>
    <xsl:sequence select="ed:edition-id($node) || '.html' || (if ($target) then '#' || $target else '')"/>
  </xsl:function>

  <!-- The printed page (or pages, "3–4") a block runs over -->
  <xsl:function name="h:pages" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:variable name="first" select="ed:page-of($block)"/>
    <xsl:variable name="inner" select="$block//tei:pb[@n][not(ancestor::tei:note except $block/ancestor-or-self::tei:note)]"/>
    <xsl:variable name="last" select="if ($inner) then string($inner[last()]/@n) else $first"/>
    <xsl:sequence select="if ($first = '' or $first = $last) then $last else $first || '–' || $last"/>
  </xsl:function>

  <!-- Page label of a node for lists of occurrences: "p. 3", or the paragraph's id -->
  <xsl:function name="h:place-label" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="page" select="ed:page-of($node)"/>
    <xsl:variable name="note" select="$node/ancestor-or-self::tei:note[ed:is-note(.)][1]"/>
    <xsl:variable name="div" select="$node/ancestor-or-self::tei:div[tei:head][1]"/>
    <xsl:sequence select="string-join((
        if ($page) then ed:msg('page.abbr') || ' ' || $page
        else if ($div) then h:clip-end(ed:head-text($div), 60)
        else if ($node/ancestor-or-self::tei:titlePage) then ed:msg('title-page')
        else if ($note) then ()
        else '¶ ' || h:anchor-id($node),
        if ($note) then ed:msg('note.abbr') || ' ' || h:note-number($note) else ()), ', ')"/>
  </xsl:function>

  <!-- A paragraph's number among the paragraphs of its text outside notes, as
       <xsl:number level="any" count="tei:p[not(ancestor::tei:note)]" from="tei:text"/> counts
       it, carried along in one pass instead of counted back for every paragraph -->
  <xsl:accumulator name="h:paragraphs" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text" phase="start" select="0"/>
    <xsl:accumulator-rule match="tei:p[not(ancestor::tei:note)]" phase="start" select="$value + 1"/>
  </xsl:accumulator>
  <xsl:function name="h:paragraph-number" as="xs:string">
    <xsl:param name="p" as="element(tei:p)"/>
    <xsl:sequence select="string($p/accumulator-before('h:paragraphs'))"/>
  </xsl:function>

  <!-- Label of a mention in a register: its page when the text has pages, and the number of
       its note or of its paragraph among the text's paragraphs ("p. 4, n. 2", "¶ 12") -->
  <xsl:function name="h:occurrence-label" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="page" select="ed:page-of($node)"/>
    <xsl:variable name="note" select="$node/ancestor-or-self::tei:note[ed:is-note(.)][1]"/>
    <xsl:variable name="p" select="$node/ancestor-or-self::tei:p[not(ancestor::tei:note)][1]"/>
    <xsl:variable name="number" select="if ($p and not($note)) then h:paragraph-number($p) else ()"/>
    <xsl:sequence select="string-join((
        if ($page) then ed:msg('page.abbr') || ' ' || $page else (),
        if ($note) then ed:msg('note.abbr') || ' ' || h:note-number($note)
        else if ($number) then ed:msg('paragraph.abbr') || ' ' || $number
        else if (not($page)) then h:place-label($node) else ()), ', ')"/>
  </xsl:function>

  <!-- A name that is part of a reference to literature, not of the history told: inside a
       bibl, or a place or publisher standing close before a cited book's imprint year
       (place, publisher, year) with no sentence punctuation between -->
  <xsl:function name="h:in-citation" as="xs:boolean">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="year" select="$name/following-sibling::tei:date[1][@type = 'imprint']"/>
    <xsl:variable name="between" select="$name/following-sibling::node()[. &lt;&lt; $year]"/>
    <xsl:sequence select="exists($name/ancestor::*[self::tei:bibl or self::tei:biblStruct or self::tei:listBibl])
        or (exists($year) and ($name/self::tei:placeName or $name/self::tei:orgName)
            and count($between[self::*]) le 2
            and string-length(string-join($between[self::text()])) le 40
            and not(matches(string-join($between[self::text()]), '[.;!?)(]'))
            and (every $n in $between[self::*] satisfies
                 ($n/self::tei:placeName or $n/self::tei:orgName or $n/self::tei:pubPlace or $n/self::tei:publisher)))"/>
  </xsl:function>

  <xsl:key name="h:notes-by-n" match="tei:text//tei:note[@n]" use="normalize-space(@n)"/>

  <!-- A note's name for screen readers and links: "Note 3", or "Note 1, page 4" where the
       printed numbers restart so that one number names several notes -->
  <xsl:function name="h:note-label" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:variable name="n" select="h:note-number($note)"/>
    <xsl:variable name="page" select="ed:page-of($note)"/>
    <xsl:sequence select="if ($page and count(key('h:notes-by-n', normalize-space($note/@n), root($note))) gt 1)
        then replace(replace(ed:msg('note.on-page'), '{n}', $n, 'q'), '{p}', $page, 'q')
        else ed:msg('note') || ' ' || $n"/>
  </xsl:function>

  <!-- A note's number: as printed, else its place among the notes of the text; an unnumbered
       margin note is counted among the margin notes, with their mark ("m1"), so that it never
       takes a footnote's number -->
  <xsl:function name="h:note-number" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="string(($note/@n[normalize-space()],
        if (ed:is-margin-note($note)) then ed:msg('note.margin-mark') || (ed:notes-before($note, 'margin') + 1)
        else ed:notes-before($note, 'all') + 1)[1])"/>
  </xsl:function>

  <!-- The text of an element as read: corrections not source readings, line breaks as
       spaces, footnotes left out unless the element is (or is inside) that footnote -->
  <xsl:function name="h:plain" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="normalize-space(string-join(h:reading-nodes($el) ! h:reading-of(.)))"/>
  </xsl:function>

  <!-- The nodes an element is read by: its text and line breaks, outside sic and outside notes
       other than the element's own -->
  <xsl:function name="h:reading-nodes" as="node()*">
    <xsl:param name="el" as="element()"/>
    <!-- the notes and readings left out are found once, not looked for above every node -->
    <xsl:variable name="left-out" select="$el//tei:sic | $el//tei:note"/>
    <xsl:sequence select="if ($el/ancestor-or-self::tei:sic) then ()
        else if (empty($left-out)) then $el//(text() | tei:lb)
        else $el//(text() | tei:lb) except $left-out//node()"/>
  </xsl:function>

  <xsl:function name="h:reading-of" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="if ($node/self::tei:lb) then ' ' else string($node)"/>
  </xsl:function>

  <!-- The block a dated mention or a name is read in: its footnote or its paragraph -->
  <xsl:function name="h:context-block" as="element()">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="($node/ancestor::tei:note[ed:is-note(.)][1],
        $node/ancestor::*[self::tei:p or self::tei:head or self::tei:item or self::tei:dateline
                          or self::tei:signed or self::tei:label or self::tei:titlePart][1],
        $node/parent::*)[1]"/>
  </xsl:function>

  <!-- The sentence around a mention, as (text before, the mention, text after), each
       side cut at the sentence boundary and at most $limit characters long. A period after
       a lower-case letter, a digit or a closing mark, followed by a capital, ends a sentence,
       so initials ("J. Smith") do not. -->
  <xsl:function name="h:sentence" as="xs:string+">
    <xsl:param name="mention" as="element()"/>
    <xsl:param name="limit" as="xs:integer"/>
    <xsl:variable name="block" select="h:context-block($mention)"/>
    <xsl:variable name="parts" select="h:reading-nodes($block)"/>
    <!-- only the text near the mention can reach the result, which is cut at $limit once
         its white space is collapsed: the sentence searches look at a window of three times
         that and a little more (a boundary further off leaves the same cut), not at the whole
         block -->
    <xsl:variable name="window" select="3 * $limit + 40"/>
    <xsl:variable name="before" select="string-join($parts[. &lt;&lt; $mention] ! h:reading-of(.))"/>
    <xsl:variable name="before" select="substring($before, string-length($before) - $window + 1)"/>
    <xsl:variable name="after" select="substring(string-join(($parts[. &gt;&gt; $mention]
        except $mention/descendant::node()) ! h:reading-of(.)), 1, $window)"/>
    <!-- a sentence ends at [.!?] after a lower-case letter, digit or closing mark, before white
         space and a capital; the patterns are written out, so that Saxon compiles them once -->
    <!-- each side is cut with one character of the mention beside it, so a sentence that
         ends or begins right at the mention is seen -->
    <xsl:variable name="text" select="h:plain($mention)"/>
    <xsl:variable name="b" select="replace($before || substring($text, 1, 1), '^.*[\p{Ll}\d)\]”’&quot;][.!?][”’&quot;)]*\s+(\p{Lu})', '$1', 's')"/>
    <xsl:variable name="b" select="substring($b, 1, string-length($b) - 1)"/>
    <xsl:variable name="a" select="replace(substring($text, string-length($text)) || $after,
        '^(.*?[\p{Ll}\d)\]”’&quot;][.!?][”’&quot;)]*)\s+\p{Lu}.*$', '$1', 's')"/>
    <xsl:variable name="a" select="substring($a, 2)"/>
    <xsl:sequence select="(
        h:clip-start(normalize-space($b) || (if (matches($b, '\s$')) then ' ' else ''), $limit),
        $text,
        h:clip-end((if (matches($a, '^\s')) then ' ' else '') || normalize-space($a), $limit))"/>
  </xsl:function>

  <xsl:function name="h:clip-start" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="limit" as="xs:integer"/>
    <xsl:sequence select="if (string-length($text) le $limit) then $text
        else '… ' || replace(substring($text, string-length($text) - $limit + 1), '^\S*\s', '')"/>
  </xsl:function>

  <xsl:function name="h:clip-end" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="limit" as="xs:integer"/>
    <xsl:sequence select="if (string-length($text) le $limit) then $text
        else replace(substring($text, 1, $limit), '\s\S*$', '') || ' …'"/>
  </xsl:function>

  <!-- Numbers of the dated mentions of one edition, by generate-id: the chronology's anchors -->
  <xsl:function name="h:date-numbers" as="map(xs:string, xs:integer)">
    <xsl:param name="tei" as="node()"/>
    <xsl:variable name="dates" select="root($tei)//tei:text//tei:date"/>
    <xsl:sequence select="map:merge(for $i in 1 to count($dates) return map{generate-id($dates[$i]): $i})"
                  xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- The chronology's anchor of a dated mention -->
  <xsl:function name="h:date-anchor" as="xs:string">
    <xsl:param name="date" as="element(tei:date)"/>
    <xsl:param name="numbers" as="map(xs:string, xs:integer)"/>
    <xsl:sequence select="ed:edition-id($date) || '-date-' || $numbers(generate-id($date))"/>
  </xsl:function>

  <!-- A value that is a valid HTML datetime (year, month or day) -->
  <xsl:function name="h:is-datetime" as="xs:boolean">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="matches($value, '^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$')"/>
  </xsl:function>

  <!-- A link's target the web edition may use: an anchor of the edition, or a web or mail
       address, written as a URI (characters an IRI allows and a URI does not, < > " { } |
       and letters beyond ASCII, percent-encoded); '' for anything else -->
  <xsl:function name="h:safe-target" as="xs:string">
    <xsl:param name="ref" as="element()"/>
    <xsl:variable name="target" select="normalize-space($ref/@target)"/>
    <xsl:sequence select="if (starts-with($target, '#'))
        then (if (key('h:by-id', substring($target, 2), root($ref))) then $target else '')
        else if (matches($target, '^(https?|mailto):', 'i') and not(matches($target, '\s'))) then iri-to-uri($target)
        else ''"/>
  </xsl:function>

  <!-- Sort key of a register entry: persons by surname (the tagged one, else the last word) -->
  <xsl:function name="h:entry-sort-key" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <!-- registers may already give "Surname, Forename (dates)" -->
    <xsl:variable name="name" select="replace(ed:entry-name($entry), '\s*\([^)]*\)\s*$', '')"/>
    <xsl:sequence select="lower-case(if ($entry/self::tei:person and not(contains($name, ',')))
        then string(($entry//tei:surname, tokenize($name)[last()])[1]) || ' ' || $name
        else $name)"/>
  </xsl:function>

  <!-- Register page of an entity kind ('person', 'place', 'org') -->
  <xsl:function name="h:register-file" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="map{'person': 'persons.html', 'place': 'places.html', 'org': 'organisations.html'}($kind)"/>
  </xsl:function>

  <!-- Heading level of a division's head: the page title is h1, top divisions h2 -->
  <!-- The CSS of an element's renditions (tagsDecl/rendition by @rendition, and @style), kept to
       declarations of typography whose values are plain words, numbers and colours: no url(),
       no expression, nothing that could load or run anything -->
  <xsl:variable name="h:css-properties" as="xs:string+" select="('font-style', 'font-weight', 'font-variant',
      'font-size', 'font-family', 'text-decoration', 'text-transform', 'letter-spacing', 'word-spacing',
      'text-align', 'vertical-align', 'text-indent', 'color', 'background-color', 'border', 'border-bottom',
      'margin-left', 'padding-left', 'line-height', 'white-space')"/>

  <xsl:function name="h:style" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:variable name="ids" select="tokenize($el/@rendition) ! replace(., '^#', '')"/>
    <xsl:variable name="css" select="(root($el)/*/tei:teiHeader//tei:tagsDecl/tei:rendition[@xml:id = $ids]
        [not(@scope)][not(@scheme) or @scheme = 'css'] ! string(.), string($el/@style))"/>
    <xsl:variable name="declarations" as="xs:string*">
      <xsl:for-each select="$css ! tokenize(., ';')">
        <xsl:variable name="property" select="lower-case(normalize-space(substring-before(., ':')))"/>
        <xsl:variable name="value" select="normalize-space(substring-after(., ':'))"/>
        <xsl:if test="$property = $h:css-properties and matches($value, '^[A-Za-z0-9 .,%#()+-]+$')
                      and not(matches($value, 'url|expression|\\', 'i'))">
          <xsl:sequence select="$property || ': ' || $value"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="string-join($declarations, '; ')"/>
  </xsl:function>

  <xsl:function name="h:heading-level" as="xs:integer">
    <xsl:param name="head" as="element()"/>
    <!-- divisions without a heading of their own add no level: no level is skipped -->
    <xsl:sequence select="min((6, count($head/ancestor::tei:div[tei:head]) + 1))"/>
  </xsl:function>

</xsl:stylesheet>
