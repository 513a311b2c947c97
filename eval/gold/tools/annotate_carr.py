"""Gold for seeds/carr-socialism-in-one-country-2.txt (form ocr-markdown).

E. H. Carr, Socialism in One Country, vol. 2: front matter, contents, part title and
chapter 11 (printed pp. 3-8), as OCR output in markdown-like form. Read from the seed.
What the seed shows:
  * Notes restart at 1 on every printed page; markers are <sup>n</sup>; a page's notes
    follow its body text as paragraphs opening with <sup>n</sup>.
  * The chapter's pages are 3-8 (the contents give 3 for chapter 11); no page numbers or
    running heads are printed in the text. A page end shows where the body resumes after
    a page's notes, mostly in mid-sentence.
  * Note 4 of p. 3 runs over to the foot of p. 4, and the OCR put its continuation
    ("September 1925, pp. 306-309, ... art. 651).") at the end of p. 4's last body line,
    inside "gesture are / difficult to assess." (the seed's TOML relocates it). The note's
    `end` is the continuation's end; both cuts are in `joined`.
Judgement calls:
  * Page entries: pp. 3-8 are required, with n = the printed number. The front-matter
    pages and the part title (p. 1, not numbered in the text) are listed with
    "optional": true (not scored) where the text shows a page start: the cover, the
    imprint page, the series page, the preface and its second page (a sentence cut in the
    middle: "Professor Fainsod's book, / Smolensk under Soviet Rule, ..."), the contents
    and their second page (three blank lines), the part title page.
  * The chapter heading reads "CHAPTER II" in the OCR; the book prints "CHAPTER 11" (the
    contents: "Chapter 11."). A gold string must occur in the text, so the corrected form
    cannot be given, and the OCR's error is not gold. So the chapter heading's entry is its
    title, LESSONS OF OCTOBER, and page 3's `after` is the first words of the body (the
    scorer accepts a pb before the chapter's heading as well).
  * Headings are the heads of the divisions the excerpt has, and the title-page titles:
    the cover title and the title page's title, the caption of the cataloguing block, the
    series page's title (printed once; the OCR repeated it), PREFACE, CONTENTS, the part
    title (PART III / THE STRUGGLE IN THE PARTY) and the chapter's title. The contents'
    own lines (the part labels PART III / PART IV and their titles, the chapter titles)
    are entries of a list of contents, not heads of this excerpt's divisions. The cover's
    series line, author and volume, the title page's byline and the preface's signature
    are not headings.
  * The preface's cut sentence is a joined reading (it is cut by a page end).
  * not_text: the library's shelf marks and stamp on the front matter ("K512 E802-2 2",
    "7908791", "外文书库"), which are not the book's text. The publisher's logo, OCR'd
    as a lone "M", is not listed (a one-letter string is everywhere).
"""
from seedgold import SeedAnnot, joined, norm, write_gold

NAME = "carr-socialism-in-one-country-2"
# markers: one digit right after a word or punctuation (the <sup> tags are removed by the
# normal form), e.g. 'pioneers".1 In June'
A = SeedAnnot(NAME, marker=r"(?<=[^\s\d])[1-6](?=\s|$)")

# (printed page, n, the note's first words, its last words, the body text right before its marker)
NOTES = [
    ("3", "1", "See The Interregnum, 1923-1924, pp. 354, 361.", "See The Interregnum, 1923-1924, pp. 354, 361.",
     "\"Lenin enrolment\" and \"Leninist pioneers\"."),
    ("3", "2", "Protokoll: Fünfter Kongress der Kommunistischen", "(n.d.), i, 30-39.",
     "speech ended with the words \"Long live Leninism!\""),
    ("3", "3", "Shestoi S'ezd Rossiiskogo Leninskogo", "Molodezhi (1924), p. 13.",
     "influence: \"Well, he is already an ikon\"."),
    # runs over to p. 4: its end is the continuation's end
    ("3", "4", "Leningradskaya Pravda, August 1, 1924. In the outlying", "(id. 1926, No. 5, art. 651).",
     "was opened to visitors on August 1, 1924."),
    ("4", "1", "Sistematicheskoe Sobranie Deistvuyushchikh", "SSSR, i (1926), 278-279.",
     "Lenin's birth-place, was renamed Ulyanovsk."),
    ("4", "2", "Ibid. i, 280.", "Ibid. i, 280.",
     "railway station, known as Yuzovo, became Stalino."),
    ("4", "3", "Sobranie Zakonov, 1924, No. 8, art. 83", "No. 11, art. 108 ; No. 25, art. 209.",
     "leaders, Artemovsk and Sverdlovsk respectively."),
    ("4", "4", "Sobranie Zakonov, 1925, No. 25, art. 171.", "Sobranie Zakonov, 1925, No. 25, art. 171.",
     "into Stalingrad came only in April 1925."),
    ("4", "5", "Stalin, Sochineniya, vi, 257-258", "1917-1923, Vol. 1, pp. 230-232.",
     "this he bluntly called \"nonsense\"."),
    ("5", "1", "The article was published in Pravda, August 23, 1924.", "August 17-19, 1924, described p. 6 below.",
     "\"the most important constituent part of Leninism\"."),
    ("5", "2", "This point was emphasized in an enthusiastic review", "June-July 1924, pp. 341-343.",
     "between him and the other leading Bolsheviks."),
    ("6", "1", "Leningradskaya Pravda, June 13, 1924.", "Leningradskaya Pravda, June 13, 1924.",
     "supporting the advance on Warsaw two years later."),
    ("6", "2", "The speech, delivered on April 21, 1924", "January 31, 1925, pp. 9-23.",
     "Lenin the man of action with Marx the theorist."),
    ("6", "3", "Vardin, a Leningrad party official and follower", "answered editorially, ibid. pp. 105-109.",
     "Sovnarkom had issued from Trotsky's fertile brain."),
    ("6", "4", "See The Interregnum, 1923-1924, pp. 363-364.", "See The Interregnum, 1923-1924, pp. 363-364.",
     "at the thirteenth party congress in May 1924,"),
    ("6", "5", "Protokoll: Fünfter Kongress der Kommunistischen", "(n.d.), ii, 583, 619.",
     "had been closed by the decision of the party congress."),
    ("6", "6", "Information about this meeting is contained", "or the list may well be incomplete.",
     "met in a three-day session to discuss tactics."),
    ("7", "1", "Trotsky refers to the group as a \"secret politburo\"", "(Berlin, 1930), ii, 240).",
     "and Frunze as candidate members of the group."),
    ("7", "2", "See, for example, L. Kamenev, Stat'i i Rech'i", "Semashko in Izvestiya, August 21, 1924.",
     "were the order of the day among party leaders,"),
    ("7", "3", "For the place of military questions in the campaign", "see pp. 382-391, 394-398 below.",
     "succeeded Sklyansky as Deputy People's Commissar for War."),
    ("7", "4", "His suicide is referred to in L. Trotsky", "p. 390; no details are on record.",
     "for his association with Trotsky, committed suicide."),
    ("8", "1", "See The Bolshevik Revolution, 1917-1923, Vol. 1, p. 59, note 3.",
     "See The Bolshevik Revolution, 1917-1923, Vol. 1, p. 59, note 3.",
     "reluctance of other Bolsheviks to follow Lenin at that time."),
    ("8", "2", "See The Interregnum, 1923-1924, p. 331.", "See The Interregnum, 1923-1924, p. 331.",
     "\"then it must be done properly.\""),
    ("8", "3", "Six volumes of Zinoviev's works", "but that he should receive nothing himself.",
     "the collected works of Zinoviev and of Trotsky."),
    ("8", "4", "Lessons of October, dated \"Kislovodsk, September 15, 1924\"",
     "the body of the volume had evidently been set up first.",
     "by way of an afterthought as a preface to the volume."),
]

HEADINGS = [
    "SOCIALISM IN ONE COUNTRY —1924-1926—",          # cover
    "SOCIALISM IN ONE COUNTRY 1924-1926",            # title page
    "British Library Cataloguing in Publication Data",
    "A HISTORY OF SOVIET RUSSIA",                    # series page
    "PREFACE",
    "CONTENTS",
    "PART III",                                      # part title page
    "THE STRUGGLE IN THE PARTY",
    "LESSONS OF OCTOBER",                            # chapter 11 (see the docstring)
]

# (first body text of the page, printed number, optional)
PAGE_STARTS = [
    ("A HISTORY OF SOVIET RUSSIA 6 E.H. CARR", None, True),          # cover
    ("© E. H. Carr 1959", None, True),                                # imprint page
    ("A HISTORY OF SOVIET RUSSIA A HISTORY OF SOVIET", None, True),   # series page
    ("PREFACE", None, True),
    ("Smolensk under Soviet Rule, which contains", None, True),       # preface, second page
    ("CONTENTS PART III", None, True),
    ("Chapter 21. REGIONALIZATION", None, True),                      # contents, second page
    ("PART III THE STRUGGLE IN THE PARTY", None, True),               # part title, p. 1
    ("THE summer months of 1924 were", "3", False),                 # after the chapter heading
    ("immediately after Lenin's death", "4", False),
    ("difficult to assess. Discussion", "5", False),
    ("in which Trotsky had equated", "6", False),
    ("consisting of the six members of the Politburo", "7", False),
    ("and hinted at the reluctance of other", "8", False),
]

JOINS = [
    ("Professor Fainsod's book,", "Smolensk under Soviet Rule, which contains"),   # preface
    ("Petrograd had been renamed Leningrad", "immediately after Lenin's death"),
    ("in Krasnaya Nov', No. 7,", "September 1925, pp. 306-309"),                   # note 4, p. 3
    ("The motives of this deliberately provocative gesture are", "difficult to assess."),
    ("referred indignantly to the way", "in which Trotsky had equated"),
    ("The only decision known to have been taken was to set up a septemvirate", "consisting of the six members"),
    ("to Trotsky's original standpoint,", "and hinted at the reluctance"),
]

NOT_TEXT = ["K512 E802-2 2", "7908791", "外文书库"]

_cursor = [0]


def note(page, n, start, end, before):
    """Snippets of one note, found in text order; its text runs from start to end anchor."""
    i = A.find(start, _cursor[0])
    j = A.find(end, i) + len(norm(end))
    _cursor[0] = i + 1
    whole = A.t[i:j]
    if len(whole) <= 45:
        first = last = whole  # a short note is given whole
    else:
        first, last = A.fwd(start, 40, start=i), A.back(end, 40, start=i)
    assert A.count(before) == 1, before
    return {"n": n, "page": page, "start": first, "end": last, "before": A.back(before, 36)}


def page(after, n, optional):
    i = A.find(after)
    entry = {"after": A.t[i:i + len(norm(after))], "n": n}
    if optional:
        entry["optional"] = True
    return entry


gold = {
    "source": {
        "path": "seeds/carr-socialism-in-one-country-2.txt",
        "work": "E. H. Carr, Socialism in One Country, 1924-1926, vol. 2 (Macmillan, 1959; reprinted 1965, 1978): front matter and chapter 11 (pp. 3-8)",
        "licence": "© E. H. Carr 1959, reproduced for study only; see seeds/carr-socialism-in-one-country-2.toml",
        "tool": "OCR output in markdown-like form (<sup>n</sup> markers, notes after each page's text)",
        "excerpt": "front matter, contents, part title, chapter 11 (printed pp. 3-8)",
        "language": "en",
        "encoding": "utf-8",
    },
    "form": "ocr-markdown",
    "notes": [note(*x) for x in NOTES],
    "joined": [joined(a, b) for a, b in JOINS],
    "headings": HEADINGS,
    "pages": [page(*p) for p in PAGE_STARTS],
    "not_text": NOT_TEXT,
}

assert [x["n"] for x in gold["notes"]] == list("1234" "12345" "12" "123456" "1234" "1234")

if __name__ == "__main__":
    print(write_gold(NAME, gold))
