# SPDX-License-Identifier: MIT
"""The layout engine every reader shares.

A raw text goes through the same stages whatever tool produced it; a form (pdftotext,
OCR, Distributed Proofreaders, Gutenberg ...) is a profile of signals, not a copy of rules:

    pages.py      text -> pages of numbered lines (form feeds, page separators, or pages
                  known by their notes)
    furniture.py  running heads, page-number lines and margin furniture leave the text
    notezone.py   the foot of each page: note blocks, their numbers, their continuations
    marginnotes.py   OCR of notes hung in a margin column: the column of bare numbers
                  (numbercolumn.py) paired with the page's block of short note lines,
                  divided at the most plausible note ends (noteblock.py); notes whose
                  numbers were lost, counted by the numbering (countednotes.py)
    blocks.py     body lines -> paragraphs and headings; page ends rejoined where the
                  sentence continues, words hyphenated across a page end rejoined
    markers.py    note markers in the body, in every convention the forms use
    inline.py     one inline parser: italics, small caps, superscripts, markers
    notes.py      markers paired with notes (continuous, per page, per section, symbols)
    continuation.py  a note's end that OCR ran into the next page's text
    corrections.py   the seed's "replace" corrections as sic/corr
    relocations.py   the seed's "relocate" corrections (a note's end put back)
    book.py       a book's landmarks: front matter before the first part or chapter, the
                  contents' page numbers and chapter numbers for the body, links to it
    frontmatter.py   cover, title page, imprint, sections, a numbered list (runs.py gives
                  the transcription's runs of lines; librarymarks.py the copy's marks;
                  bookwords.py the language's words)
    titlepage.py  a paged text's first page that holds only a title block
    titleroles.py    the roles of a title page's parts, for titlepage.py and frontmatter.py
                  alike (shape, the language's words, the seed's series and author)
    contents.py   a contents list recognised by its shape, linked to the divisions
    engine.py     a form's profile; pages, notes and blocks -> the document model
                  (divisions by heading rank)
"""
