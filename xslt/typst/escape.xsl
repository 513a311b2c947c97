<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Strings to Typst source: the one place text of the edition becomes Typst code.

     Text is never written as Typst markup: it becomes a string literal, in which only
     the backslash and the double quote need escaping. A string is printed as given: no
     markup, no smart quotes, no dash ligatures, no "..." ellipsis, no automatic links. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:x-edition:xslt"
    exclude-result-prefixes="#all">

  <!-- A Typst string literal of $text, e.g. "say \"no\"" -->
  <xsl:function name="ed:typst-string" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="backslashes" select="if (contains($text, '\')) then replace($text, '\\', '\\\\') else $text"/>
    <xsl:variable name="quotes" select="if (contains($backslashes, '&quot;')) then replace($backslashes, '&quot;', '\\&quot;') else $backslashes"/>
    <xsl:sequence select="'&quot;' || translate($quotes, '&#9;&#10;&#13;', '   ') || '&quot;'"/>
  </xsl:function>

  <!-- Text in markup: an embedded string, ended by ";" so nothing after it extends it -->
  <xsl:function name="ed:typst-text" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="'#' || ed:typst-string($text) || ';'"/>
  </xsl:function>

  <!-- A Typst string literal that keeps line ends, for code as written -->
  <xsl:function name="ed:typst-code-string" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="'&quot;'
        || replace(replace(replace(replace(replace($text, '\\', '\\\\'), '&quot;', '\\&quot;'),
                   '&#13;', ''), '&#10;', '\\n'), '&#9;', '\\t')
        || '&quot;'"/>
  </xsl:function>

  <!-- A Typst string or none for an empty value -->
  <xsl:function name="ed:typst-string-or-none" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="if (normalize-space($text)) then ed:typst-string($text) else 'none'"/>
  </xsl:function>

  <!-- A Typst array of strings: ("a", "b",) -->
  <xsl:function name="ed:typst-array" as="xs:string">
    <xsl:param name="items" as="xs:string*"/>
    <xsl:sequence select="'(' || string-join($items ! (ed:typst-string(.) || ','), ' ') || ')'"/>
  </xsl:function>

  <!-- A Typst length checked against its grammar, so a parameter cannot inject code -->
  <xsl:function name="ed:typst-length" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="if (matches($value, '^\d+(\.\d+)?(pt|mm|cm|in|em)$')) then $value
        else error(xs:QName('ed:bad-length'), 'not a length (e.g. 156mm, 10.5pt): ' || $value)"/>
  </xsl:function>

  <!-- A label name Typst accepts, from an xml:id -->
  <xsl:function name="ed:typst-label" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="'label(' || ed:typst-string($id) || ')'"/>
  </xsl:function>

  <!-- The language of a BCP 47 tag as typst's text(lang:, region:) wants it:
       "en-GB" -> ("en", "GB"); "ru-Latn" -> ("ru", ()) -->
  <xsl:function name="ed:typst-lang" as="xs:string*">
    <xsl:param name="tag" as="xs:string?"/>
    <xsl:variable name="parts" select="tokenize(lower-case(normalize-space($tag)), '-')"/>
    <xsl:sequence select="if (matches($parts[1], '^[a-z]{2,3}$')) then
        ($parts[1], upper-case(($parts[position() gt 1][matches(., '^[a-z]{2}$')])[1]))
        else ()"/>
  </xsl:function>

</xsl:stylesheet>
