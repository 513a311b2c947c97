<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- TEI facts to display values: labels, entity look-ups, ids and UI strings every output shares. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    exclude-result-prefixes="#all">

  <!-- The accumulators below (pages, notes, counts) apply to the document being transformed,
       whichever stylesheet imports these functions -->
  <xsl:mode use-accumulators="#all"/>

  <!-- UI language of the outputs; messages.xml holds the strings per language -->
  <xsl:param name="ui-lang" as="xs:string" select="'en'"/>
  <xsl:variable name="ed:messages" select="doc('messages.xml')/messages"/>

  <!-- A UI string by key, e.g. ed:msg('notes') -->
  <xsl:function name="ed:msg" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="hit" select="$ed:messages/msg[@key = $key][@lang = $ui-lang]"/>
    <xsl:sequence select="if ($hit) then string($hit[1]) else error(
        xs:QName('ed:missing-message'), 'no UI string for key ' || $key)"/>
  </xsl:function>

  <!-- A language tag as BCP 47 (HTML's lang, EPUB) writes it: a three-letter ISO 639 code
       becomes its two-letter equivalent where there is one (xml:lang="pol-Latn" gives
       "pl-Latn"); anything else is kept as the TEI writes it -->
  <xsl:key name="ed:two-letter" match="language" use="@three"/>
  <xsl:variable name="ed:languages" select="doc('languages.xml')"/>
  <xsl:function name="ed:bcp47" as="xs:string">
    <xsl:param name="tag" as="xs:string?"/>
    <xsl:variable name="parts" select="tokenize(string($tag), '-')"/>
    <xsl:variable name="two" select="key('ed:two-letter', lower-case($parts[1]), $ed:languages)/@two"/>
    <xsl:sequence select="if ($two) then string-join((string($two[1]), tail($parts)), '-') else string($tag)"/>
  </xsl:function>

  <!-- The edition's identifier, used for file names and permalinks: its idno of type
       'edition', else the first idno of its publicationStmt that can name a file, else the
       name of its file (edition/header_facts.py applies the same rule) -->
  <xsl:function name="ed:edition-id" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="pub" select="ed:file-desc($node)/tei:publicationStmt"/>
    <xsl:variable name="idnos" select="($pub/tei:idno[@type = 'edition'], $pub//tei:idno)
        ! normalize-space(.)[matches(., '^[A-Za-z0-9][A-Za-z0-9._-]*$')]"/>
    <xsl:variable name="file" select="replace(replace(tokenize(string(document-uri(root($node))), '/')[last()],
        '\.[A-Za-z0-9]+$', ''), '[^A-Za-z0-9._-]+', '-')"/>
    <xsl:sequence select="($idnos, replace($file, '^[._-]+', '')[.], 'edition')[1]"/>
  </xsl:function>

  <!-- The fileDesc of the document a node is in (of its first TEI in a corpus) -->
  <xsl:function name="ed:file-desc" as="element(tei:fileDesc)?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(root($node)/*/tei:teiHeader/tei:fileDesc)[1]"/>
  </xsl:function>

  <!-- The edition's title as the header gives it: the main title(s), else the first title,
       else the edition's identifier -->
  <xsl:function name="ed:edition-title" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="titles" select="ed:file-desc($node)/tei:titleStmt/tei:title"/>
    <xsl:variable name="main" select="$titles[@type = 'main'] ! normalize-space(.)[.]"/>
    <xsl:sequence select="(string-join(distinct-values($main), '. ')[.],
        ($titles ! normalize-space(.))[.][1], ed:edition-id($node))[1]"/>
  </xsl:function>

  <!-- The register entry (person, place, org) a name points to, in the file's own standOff:
       looked up in an index, not by a scan of the file per name -->
  <xsl:key name="ed:standoff-entries" match="tei:standOff//*[@xml:id]" use="string(@xml:id)"/>
  <xsl:function name="ed:entry" as="element()?">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="id" select="substring-after($name/@ref, '#')"/>
    <xsl:variable name="root" select="root($name)"/>
    <xsl:sequence select="if ($root instance of document-node()) then key('ed:standoff-entries', $id, $root)[1]
        else $root//tei:standOff//*[@xml:id = $id][1]"/>
  </xsl:function>

  <!-- 'person', 'place' or 'org' for a name element -->
  <xsl:variable name="ed:entity-kinds" as="map(xs:string, xs:string)"
      select="map{'persName': 'person', 'placeName': 'place', 'orgName': 'org'}"/>
  <xsl:function name="ed:entity-kind" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="$ed:entity-kinds(local-name($name))"/>
  </xsl:function>

  <!-- The normalised name of a register entry -->
  <xsl:function name="ed:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="names" select="$entry/(tei:persName | tei:placeName | tei:orgName)"/>
    <xsl:sequence select="normalize-space(($names[@type = ('normalized', 'normalised', 'reg', 'main')], $names)[1])"/>
  </xsl:function>

  <!-- The printed number of the page a node stands on (the last pb before it), or '': carried
       along the document in one pass (the rule fires as a page break ends, so a pb's own page
       is the one before it), not looked up by walking back to the start for every node -->
  <xsl:accumulator name="ed:page" as="xs:string" initial-value="''">
    <xsl:accumulator-rule match="tei:pb[@n]" phase="end" select="string(@n)"/>
  </xsl:accumulator>
  <xsl:function name="ed:page-of" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="carrier" select="if ($node instance of attribute()) then $node/.. else $node"/>
    <xsl:sequence select="if (root($carrier) instance of document-node()) then $carrier/accumulator-before('ed:page')
        else string(($node/preceding::tei:pb[@n])[last()]/@n)"/>
  </xsl:function>

  <!-- How many page breaks begin up to and including a node, in one pass -->
  <xsl:accumulator name="ed:page-breaks" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:pb" select="$value + 1"/>
  </xsl:accumulator>

  <!-- A division's label for tables of contents and running heads: "Chapter 11", "Part III" -->
  <xsl:function name="ed:div-label" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:variable name="type" select="string($div/@type)"/>
    <xsl:variable name="word" select="($ed:messages/msg[@key = 'div.' || $type][@lang = $ui-lang])[1]"/>
    <xsl:variable name="number" select="$div/@n[not(ed:div-n-is-level(root($div)))]"/>
    <xsl:sequence select="normalize-space(string-join((if ($word) then string($word) else (), $number), ' '))"/>
  </xsl:function>

  <!-- Some projects (the Deutsches Textarchiv) write a division's depth in its @n: every
       numbered div's n is its depth, and siblings share it. Such an n is no number to show. -->
  <xsl:key name="ed:div-n-not-depth" match="tei:div[@n][string(@n) != string(count(ancestor-or-self::tei:div))]" use="'any'"/>
  <xsl:key name="ed:div-n-as-sibling" match="tei:div[@n][@n = preceding-sibling::tei:div[1]/@n]" use="'any'"/>
  <xsl:function name="ed:div-n-is-level" as="xs:boolean">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="$root instance of document-node() and empty(key('ed:div-n-not-depth', 'any', $root))
        and exists(key('ed:div-n-as-sibling', 'any', $root))"/>
  </xsl:function>

  <!-- A division's heading as plain text, corrections read as corrected, breaks as spaces -->
  <xsl:function name="ed:head-text" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:variable name="head" select="$div/tei:head[1]"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:for-each select="$head/descendant::node()[self::text() or self::tei:lb]
                            [not(ancestor::tei:sic)][not(ancestor::tei:note)]">
        <xsl:sequence select="if (self::tei:lb) then ' ' else string(.)"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts))"/>
  </xsl:function>

  <!-- Plain text of any element as a reader reads it: corrections, no notes, no sic -->
  <xsl:function name="ed:reading-text" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="normalize-space(string-join($el/descendant::text()
        [not(ancestor::tei:sic)][not(ancestor::tei:note[. is $el or ancestor::* intersect $el])]))"/>
  </xsl:function>

  <!-- True for a note the outputs set as a note (foot, end, margin ...), false for one
       that stands inline in the text, and for notes of the header -->
  <xsl:function name="ed:is-note" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="exists($note[self::tei:note][ancestor::tei:text]
        [not(tokenize(@place) = ('inline', 'inside', 'intext'))]
        [not(@type = 'inline')][not(ancestor::tei:note)][not(ed:is-blank(.))])"/>
  </xsl:function>

  <!-- The text of a character or glyph written with an empty g (gaiji): the mapping of its
       declaration in the header's charDecl (g ref="#id"): the Unicode one, else the
       diplomatic, else the standard one, else any but a private-use one, else that; a
       mapping may be the character itself or its code point (U+017F). '' when the g points
       nowhere in the document -->
  <xsl:function name="ed:g-text" as="xs:string">
    <xsl:param name="g" as="element()"/>
    <xsl:variable name="ref" select="normalize-space($g/@ref)"/>
    <xsl:variable name="decl" select="if (starts-with($ref, '#')) then ($g/ancestor::*[self::tei:TEI or self::tei:teiCorpus]
        /tei:teiHeader/tei:encodingDesc/tei:charDecl/(tei:char | tei:glyph)[@xml:id = substring($ref, 2)])[1] else ()"/>
    <xsl:variable name="mappings" select="$decl/tei:mapping[normalize-space()]"/>
    <xsl:variable name="mapping" select="($mappings[lower-case(@type) = 'unicode'], $mappings[@type = 'diplomatic'],
        $mappings[lower-case(@type) = ('standard', 'standardized', 'normalized', 'normal', 'normal_unicode')],
        $mappings[not(upper-case(@type) = 'PUA')], $mappings)[1]"/>
    <xsl:variable name="value" select="normalize-space($mapping)"/>
    <xsl:sequence select="if (matches($value, '^([Uu]\+[0-9A-Fa-f]{4,6}\s*)+$'))
        then codepoints-to-string((tokenize($value) ! ed:hex(substring(., 3)))
            [. = (9, 10, 13) or (. ge 32 and . le 55295) or (. ge 57344 and . le 65533) or (. ge 65536 and . le 1114111)])
        else string($mapping)"/>
  </xsl:function>

  <!-- The number a string of hexadecimal digits writes -->
  <xsl:function name="ed:hex" as="xs:integer">
    <xsl:param name="digits" as="xs:string"/>
    <xsl:sequence select="fold-left(string-to-codepoints(upper-case($digits)), 0,
        function($n, $c) { $n * 16 + (if ($c le 57) then $c - 48 else $c - 55) })"/>
  </xsl:function>

  <!-- What a gap shows: the encoder's description of what is missing (desc), in brackets
       unless it brings its own (〈1 page duplicate〉), else an ellipsis in brackets -->
  <xsl:function name="ed:gap-text" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:variable name="desc" select="normalize-space(string-join($gap/tei:desc, ' '))"/>
    <xsl:sequence select="if ($desc = '') then '[…]'
        else if (matches($desc, '^[\[(⟨〈&lt;].*[\])⟩〉&gt;]$') or not(matches($desc, '\w'))) then $desc
        else '[' || $desc || ']'"/>
  </xsl:function>

  <!-- True for an entry of a list of persons, places, organisations, events or objects -->
  <xsl:function name="ed:is-entry" as="xs:boolean">
    <xsl:param name="el" as="node()"/>
    <xsl:sequence select="exists($el[self::tei:person or self::tei:personGrp or self::tei:place
        or self::tei:org or self::tei:event or self::tei:object or self::tei:nym])"/>
  </xsl:function>

  <!-- True for an element with nothing to show (<note/>, <note n="3"/>, a note of breaks
       only): a place kept for something never written -->
  <xsl:function name="ed:is-blank" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="not(normalize-space($el))
        and empty($el/descendant::*[not(self::tei:lb or self::tei:pb or self::tei:cb)])"/>
  </xsl:function>

  <!-- A small count written in an attribute (@n, @cols, @rows), or () for anything else -->
  <xsl:function name="ed:int" as="xs:integer?">
    <xsl:param name="value" as="attribute()?"/>
    <xsl:sequence select="if (matches(string($value), '^\s*[0-9]{1,4}\s*$')) then xs:integer(normalize-space($value)) else ()"/>
  </xsl:function>

  <!-- The sigla of the witnesses a reading names (@wit="#A #B"): each witness's @n where the
       header lists it (listWit/witness), else the pointer's name -->
  <xsl:function name="ed:sigla" as="xs:string">
    <xsl:param name="wit" as="attribute()?"/>
    <xsl:sequence select="string-join(tokenize(string($wit)) ! (
        let $id := replace(., '^#', ''),
            $witness := (root($wit)//tei:witness[@xml:id = $id])[1]
        return string(($witness/@n[normalize-space()], $id)[1])), ', ')"/>
  </xsl:function>

  <!-- An end note, gathered where the outputs gather the notes at the end -->
  <xsl:function name="ed:is-endnote" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="exists($note[tokenize(@place) = 'end' or @type = ('endnote', 'end')])"/>
  </xsl:function>

  <!-- A note the source has in its margin (place="margin", "margin-left", "marginOuter",
       "left" ...), standing in the running text: the print edition sets it in its own outer
       margin, beside the line it belongs to, and numbers it with no footnote. Inside a
       heading, a title page or another note it is a footnote, as any other note. -->
  <xsl:variable name="ed:margin-places" as="xs:string+" select="('margin', 'margin-left', 'margin-right',
      'margin-outer', 'margin-inner', 'marginLeft', 'marginRight', 'marginOuter', 'marginInner',
      'margin_left', 'margin_right', 'left', 'right', 'outside', 'inside')"/>

  <xsl:function name="ed:is-margin-note" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="exists($note[ed:is-note(.)][not(ed:is-endnote(.))][tokenize(@place) = $ed:margin-places]
        [not(ancestor::tei:head or ancestor::tei:titlePage or ancestor::tei:docTitle or ancestor::tei:figure
             or ancestor::tei:table)])"/>
  </xsl:function>

  <!-- How many notes (and how many notes other than end notes) end before a node: counted in
       one pass over the document, so that numbering a note does not look at every note before it -->
  <xsl:accumulator name="ed:notes" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:note[ed:is-note(.)]" phase="end" select="$value + 1"/>
  </xsl:accumulator>
  <xsl:accumulator name="ed:footnotes" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:note[ed:is-note(.)][not(ed:is-endnote(.))][not(ed:is-margin-note(.))]" phase="end"
        select="$value + 1"/>
  </xsl:accumulator>
  <xsl:accumulator name="ed:margin-notes" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:note[ed:is-margin-note(.)]" phase="end" select="$value + 1"/>
  </xsl:accumulator>
  <xsl:accumulator name="ed:endnotes" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:note[ed:is-note(.)][ed:is-endnote(.)]" phase="end" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:function name="ed:notes-before" as="xs:integer">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="$node/(if ($kind = 'foot') then accumulator-before('ed:footnotes')
        else if ($kind = 'end') then accumulator-before('ed:endnotes')
        else if ($kind = 'margin') then accumulator-before('ed:margin-notes') else accumulator-before('ed:notes'))"/>
  </xsl:function>

  <!-- Elements that make blocks of their own wherever they stand -->
  <xsl:variable name="ed:block-names" as="xs:string+" select="('p', 'ab', 'l', 'lg', 'sp', 'list',
      'table', 'figure', 'div', 'head', 'quote', 'egXML', 'eg', 'listBibl', 'floatingText',
      'castList', 'opener', 'closer', 'postscript', 'salute', 'signed', 'dateline', 'address',
      'speaker', 'trailer', 'byline', 'epigraph', 'argument', 'cit', 'lem', 'titlePage', 'specList')"/>

  <!-- True where an element of flexible level (quote, stage, bibl ...) is a block: it holds
       blocks, or stands between blocks rather than in running text -->
  <xsl:function name="ed:is-block" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="exists($el/*[local-name() = $ed:block-names][not(self::tei:lem)])
        or exists($el/parent::*[self::tei:div or self::tei:body or self::tei:front or self::tei:back
           or self::tei:sp or self::tei:lg or self::tei:listBibl or self::tei:cit or self::tei:epigraph
           or self::tei:div1 or self::tei:div2 or self::tei:div3 or self::tei:div4 or self::tei:floatingText
           or self::tei:castList or self::tei:figure or self::tei:note or self::tei:sourceDesc])
           and not($el/self::tei:stage and $el/parent::tei:sp and $el/preceding-sibling::node()[1][self::text()[normalize-space()]])"/>
  </xsl:function>

  <!-- True where blocks stand somewhere inside an element (a paragraph, a verse line ...):
       it cannot itself be laid out as a paragraph -->
  <xsl:function name="ed:holds-blocks" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="exists($el/descendant::*[local-name() = $ed:block-names][not(self::tei:lem)]
        [not(ancestor::tei:note[ed:is-note(.)] intersect $el/descendant::tei:note)])"/>
  </xsl:function>

  <!-- An example of markup as its source text, without the examples' namespace; an element
       written with a prefix (xsl:template, svg:rect) keeps it, without the declarations of
       the namespaces, which the example does not show -->
  <xsl:function name="ed:markup-text" as="xs:string">
    <xsl:param name="example" as="element()"/>
    <xsl:variable name="plain">
      <xsl:apply-templates select="$example/node()" mode="ed:no-namespace"/>
    </xsl:variable>
    <xsl:variable name="text" select="serialize($plain, map{'method': 'xml', 'omit-xml-declaration': true()})"/>
    <xsl:variable name="text" select="replace($text, '\s+xmlns:[\w.\-]+=&quot;[^&quot;]*&quot;', '')"/>
    <xsl:sequence select="replace(replace($text, '^\s*
', ''), '\s+$', '')"/>
  </xsl:function>

  <xsl:mode name="ed:no-namespace" on-no-match="shallow-copy"/>
  <xsl:template match="*" mode="ed:no-namespace">
    <xsl:element name="{local-name()}" namespace="">
      <xsl:apply-templates select="@* | node()" mode="ed:no-namespace"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="*[prefix-from-QName(node-name(.))][not(namespace-uri() = (
      'http://www.tei-c.org/ns/1.0', 'http://www.tei-c.org/ns/Examples'))]" mode="ed:no-namespace">
    <xsl:element name="{name()}" namespace="{namespace-uri()}">
      <xsl:apply-templates select="@* | node()" mode="ed:no-namespace"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="@*" mode="ed:no-namespace">
    <xsl:attribute name="{if (namespace-uri() = 'http://www.w3.org/XML/1998/namespace') then 'xml:' || local-name() else local-name()}"
                   namespace="{namespace-uri()}" select="string(.)"/>
  </xsl:template>

  <!-- Divisions of a canonical citation scheme (EpiDoc's and CTS's "textpart"s: book, chapter,
       section) have a short @n and no heading. The outermost such division that holds others
       is headed by its kind and number ("Book 1"); one that holds no division is cited by the
       numbers of it and of its numbered ancestors ("1.22.4"), shown beside its text. -->
  <xsl:function name="ed:is-textpart" as="xs:boolean">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="$div/self::tei:div and empty($div/tei:head)
        and matches(string($div/@n), '^[\p{L}\p{N}]{1,8}([.\-][\p{L}\p{N}]{1,8})*$')
        and not(ed:div-n-is-level(root($div)))"/>
  </xsl:function>

  <xsl:function name="ed:textpart-head" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="kind" select="lower-case(($div/@subtype, $div/@type[not(. = 'textpart')])[1])"/>
    <xsl:variable name="word" select="($ed:messages/msg[@key = 'div.' || $kind][@lang = $ui-lang])[1]"/>
    <xsl:sequence select="if (ed:is-textpart($div) and $div/tei:div
            and not($div/ancestor::tei:div[ed:is-textpart(.)]))
        then normalize-space(string-join((if ($word) then string($word)
            else upper-case(substring($kind, 1, 1)) || substring($kind, 2), string($div/@n)), ' '))
        else ''"/>
  </xsl:function>

  <xsl:function name="ed:textpart-reference" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="if (ed:is-textpart($div) and empty($div/tei:div))
        then string-join($div/ancestor-or-self::tei:div[ed:is-textpart(.)]/@n, '.') else ''"/>
  </xsl:function>

  <!-- A person's name as a reader reads it: where a persName is tagged in parts and has no
       words outside them, its forenames, name links (von, de), surnames and generational names
       in that order, whatever order the TEI writes them in ("Kant Immanuel" in a header that
       tags surname first is "Immanuel Kant"); otherwise its text -->
  <xsl:function name="ed:name-as-read" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:variable name="name" select="($el/descendant-or-self::tei:persName[tei:surname or tei:forename]
        [not(text()[normalize-space()])])[1]"/>
    <xsl:sequence select="if ($name and normalize-space($el) = normalize-space($name)) then string-join((
          $name/tei:roleName, $name/tei:forename, $name/tei:nameLink, $name/tei:surname,
          $name/tei:genName, $name/tei:addName) ! normalize-space()[.], ' ')
        else normalize-space($el)"/>
  </xsl:function>

  <!-- Where a text records the lineation of its source (the Deutsches Textarchiv, EEBO: more
       than two line breaks for each paragraph), a line break inside prose (a paragraph, note,
       item or anonymous block) is where a printed line of the source ended, not a break the text
       asks for: the outputs that set lines of their own (print, EPUB) read it as a space. Breaks
       in verse, headings, title pages, addresses, closers and cells stay breaks. -->
  <xsl:function name="ed:records-lineation" as="xs:boolean">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="count($doc//tei:text//tei:lb[not(@break = 'no')]) gt 2 * count($doc//tei:text//tei:p)"/>
  </xsl:function>

  <xsl:function name="ed:lb-in-prose" as="xs:boolean">
    <xsl:param name="lb" as="element()"/>
    <xsl:variable name="nearest" select="$lb/ancestor::*[self::tei:p or self::tei:note or self::tei:item or self::tei:ab
        or self::tei:head or self::tei:titlePage or self::tei:lg or self::tei:l or self::tei:address
        or self::tei:opener or self::tei:closer or self::tei:signed or self::tei:dateline or self::tei:salute
        or self::tei:cell or self::tei:byline or self::tei:docImprint or self::tei:titlePart or self::tei:trailer
        or self::tei:speaker or self::tei:stage or self::tei:label or self::tei:figure][1]"/>
    <xsl:sequence select="exists($nearest[self::tei:p or self::tei:note or self::tei:item or self::tei:ab])"/>
  </xsl:function>

  <!-- The break inside a word (break="no") that a node continues: the nearest sibling before
       it that is no white space, no forme work (a catchword, a running head) and no other break
       ("Un<lb break="no"/><fw>willen</fw><pb/><lb/>willen" is one word) -->
  <xsl:function name="ed:word-break-before" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/preceding-sibling::node()[not(self::text()[not(normalize-space())] or self::tei:fw
        or self::*[self::tei:lb or self::tei:pb or self::tei:cb][not(@break = 'no')])][1]
        [self::*[@break = 'no'][self::tei:lb or self::tei:pb or self::tei:cb]]"/>
  </xsl:function>

  <!-- The space that stands for a line break read as one: none where a space is already there
       or the break is inside a word -->
  <xsl:function name="ed:lb-space" as="xs:string">
    <xsl:param name="lb" as="element()"/>
    <xsl:sequence select="if (exists(ed:word-break-before($lb)) or matches(string($lb/preceding-sibling::node()[1][self::text()]), '\s$')
        or matches(string($lb/following-sibling::node()[1][self::text()]), '^\s')) then '' else ' '"/>
  </xsl:function>

  <!-- A milestone drawn as a line across the text (its rend or rendition says "hr", "rule" or
       "line", as the Deutsches Textarchiv writes a section divider) -->
  <xsl:function name="ed:is-rule" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="tokenize(lower-case(string-join(($el/@rend, tokenize($el/@rendition) ! replace(., '^#', '')), ' ')), '[\s;:,()]+')
        = ('hr', 'rule', 'line', 'hrule', 'horizontal-rule')"/>
  </xsl:function>

  <!-- The label of a reference point of the text that is no page: a column break ("col. 2"),
       a numbered milestone (a section's "§ 3", a chapter's "ch. 4", or its unit and number);
       empty where there is no number to show -->
  <xsl:function name="ed:reference-label" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:variable name="unit" select="lower-case(normalize-space($el/@unit))"/>
    <xsl:variable name="key" select="if ($el/self::tei:cb) then 'milestone.column' else 'milestone.' || $unit"/>
    <xsl:sequence select="if (not(normalize-space($el/@n))) then ''
        else if ($ed:messages/msg[@key = $key][@lang = $ui-lang]) then ed:msg($key) || ' ' || normalize-space($el/@n)
        else string-join(($unit[. and not(. = ('unnumbered', 'absent'))], normalize-space($el/@n)), ' ')"/>
  </xsl:function>

  <!-- The rendition of an element as words the outputs know (italic, bold, smallcaps, sup,
       sub, underline, strike, spaced, center, right): from @rend, and from @rendition
       through the CSS of the header's tagsDecl or the pointer's own name -->
  <xsl:function name="ed:rend" as="xs:string*">
    <xsl:param name="el" as="element()"/>
    <!-- most elements have none of the attributes: nothing to look up -->
    <xsl:choose>
      <xsl:when test="empty($el/(@rend | @style | @rendition))"/>
      <xsl:otherwise>
        <xsl:variable name="words" select="tokenize(lower-case(string-join(($el/@rend, $el/@style), ' ')), '[\s;:,()]+')"/>
        <xsl:variable name="ids" select="tokenize($el/@rendition) ! replace(., '^#', '')"/>
        <xsl:variable name="css" select="lower-case(string-join(
            root($el)/*/tei:teiHeader//tei:tagsDecl/tei:rendition[@xml:id = $ids], ' '))"/>
        <xsl:variable name="all" select="($words, $ids ! lower-case(.))"/>
        <xsl:sequence select="distinct-values((
            if ($all = ('italic', 'italics', 'i', 'it', 'em', 'emph', 'ital') or contains($css, 'italic')) then 'italic' else (),
            if ($all = ('bold', 'b', 'strong', 'bo') or contains($css, 'bold')) then 'bold' else (),
            if ($all = ('smallcaps', 'small-caps', 'sc', 'k', 'caps') or contains($css, 'small-caps')) then 'smallcaps' else (),
            if ($all = ('sup', 'superscript', 'super', 'above') or contains($css, 'super')) then 'sup' else (),
            if ($all = ('sub', 'subscript', 'below') or contains($css, 'vertical-align: sub')) then 'sub' else (),
            if ($all = ('underline', 'u', 'ul', 'uu') or contains($css, 'underline')) then 'underline' else (),
            if ($all = ('strike', 'strikethrough', 'line-through', 'overstrike') or contains($css, 'line-through')) then 'strike' else (),
            if ($all = ('spaced', 'g', 'letterspace', 'gesperrt', 'expanded') or contains($css, 'letter-spacing')) then 'spaced' else (),
            if ($all = ('center', 'centre', 'c', 'centered') or contains($css, 'text-align: center')) then 'center' else (),
            if ($all = ('right', 'align-right', 'flush-right') or contains($css, 'text-align: right')) then 'right' else ()))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Human-readable value of a date element, e.g. "1922-03 to 1922-05" -->
  <xsl:function name="ed:date-value" as="xs:string">
    <xsl:param name="date" as="element(tei:date)"/>
    <xsl:sequence select="if ($date/@when) then string($date/@when)
        else if ($date/@from or $date/@to) then string-join(($date/@from, $date/@to), ' – ')
        else string-join(($date/@notBefore, $date/@notAfter), ' – ')"/>
  </xsl:function>

  <!-- Sort key of a date: its earliest possible day -->
  <xsl:function name="ed:date-sort-key" as="xs:string">
    <xsl:param name="date" as="element(tei:date)"/>
    <xsl:sequence select="string(($date/@when, $date/@from, $date/@notBefore, $date/@to, $date/@notAfter)[1])"/>
  </xsl:function>

</xsl:stylesheet>
