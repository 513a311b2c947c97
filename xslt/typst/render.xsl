<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The behaviours of xslt/common/behaviours.xsl implemented for print: TEI nodes to Typst calls.

     Every behaviour writes calls of the functions in book.typ; text only ever passes
     through ed:typst-text (escape.xsl). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    exclude-result-prefixes="#all">

  <!-- ids some ref in the text points to: only those need an anchor -->
  <xsl:key name="ed:ref-target" match="tei:ref[starts-with(@target, '#')]" use="substring(@target, 2)"/>

  <!-- the page breaks of the text by their printed number -->
  <xsl:key name="ed:pb-by-n" match="tei:text//tei:pb[@n]" use="string(@n)"/>

  <!-- Counts found in one pass over the document
       rather than by looking at everything before a node: the number of emendations and of
       apparatus entries up to and including a node (the page a node stands on is ed:page-of) -->
  <xsl:accumulator name="ed:print-emendations" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:choice[tei:sic and tei:corr]" phase="start" select="$value + 1"/>
  </xsl:accumulator>
  <xsl:accumulator name="ed:print-apps" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:app" phase="start" select="$value + 1"/>
  </xsl:accumulator>

  <!-- ================================================================ text -->

  <!-- Runs of white space are one space, and none at the start or end of a block -->
  <xsl:template name="ed:text">
    <xsl:variable name="text" select="string(.)"/>
    <xsl:variable name="inner" select="normalize-space($text)"/>
    <xsl:choose>
      <!-- no white space to collapse or trim (most text): no need to know the block's ends -->
      <xsl:when test="$inner = $text">
        <xsl:if test="$text">
          <xsl:value-of select="ed:typst-text($text)"/>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="block" select="ed:block-of(.)"/>
        <xsl:variable name="here" select="."/>
        <xsl:variable name="ends" select="if ($block) then $ed:block-ends(generate-id($block)) else ()"/>
        <xsl:variable name="collapsed" select="ed:collapse-space($text, $inner)"/>
        <!-- nothing opens a line after a line break either -->
        <xsl:variable name="start-trimmed" select="if (starts-with($collapsed, ' ') and (empty($ends)
            or not($ends[1] &lt;&lt; $here)
            or preceding-sibling::node()[1][self::tei:lb][not(ed:lb-reads-as-space(.))]))
            then substring($collapsed, 2) else $collapsed"/>
        <xsl:variable name="trimmed" select="if (ends-with($start-trimmed, ' ') and (empty($ends) or not($ends[2] &gt;&gt; $here)))
            then substring($start-trimmed, 1, string-length($start-trimmed) - 1) else $start-trimmed"/>
        <xsl:if test="$trimmed">
          <xsl:value-of select="ed:typst-text($trimmed)"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- $text with each run of white space (XPath's \s: space, tab, line ends) as one space, as
       replace($text, '\s+', ' ') makes it, without a regular expression (Saxon's is slow over
       the many text nodes of a book); $inner is normalize-space($text) -->
  <xsl:function name="ed:collapse-space" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="inner" as="xs:string"/>
    <xsl:variable name="white" select="(' ', '&#9;', '&#10;', '&#13;')"/>
    <xsl:sequence select="if ($inner = '') then (if ($text = '') then '' else ' ')
        else (if (substring($text, 1, 1) = $white) then ' ' else '') || $inner
             || (if (substring($text, string-length($text)) = $white) then ' ' else '')"/>
  </xsl:function>

  <!-- For each block, the first and the last node in it that prints words (text, and the empty
       elements the model writes text for): no white space is set before the one or after the
       other. Found in one pass, so that a long paragraph costs no more per word than a short one. -->
  <xsl:variable name="ed:block-ends" as="map(xs:string, node()+)">
    <xsl:map>
      <xsl:for-each-group select="//(text()[normalize-space()] | tei:ptr | tei:gap | tei:graphic | tei:specDesc)
          [not(ancestor::tei:sic)][not(ancestor::tei:teiHeader)]" group-by="generate-id(ed:block-of(.))">
        <xsl:if test="current-grouping-key() != ''">
          <xsl:map-entry key="current-grouping-key()" select="(current-group()[1], current-group()[last()])"/>
        </xsl:if>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- The element a text node is laid out in as one block (paragraph, heading, note ...); an
       author or date inside a byline or imprint is a part of that line -->
  <xsl:function name="ed:block-of" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor::*[self::tei:p or self::tei:head or self::tei:body or self::tei:front
        or self::tei:back or self::tei:note or self::tei:item
        or self::tei:signed or self::tei:dateline or self::tei:titlePart
        or self::tei:byline or self::tei:docImprint
        or self::*[self::tei:docAuthor or self::tei:docDate][not(ancestor::tei:byline or ancestor::tei:docImprint)]
        or self::tei:div or self::tei:closer or self::tei:l or self::tei:line or self::tei:speaker or self::tei:ab
        or self::tei:salute or self::tei:addrLine or self::tei:trailer or self::tei:castItem
        or self::tei:cell or self::tei:figDesc or self::tei:caption or self::tei:wit
        or self::tei:stage[ed:is-block(.)] or self::tei:bibl[ed:is-block(.)]
        or self::tei:lg or self::tei:sp or self::tei:opener or self::tei:postscript or self::tei:figure][1]"/>
  </xsl:function>

  <!-- A comment naming the element a block is made from, by its position in the TEI, so that
       a typst error can be traced back to the TEI (edition/render/typst_source.py) -->
  <xsl:function name="ed:source-mark" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="'// tei: /' || string-join($el/ancestor-or-self::* ! ('*[' || (count(preceding-sibling::*) + 1) || ']'), '/')
        || '&#10;'"/>
  </xsl:function>

  <!-- ================================================================ inline -->

  <xsl:template name="ed:inline">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="rend" select="ed:rend(.)"/>
    <xsl:variable name="content">
      <xsl:value-of select="map{'gi': ed:typst-text('&lt;'), 'tag': ed:typst-text('&lt;'), 'att': ed:typst-text('@'),
          'supplied': ed:typst-text('['), 'note-inline': ed:typst-text('('), 'soCalled': ed:typst-text('‘'),
          'quoted': ed:typst-text('“'), 'surplus': ed:typst-text('{'), 'secl': ed:typst-text('{')}($kind)"/>
      <xsl:apply-templates mode="ed:render"/>
      <xsl:value-of select="map{'gi': ed:typst-text('&gt;'), 'tag': ed:typst-text('&gt;'),
          'supplied': ed:typst-text(']'), 'note-inline': ed:typst-text(')'), 'soCalled': ed:typst-text('’'),
          'quoted': ed:typst-text('”'), 'surplus': ed:typst-text('}'), 'secl': ed:typst-text('}')}($kind)"/>
    </xsl:variable>
    <xsl:variable name="lang" select="ed:typst-lang(@xml:lang)"/>
    <xsl:variable name="functions" as="xs:string*" select="
        if ($kind = 'foreign' or ($kind = 'hi' and @xml:lang)) then ()
        else if ($kind = 'title' and @level = 'a') then ()
        else if ($kind = ('title', 'emph', 'term', 'mentioned', 'gloss', 'stage')) then 'ed-italic'
        else if ($kind = 'del') then 'ed-strike'
        else if ($kind = ('gi', 'att', 'val', 'tag', 'code', 'ident')) then 'ed-mono'
        else if ($kind = 'hi' and empty($rend)) then 'ed-italic'
        else ($rend ! map{'italic': 'ed-italic', 'bold': 'ed-bold', 'smallcaps': 'ed-smallcaps',
              'sup': 'ed-superscript', 'sub': 'ed-subscript', 'underline': 'ed-underline',
              'strike': 'ed-strike', 'spaced': 'ed-spaced'}(.))"/>
    <xsl:choose>
      <xsl:when test="$kind = ('foreign', 'hi') and exists($lang)">
        <xsl:value-of select="'#ed-lang(' || ed:typst-string($lang[1]) || ', region: '
            || ed:typst-string-or-none($lang[2]) || ', italic: ' || ($kind = 'foreign' or $rend = 'italic') || ')['"/>
        <xsl:value-of select="$content"/>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="string-join($functions ! ('#' || . || '['))"/>
        <xsl:value-of select="$content"/>
        <xsl:value-of select="string-join($functions ! ']')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- literal text the model adds -->
  <xsl:template name="ed:text-of">
    <xsl:param name="text" as="xs:string"/>
    <xsl:value-of select="ed:typst-text($text)"/>
  </xsl:template>

  <!-- a group of texts and its texts are read on as the book goes on: no container, so
       their headings may open pages; any other group is a block -->
  <xsl:template name="ed:group">
    <xsl:param name="kind" as="xs:string" select="local-name()"/>
    <xsl:value-of select="ed:source-mark(.)"/>
    <xsl:call-template name="ed:anchor"/>
    <xsl:choose>
      <xsl:when test="not(ed:contained(.)) and $kind = ('group', 'text', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7')">
        <xsl:apply-templates mode="ed:render"/>
        <xsl:text>&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="'#ed-group(' || ed:typst-string($kind) || ')[&#10;'"/>
        <xsl:apply-templates mode="ed:render"/>
        <xsl:text>]&#10;&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- True inside an element the print edition sets as a block (a container), where
       typst allows no page break and no page of its own -->
  <xsl:function name="ed:contained" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/ancestor::*[self::tei:floatingText or self::tei:quote or self::tei:said
        or self::tei:q or self::tei:cit or self::tei:sp or self::tei:note or self::tei:cell or self::tei:item
        or self::tei:figure or self::tei:lg or self::tei:opener or self::tei:closer or self::tei:postscript
        or self::tei:epigraph or self::tei:argument or self::tei:castList or self::tei:listBibl or self::tei:p
        or self::tei:ab or self::tei:list or self::tei:table or self::tei:l or self::tei:app or self::tei:address
        or self::tei:spGrp or self::tei:exemplum])"/>
  </xsl:function>

  <!-- the lemma in the text; the readings, with their witnesses, in a lettered note -->
  <xsl:template name="ed:app">
    <xsl:param name="lemma" as="element()?"/>
    <xsl:param name="readings" as="element()*"/>
    <xsl:variable name="content">
      <xsl:apply-templates select="$lemma" mode="ed:render"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="empty($readings) or ancestor::tei:head or ancestor::tei:note">
        <xsl:value-of select="$content"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="'#ed-app(' || ed:typst-string(format-integer(accumulator-before('ed:print-apps'), 'a')) || ', ['"/>
        <!-- lemma] sigla  reading sigla; reading sigla -->
        <xsl:if test="$lemma">
          <xsl:apply-templates select="$lemma" mode="ed:render"/>
          <xsl:value-of select="ed:typst-text('] ')"/>
          <xsl:if test="$lemma/@wit">
            <xsl:value-of select="'#emph[' || ed:typst-text(ed:sigla($lemma/@wit)) || ']' || ed:typst-text(' ')"/>
          </xsl:if>
        </xsl:if>
        <xsl:for-each select="$readings">
          <xsl:if test="position() gt 1">
            <xsl:value-of select="ed:typst-text('; ')"/>
          </xsl:if>
          <xsl:choose>
            <xsl:when test="self::tei:rdg and not(normalize-space())">
              <xsl:value-of select="'#emph[' || ed:typst-text(ed:msg('omitted')) || ']'"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:apply-templates mode="ed:render"/>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:if test="@wit">
            <xsl:value-of select="' #emph[' || ed:typst-text(ed:sigla(@wit)) || ']'"/>
          </xsl:if>
        </xsl:for-each>
        <xsl:text>])[</xsl:text>
        <xsl:value-of select="$content"/>
        <xsl:text>]</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a table: as many columns as its widest row -->
  <xsl:template name="ed:table">
    <xsl:variable name="columns" select="max((1, tei:row ! sum(tei:cell ! (if (ed:int(@cols) gt 1) then ed:int(@cols) else 1))))"/>
    <xsl:if test="tei:head">
      <xsl:text>#ed-plain[#strong[</xsl:text>
      <xsl:apply-templates select="tei:head/node()" mode="ed:render"/>
      <xsl:text>]]&#10;</xsl:text>
    </xsl:if>
    <xsl:value-of select="ed:source-mark(.)"/>
    <xsl:value-of select="'#ed-table(columns: ' || $columns || ',&#10;'"/>
    <xsl:apply-templates select="tei:row" mode="ed:render"/>
    <xsl:text>)&#10;&#10;</xsl:text>
    <xsl:apply-templates select="* except (tei:head | tei:row)" mode="ed:render"/>
  </xsl:template>

  <xsl:template name="ed:row">
    <xsl:apply-templates select="tei:cell" mode="ed:render"/>
  </xsl:template>

  <xsl:template name="ed:cell">
    <xsl:variable name="cols" select="if (ed:int(@cols) gt 1) then ed:int(@cols) else 1"/>
    <xsl:variable name="rows" select="if (ed:int(@rows) gt 1) then ed:int(@rows) else 1"/>
    <xsl:value-of select="if ($cols gt 1 or $rows gt 1)
        then '  table.cell(colspan: ' || $cols || ', rowspan: ' || $rows || ')['
        else '  ['"/>
    <xsl:if test="@role = 'label' or ../@role = 'label'">#strong[</xsl:if>
    <xsl:apply-templates mode="ed:render"/>
    <xsl:if test="@role = 'label' or ../@role = 'label'">]</xsl:if>
    <xsl:text>],&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="ed:figure">
    <xsl:call-template name="ed:group">
      <xsl:with-param name="kind" select="'figure'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ed:graphic">
    <xsl:variable name="href" select="$ed:images(string(@url))"/>
    <xsl:choose>
      <xsl:when test="$href">
        <xsl:value-of select="'#ed-graphic(' || ed:typst-string($href) || ')'"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="'#text(fill: luma(40%))[' || ed:typst-text('[' || ed:msg('image') || ': '
            || tokenize(string(@url), '/')[last()] || ']') || ']'"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- forme work is left out of the print edition -->
  <xsl:template name="ed:margin">
    <xsl:param name="kind" as="xs:string" select="local-name()"/>
  </xsl:template>

  <xsl:template name="ed:pointer">
    <xsl:variable name="target" select="normalize-space(@target)"/>
    <xsl:variable name="label" select="string((@target, @cRef)[1])"/>
    <xsl:choose>
      <xsl:when test="matches($target, '^(https?|mailto):') and not(matches($target, '\s'))">
        <xsl:value-of select="'#link(' || ed:typst-string($target) || ')[' || ed:typst-text($label) || ']'"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="ed:typst-text($label)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a formula: its MathML as Typst math. Every identifier longer than a letter, every
       operator and all other text become Typst strings, so no character of the formula
       is read as Typst syntax -->
  <xsl:template name="ed:math">
    <xsl:param name="math" as="element()"/>
    <xsl:param name="tex" as="xs:string"/>
    <xsl:param name="display" as="xs:boolean" select="false()"/>
    <xsl:variable name="body">
      <xsl:apply-templates select="$math/node()" mode="ed:typst-math"/>
    </xsl:variable>
    <xsl:value-of select="if ($display) then '$ ' || normalize-space($body) || ' $&#10;' else '#box($' || normalize-space($body) || '$)'"/>
  </xsl:template>

  <xsl:mode name="ed:typst-math" on-no-match="shallow-skip"/>

  <!-- a group: its parts side by side, in parentheses where it is an argument -->
  <xsl:template match="mml:mrow | mml:mstyle | mml:mpadded | mml:mphantom | mml:menclose | mml:semantics"
      mode="ed:typst-math" xmlns:mml="http://www.w3.org/1998/Math/MathML">
    <xsl:text> </xsl:text>
    <xsl:apply-templates select="*" mode="ed:typst-math"/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="mml:annotation | mml:annotation-xml" mode="ed:typst-math"
      xmlns:mml="http://www.w3.org/1998/Math/MathML"/>

  <xsl:template match="mml:mi | mml:mn | mml:mo | mml:mtext | mml:ms" mode="ed:typst-math"
      xmlns:mml="http://www.w3.org/1998/Math/MathML">
    <xsl:variable name="text" select="normalize-space(.)"/>
    <xsl:choose>
      <xsl:when test="$text = ''"/>
      <!-- a single letter is a variable, set in italics as mathematics sets it -->
      <xsl:when test="self::mml:mi and matches($text, '^\p{L}$') and not(@mathvariant = 'normal')">
        <xsl:value-of select="' ' || $text || ' '"/>
      </xsl:when>
      <xsl:when test="self::mml:mn and matches($text, '^[0-9]+(\.[0-9]+)?$')">
        <xsl:value-of select="' ' || $text || ' '"/>
      </xsl:when>
      <xsl:when test="self::mml:mi">
        <xsl:value-of select="' upright(' || ed:typst-string($text) || ') '"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="' ' || ed:typst-string($text) || ' '"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="mml:mspace" mode="ed:typst-math" xmlns:mml="http://www.w3.org/1998/Math/MathML">
    <xsl:text> thin </xsl:text>
  </xsl:template>

  <xsl:template match="mml:msup | mml:msub | mml:msubsup | mml:mover | mml:munder | mml:munderover"
      mode="ed:typst-math" xmlns:mml="http://www.w3.org/1998/Math/MathML" expand-text="yes">
    <xsl:variable name="parts" select="*"/>
    <xsl:variable name="base" select="ed:typst-math-arg($parts[1])"/>
    <xsl:choose>
      <xsl:when test="self::mml:msup or self::mml:msub or self::mml:msubsup"> attach({$base}, <xsl:value-of select="if (self::mml:msup) then 't: ' || ed:typst-math-arg($parts[2])
          else if (self::mml:msub) then 'b: ' || ed:typst-math-arg($parts[2])
          else 'b: ' || ed:typst-math-arg($parts[2]) || ', t: ' || ed:typst-math-arg($parts[3])"/>) </xsl:when>
      <xsl:when test="self::mml:mover">attach({$base}, t: {ed:typst-math-arg($parts[2])})</xsl:when>
      <xsl:when test="self::mml:munder">attach({$base}, b: {ed:typst-math-arg($parts[2])})</xsl:when>
      <xsl:otherwise>attach({$base}, b: {ed:typst-math-arg($parts[2])}, t: {ed:typst-math-arg($parts[3])})</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="mml:mfrac" mode="ed:typst-math" xmlns:mml="http://www.w3.org/1998/Math/MathML">
    <xsl:value-of select="' frac(' || ed:typst-math-arg(*[1]) || ', ' || ed:typst-math-arg(*[2]) || ') '"/>
  </xsl:template>

  <xsl:template match="mml:msqrt" mode="ed:typst-math" xmlns:mml="http://www.w3.org/1998/Math/MathML">
    <xsl:variable name="inner">
      <xsl:apply-templates select="*" mode="ed:typst-math"/>
    </xsl:variable>
    <xsl:value-of select="' sqrt(' || (normalize-space($inner)[.], '&quot;&quot;')[1] || ') '"/>
  </xsl:template>

  <xsl:template match="mml:mroot" mode="ed:typst-math" xmlns:mml="http://www.w3.org/1998/Math/MathML">
    <xsl:value-of select="' root(' || ed:typst-math-arg(*[2]) || ', ' || ed:typst-math-arg(*[1]) || ') '"/>
  </xsl:template>

  <xsl:template match="mml:mtable" mode="ed:typst-math" xmlns:mml="http://www.w3.org/1998/Math/MathML">
    <xsl:value-of select="' mat(' || string-join(mml:mtr ! string-join(mml:mtd ! ed:typst-math-arg(.), ', '), '; ') || ') '"/>
  </xsl:template>

  <!-- one part as an argument of a Typst math function, or an empty string where it is empty -->
  <xsl:function name="ed:typst-math-arg" as="xs:string">
    <xsl:param name="part" as="element()?"/>
    <xsl:variable name="text">
      <xsl:apply-templates select="$part" mode="ed:typst-math"/>
    </xsl:variable>
    <xsl:sequence select="if (normalize-space($text)) then normalize-space($text) else '&quot;&quot;'"/>
  </xsl:function>

  <xsl:template name="ed:code">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="kind" as="xs:string" select="local-name()"/>
    <xsl:choose>
      <xsl:when test="$kind = ('egXML', 'eg') and not(ancestor::tei:p or ancestor::tei:item
                      or ancestor::tei:cell or ancestor::tei:l or ancestor::tei:head or ancestor::tei:note)">
        <xsl:value-of select="'#ed-code-block(' || ed:typst-code-string($text) || ')&#10;&#10;'"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="'#ed-mono[' || ed:typst-text(if ($kind = 'gi') then '&lt;' || $text || '&gt;' else $text) || ']'"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The note's number in this edition: consecutive within its chapter (or top division) -->
  <xsl:function name="ed:note-scope" as="element()">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($note/ancestor::tei:div[@type = 'chapter'][1], $note/ancestor::tei:div[last()],
                           $note/ancestor::*[self::tei:front or self::tei:body or self::tei:back][1])[1]"/>
  </xsl:function>

  <!-- True where the source numbered the notes of this chapter consecutively (1, 2, 3 ...
       or 18, 19, 20 ... continuing an earlier chapter): then the printed numbers are kept -->
  <xsl:function name="ed:notes-as-printed" as="xs:boolean">
    <xsl:param name="scope" as="element()"/>
    <xsl:sequence select="($ed:printed-scopes(generate-id($scope)), ed:notes-counted-as-printed($scope))[1]"/>
  </xsl:function>

  <!-- computed once for each element that can be a note's scope -->
  <xsl:variable name="ed:printed-scopes" as="map(xs:string, xs:boolean)" select="map:merge(
      (//tei:div[@type = 'chapter'] | //tei:div[not(ancestor::tei:div)] | //tei:front | //tei:body | //tei:back)
      [.//tei:note] ! map{generate-id(.): ed:notes-counted-as-printed(.)})"
      xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>

  <xsl:function name="ed:notes-counted-as-printed" as="xs:boolean">
    <xsl:param name="scope" as="element()"/>
    <xsl:variable name="numbers" select="$scope//tei:note[ed:is-note(.)][not(ed:is-endnote(.))][not(ed:is-margin-note(.))]/@n
        ! string(.)"/>
    <xsl:variable name="integers" select="$numbers ! (if (. castable as xs:integer) then xs:integer(.) else ())"/>
    <xsl:sequence select="count($integers) = count($numbers)
        and (every $i in 2 to count($integers) satisfies $integers[$i] = $integers[$i - 1] + 1)"/>
  </xsl:function>

  <!-- The note's number in this edition: as printed where the source counts through the
       chapter, else consecutive within the chapter (the printed number is then cited) -->
  <xsl:function name="ed:note-number" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="scope" select="ed:note-scope($note)"/>
    <xsl:sequence select="if ($note/@n and ed:notes-as-printed($scope)) then string($note/@n)
        else string(ed:notes-before($note, 'foot') - ed:notes-before($scope, 'foot') + 1)"/>
  </xsl:function>

  <!-- an end note: its number at its place, its text in the notes at the end of the book -->
  <xsl:function name="ed:endnote-number" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="string(ed:notes-before($note, 'end') + 1)"/>
  </xsl:function>

  <xsl:template name="ed:note">
    <xsl:choose>
      <xsl:when test="ed:is-endnote(.)">
        <xsl:value-of select="'#ed-endnote-ref(' || ed:typst-string(ed:endnote-number(.)) || ')'"/>
      </xsl:when>
      <xsl:when test="ed:is-margin-note(.)">
        <xsl:variable name="inline" select="exists(ed:block-of(.)[not(self::tei:div or self::tei:body
            or self::tei:front or self::tei:back)])"/>
        <xsl:value-of select="'#ed-margin-note(inline: ' || $inline || ')['"/>
        <xsl:apply-templates mode="ed:render"/>
        <xsl:text>]</xsl:text>
        <xsl:if test="not($inline)">
          <xsl:text>&#10;</xsl:text>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="ed:footnote"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the notes at the end of the book, each after its number -->
  <xsl:template name="ed:endnotes">
    <xsl:variable name="notes" select="//tei:text//tei:note[ed:is-note(.)][ed:is-endnote(.)]"/>
    <xsl:if test="$notes">
      <xsl:value-of select="'#ed-back-heading(' || ed:typst-string(ed:msg('notes')) || ')&#10;'"/>
      <xsl:for-each select="$notes">
        <xsl:value-of select="'#ed-endnote(' || ed:typst-string(ed:endnote-number(.)) || ')['"/>
        <xsl:apply-templates mode="ed:render"/>
        <xsl:text>]&#10;</xsl:text>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ed:footnote">
    <xsl:variable name="scope" select="ed:note-scope(.)"/>
    <xsl:variable name="page" select="ed:page-of(.)"/>
    <!-- where the source numbered otherwise (per page), the note cites its printed number -->
    <xsl:variable name="printed" select="
        if (ed:notes-as-printed($scope) or not(@n)) then ''
        else string-join((if ($page) then ed:msg('page.abbr') || ' ' || $page || ',' else (),
                          ed:msg('note.abbr'), string(@n)), ' ')"/>
    <xsl:value-of select="'#ed-note(' || ed:typst-string(ed:note-number(.))
        || ', printed: ' || ed:typst-string-or-none($printed) || ')['"/>
    <xsl:apply-templates mode="ed:render"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- the source's lineation is no break in the print edition's own lines (ed:records-lineation) -->
  <xsl:variable name="ed:source-lineation" as="xs:boolean" select="ed:records-lineation(/)"/>
  <xsl:function name="ed:lb-reads-as-space" as="xs:boolean">
    <xsl:param name="lb" as="element()"/>
    <xsl:sequence select="$ed:source-lineation and ed:lb-in-prose($lb)"/>
  </xsl:function>

  <!-- A break or mark inside a block's text (a paragraph, a note), not between blocks -->
  <xsl:function name="ed:in-line" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="exists(ed:block-of($el)[not(self::tei:div or self::tei:body or self::tei:front or self::tei:back)])"/>
  </xsl:function>

  <xsl:template name="ed:break">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:choose>
      <!-- in a heading a space goes before it, which the PDF's bookmarks read as a word
           space; a space of markup (not of text) is dropped at the end of the line -->
      <xsl:when test="$kind = 'lb' and ancestor::tei:head">#[ ]#linebreak()</xsl:when>
      <xsl:when test="$kind = 'lb' and ed:lb-reads-as-space(.)">
        <xsl:if test="ed:lb-space(.)"><xsl:value-of select="ed:typst-text(' ')"/></xsl:if>
      </xsl:when>
      <xsl:when test="$kind = 'lb'">#linebreak()</xsl:when>
      <xsl:when test="$kind = 'milestone' and ed:is-rule(.)">#ed-divider()&#10;</xsl:when>
      <!-- a column or a numbered milestone: its label in the outer margin -->
      <xsl:when test="$kind = ('cb', 'milestone')">
        <xsl:variable name="label" select="ed:reference-label(.)"/>
        <xsl:if test="$label">
          <xsl:value-of select="'#ed-reference(' || ed:typst-string($label) || ', inline: '
              || ed:in-line(.) || ')'"/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$kind = 'gb'"/>
      <xsl:when test="not($source-pages)">
        <xsl:if test="ed:pb-run-opens-page(.)">
          <xsl:text>#ed-page-start()&#10;</xsl:text>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="inline" select="ed:in-line(.)"/>
        <xsl:if test="not($inline) and ed:pb-run-opens-page(.)">
          <xsl:text>#ed-page-start()&#10;</xsl:text>
        </xsl:if>
        <xsl:value-of select="'#ed-source-page(' || ed:typst-string-or-none(@n) || ', inline: '
            || $inline || ')'"/>
        <xsl:if test="@n and . is key('ed:pb-by-n', string(@n))[1]">
          <xsl:value-of select="'#ed-anchor(' || ed:typst-string('ed-source-page-' || @n) || ')'"/>
        </xsl:if>
        <xsl:if test="not($inline)">
          <xsl:text>&#10;</xsl:text>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The correction is printed; a mark lets the list of emendations find its page -->
  <xsl:template name="ed:alternate">
    <xsl:param name="preferred" as="element()*"/>
    <xsl:param name="alternate" as="element()*"/>
    <xsl:param name="kind" as="xs:string" select="'sic'"/>
    <xsl:variable name="content">
      <xsl:apply-templates select="$preferred" mode="ed:render"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="ancestor::tei:head or not(tei:sic and tei:corr)">
        <xsl:value-of select="$content"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="'#ed-emended(' || ed:typst-string(ed:emendation-id(.)) || ')['"/>
        <xsl:value-of select="$content"/>
        <xsl:text>]</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:function name="ed:emendation-id" as="xs:string">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:sequence select="string($choice/accumulator-before('ed:print-emendations'))"/>
  </xsl:function>

  <xsl:template name="ed:link">
    <xsl:variable name="target" select="string(@target)"/>
    <xsl:variable name="content">
      <xsl:apply-templates mode="ed:render"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="starts-with($target, '#') and ed:anchored(id(substring($target, 2)))">
        <xsl:value-of select="'#ed-link(' || ed:typst-label(substring($target, 2)) || ')['"/>
        <xsl:value-of select="$content"/>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:when test="matches($target, '^(https?|mailto):')">
        <xsl:value-of select="'#link(' || ed:typst-string($target) || ')['"/>
        <xsl:value-of select="$content"/>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$content"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Elements that carry a Typst label of their xml:id in the print edition -->
  <xsl:function name="ed:anchored" as="xs:boolean">
    <xsl:param name="el" as="element()?"/>
    <xsl:sequence select="exists($el[self::tei:div or self::tei:p or self::tei:item or self::tei:note]
        [ancestor::tei:text][not(ancestor::tei:titlePage)])"/>
  </xsl:function>

  <xsl:template name="ed:anchor">
    <xsl:if test="@xml:id and key('ed:ref-target', @xml:id)">
      <xsl:value-of select="'#ed-anchor(' || ed:typst-string(@xml:id) || ')'"/>
    </xsl:if>
  </xsl:template>

  <!-- A page number printed in the source (its contents): linked to that page's marker -->
  <xsl:template name="ed:page-ref">
    <xsl:variable name="n" select="string((@value, .)[1])"/>
    <xsl:variable name="target" select="if ($source-pages and key('ed:pb-by-n', $n))
        then ed:typst-label('ed-source-page-' || $n) else 'none'"/>
    <xsl:value-of select="'#ed-page-ref(leader: ' || exists(ancestor::tei:list[@type = 'contents'])
        || ', target: ' || $target || ', ' || ed:typst-string(normalize-space(.)) || ')'"/>
  </xsl:template>

  <!-- A name: a mark for the index, except in headings (repeated in the contents) -->
  <xsl:template name="ed:entity">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="entry" select="if (ancestor::tei:head) then () else ed:entry(.)"/>
    <xsl:if test="$entry">
      <xsl:value-of select="'#ed-mention(' || ed:typst-string($kind) || ', '
          || ed:typst-string($entry/@xml:id) || (if (ancestor::tei:note) then ', note: true' else '') || ')['"/>
    </xsl:if>
    <xsl:apply-templates mode="ed:render"/>
    <xsl:if test="$entry">]</xsl:if>
  </xsl:template>

  <xsl:template name="ed:date">
    <xsl:apply-templates mode="ed:render"/>
  </xsl:template>

  <!-- ================================================================ blocks -->

  <xsl:template name="ed:block">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="function" select="map{'signed': 'ed-signed', 'dateline': 'ed-dateline',
        'speaker': 'ed-speaker', 'stage': 'ed-stage', 'trailer': 'ed-centered', 'salute': 'ed-plain',
        'addrLine': 'ed-plain', 'castItem': 'ed-plain', 'byline': 'ed-plain', 'docAuthor': 'ed-plain',
        'docDate': 'ed-plain', 'docImprint': 'ed-plain', 'docEdition': 'ed-plain', 'figDesc': 'ed-plain',
        'caption': 'ed-plain', 'wit': 'ed-plain', 'bibl': 'ed-plain', 'roleDesc': 'ed-plain'}($kind)"/>
    <xsl:variable name="center" select="ed:rend(.) = ('center', 'right')"/>
    <!-- a block in another language than its parent's: set in it, right to left for Hebrew,
         Arabic, Syriac ... (typst takes the direction from the language) -->
    <xsl:variable name="lang" select="ed:typst-lang(@xml:lang[not(. = ../../ancestor-or-self::*[@xml:lang][1]/@xml:lang)])"/>
    <xsl:value-of select="ed:source-mark(.)"/>
    <xsl:call-template name="ed:anchor"/>
    <xsl:if test="exists($lang)">
      <xsl:value-of select="'#ed-lang(' || ed:typst-string($lang[1]) || ', region: '
          || ed:typst-string-or-none($lang[2]) || ', italic: false)['"/>
    </xsl:if>
    <xsl:if test="$center">#align(<xsl:value-of select="if (ed:rend(.) = 'center') then 'center' else 'right'"/>)[</xsl:if>
    <xsl:choose>
      <xsl:when test="$kind = 'l'">
        <xsl:value-of select="'#ed-line(n: ' || (if (ed:int(@n) mod 5 = 0)
            then ed:typst-string(string(@n)) else 'none') || ')['"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- a note's paragraphs are its body's: the first runs on after the note's number -->
        <xsl:value-of select="'#' || (if ($kind = ('p', 'ab') and *[local-name() = $ed:block-names]) then 'ed-mixed-block'
            else if ($kind = 'p' and parent::tei:note) then ''
            else ($function, 'ed-paragraph')[1]) || '['"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates mode="ed:render"/>
    <xsl:text>]</xsl:text>
    <xsl:if test="$center">]</xsl:if>
    <xsl:if test="exists($lang)">]</xsl:if>
    <xsl:text>&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- A chapter or part (a division whose heading is a running head) opens a page; the page
       break goes before the source's page breaks that stand just before it, so that no page
       holds only the source's page number -->
  <xsl:function name="ed:opens-page" as="xs:boolean">
    <xsl:param name="div" as="element()?"/>
    <xsl:sequence select="exists($div[self::tei:div][tei:head[not(ed:contained(.))]]
        [@type = ('part', 'chapter') or not(parent::tei:div)])"/>
  </xsl:function>

  <!-- True for the first of the page breaks that stand just before a division opening a page -->
  <xsl:function name="ed:pb-run-opens-page" as="xs:boolean">
    <xsl:param name="pb" as="element()"/>
    <xsl:sequence select="not($pb/preceding-sibling::*[1][self::tei:pb]) and ed:pb-run-leads-to-page($pb)"/>
  </xsl:function>

  <xsl:function name="ed:pb-run-leads-to-page" as="xs:boolean">
    <xsl:param name="pb" as="element()"/>
    <xsl:variable name="next" select="$pb/following-sibling::*[1]"/>
    <xsl:sequence select="if ($next/self::tei:pb) then ed:pb-run-leads-to-page($next) else ed:opens-page($next)"/>
  </xsl:function>

  <xsl:template name="ed:section">
    <xsl:if test="ed:opens-page(.) and not(preceding-sibling::*[1][self::tei:pb])">
      <xsl:text>#ed-page-start()&#10;</xsl:text>
    </xsl:if>
    <xsl:variable name="generated" select="ed:textpart-head(.)"/>
    <xsl:choose>
      <xsl:when test="$generated">
        <xsl:value-of select="'#ed-heading(' || count(ancestor-or-self::tei:div) || ', id: '
            || (if (@xml:id) then ed:typst-string(@xml:id) else 'none')
            || ', running: ' || (if (ed:opens-page(.)) then ed:typst-string($generated) else 'none') || ')['
            || ed:typst-text($generated) || ']&#10;'"/>
      </xsl:when>
      <xsl:when test="not(tei:head)">
        <xsl:call-template name="ed:anchor"/>
      </xsl:when>
    </xsl:choose>
    <xsl:variable name="reference" select="ed:textpart-reference(.)"/>
    <xsl:if test="$reference">
      <xsl:value-of select="'#ed-reference(' || ed:typst-string($reference) || ', inline: false)'"/>
    </xsl:if>
    <xsl:apply-templates mode="ed:render"/>
  </xsl:template>

  <xsl:template name="ed:heading">
    <xsl:variable name="div" select="parent::tei:div"/>
    <xsl:value-of select="ed:source-mark(.)"/>
    <xsl:choose>
      <xsl:when test="$div and not(ed:contained(.))">
        <xsl:variable name="level" select="count(ancestor::tei:div)"/>
        <xsl:variable name="running" select="$div[ed:opens-page(.)]"/>
        <xsl:value-of select="'#ed-heading(' || $level || ', id: '
            || (if ($div/@xml:id) then ed:typst-string($div/@xml:id) else 'none')
            || ', running: ' || (if ($running) then ed:typst-string(ed:head-text($div)) else 'none') || ')['"/>
        <xsl:apply-templates mode="ed:render"/>
        <xsl:text>]&#10;</xsl:text>
        <!-- marks of names and emendations in the heading, kept out of the contents -->
        <xsl:for-each select=".//(tei:persName | tei:placeName | tei:orgName)[@ref][ed:entry(.)]">
          <xsl:value-of select="'#ed-mention-mark(' || ed:typst-string(ed:entity-kind(.)) || ', '
              || ed:typst-string(ed:entry(.)/@xml:id) || ')'"/>
        </xsl:for-each>
        <xsl:for-each select=".//tei:choice[tei:sic and tei:corr]">
          <xsl:value-of select="'#ed-emended-mark(' || ed:typst-string(ed:emendation-id(.)) || ')'"/>
        </xsl:for-each>
        <xsl:text>&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>#ed-paragraph[#strong[</xsl:text>
        <xsl:apply-templates mode="ed:render"/>
        <xsl:text>]]&#10;&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="ed:list">
    <xsl:value-of select="ed:source-mark(.)"/>
    <xsl:apply-templates select="tei:head" mode="ed:render"/>
    <xsl:text>#ed-list[&#10;</xsl:text>
    <xsl:apply-templates select="node() except tei:head" mode="ed:render"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- An item's number, when the source printed one and no label carries it -->
  <xsl:template name="ed:item">
    <xsl:call-template name="ed:anchor"/>
    <xsl:variable name="number" select="if (@n and not(tei:label) and parent::tei:list[@type = 'ordered'])
        then @n || '.' else ''"/>
    <!-- an entry within an entry (a town in its county) is set in from it -->
    <xsl:variable name="nested" select="ed:is-entry(.) and ed:is-entry(..)"/>
    <xsl:if test="$nested">#pad(left: 1.5em)[</xsl:if>
    <xsl:value-of select="'#ed-list-item(label: '
        || (if ($number) then '[' || ed:typst-text($number) || ']' else 'none') || ')['"/>
    <xsl:apply-templates mode="ed:render"/>
    <xsl:text>]</xsl:text>
    <xsl:if test="$nested">]</xsl:if>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="ed:label">
    <xsl:apply-templates mode="ed:render"/>
  </xsl:template>

  <xsl:template name="ed:closer">
    <xsl:text>#ed-closer[&#10;</xsl:text>
    <xsl:apply-templates mode="ed:render"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- ================================================================ title page -->

  <!-- the title page of the book; a text within the book opens with its titles centred -->
  <xsl:template name="ed:title-page">
    <xsl:choose>
      <xsl:when test="ancestor::tei:group or ancestor::tei:floatingText or ed:contained(.)">
        <xsl:text>#ed-centered[&#10;</xsl:text>
        <xsl:apply-templates mode="ed:typst-title"/>
        <xsl:text>]&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>#ed-title-page[&#10;</xsl:text>
        <xsl:apply-templates mode="ed:typst-title"/>
        <xsl:text>]&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:titlePart" mode="ed:typst-title">
    <xsl:value-of select="'#ed-title-part(' || ed:typst-string((@type, 'main')[1]) || ')['"/>
    <xsl:call-template name="ed:title-block-content"/>
    <xsl:text>]&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:byline | tei:docAuthor[not(ancestor::tei:byline)]" mode="ed:typst-title">
    <xsl:text>#ed-byline[</xsl:text>
    <xsl:call-template name="ed:title-block-content"/>
    <xsl:text>]&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:docImprint | tei:docDate | tei:docEdition | tei:epigraph | tei:p" mode="ed:typst-title">
    <xsl:text>#ed-imprint[</xsl:text>
    <xsl:call-template name="ed:title-block-content"/>
    <xsl:text>]&#10;</xsl:text>
  </xsl:template>

  <!-- The parts of a title-page block (BY, the author; the publisher, the place, the date)
       are words apart even where the TEI sets one right after the other -->
  <xsl:template name="ed:title-block-content">
    <xsl:for-each select="node()">
      <xsl:if test="ed:title-parts-join(preceding-sibling::node()[1], .)">
        <xsl:value-of select="ed:typst-text(' ')"/>
      </xsl:if>
      <xsl:apply-templates select="." mode="ed:render"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:function name="ed:title-parts-join" as="xs:boolean">
    <xsl:param name="before" as="node()?"/>
    <xsl:param name="after" as="node()"/>
    <xsl:variable name="fields" select="('docAuthor', 'docDate', 'docEdition', 'publisher', 'pubPlace', 'date',
        'affiliation', 'name', 'persName', 'orgName', 'placeName', 'editor', 'author', 'idno', 'titlePart')"/>
    <xsl:sequence select="exists($before) and (local-name($before) = $fields or local-name($after) = $fields)
        and not($before/self::tei:lb or $after/self::tei:lb)
        and normalize-space($before) and normalize-space($after)
        and not(matches(string($before), '[\s(\[]$')) and not(matches(string($after), '^[\s,.;:!?)\]]'))"/>
  </xsl:function>

  <!-- a rule the title page draws between its parts -->
  <xsl:template match="tei:milestone[ed:is-rule(.)]" mode="ed:typst-title">
    <xsl:text>#ed-divider()&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:docTitle" mode="ed:typst-title">
    <xsl:apply-templates mode="ed:typst-title"/>
  </xsl:template>

  <xsl:template match="text()" mode="ed:typst-title"/>

</xsl:stylesheet>
