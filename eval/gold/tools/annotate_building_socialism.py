"""Gold for seeds/building-socialism-1920s.txt (form pdf-copy: text copied from a PDF).

Read from the seed itself. What the seed shows:
  * Footnotes 18-56, numbered through the chapter; markers are Unicode superscripts
    glued to the text ("people¹⁸", "Conspiracy',²¹", "currency⁴⁰.").
  * A page's notes follow its body text as paragraphs opening with the note number.
  * A printed page end shows where a paragraph stops mid-sentence and resumes, in lower
    case, after the page's note blocks (or directly, on two pages without notes:
    "Trotsky reasoned, / industrial operations", "Raw iron was in / short supply").
    Where a page ends at a paragraph end and has notes, the next page opens after them.
  * Two notes run over a page end: 23 ("... an assimilated Jew and therefore" /
    "unacceptable as head of the country ...") and 27 ("... Vatlin A. JU: Berlin," /
    "Aufbau-Verlag 2003. ..."); each continuation stands first in the next page's notes.
  * No printed page numbers, running heads or other furniture: every page's n is null,
    not_text is empty, notes' page is null.
Judgement calls:
  * Only page ends the text shows are listed. The first stretch (chapter title to note 19,
    about 5,400 characters of body text) is longer than any other page (2,000-3,500), so
    it probably holds an unmarked page end at a paragraph end; the text does not say
    where, so no entry is given for it.
  * The first page's `after` is the chapter title, the first thing a reader keeps.
  * Marker 47 opens a page ("for returns to appear.⁴⁷"), so its `before` is only that
    (the text before it is on the previous page, behind note 46).
"""
from seedgold import SeedAnnot, joined, norm, write_gold

NAME = "building-socialism-1920s"
A = SeedAnnot(NAME, marker=r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")

# (n, the note's first words, its last words, the body text right before its marker)
NOTES = [
    ("18", "See Naseleniye Rossii v XX. veke", "final report of Pomgol (Pravda, 13.10.1922).",
     "sources show that it killed 5.2 million people"),
    ("19", "Cheka was to be replaced by GPU", "Olma Media Grupp, 2007, pp. 516–532.",
     "to reform and place limits upon the Cheka"),
    ("20", "This primarily refers to the so called", "counted on the gradual evolution of Soviet power.",
     "to let them come home and take up their activities."),
    ("21", "Tagancev was a high functionary", "cultural life were impacted by this case.",
     "the 'revelation of the Tagancev Conspiracy',"),
    ("22", "Kommunisticheskaya partiya Sovetskogo Soyuz v rezolyutsyakh", "Moscow, Gospolitizdat, 1953, pp. 669–674.",
     "off from any effort at political 'liberalization'."),
    # runs over the page end: its last words are those of the continuation
    ("23", "Disputes between Lenin and Trotsky are described", "also played a substantial role in his attitude.",
     "party, chafed against some in the leadership."),
    ("24", "See Pavlyuchenkov, S. A., Krestyanskiy Brest", "their content and a number of formulations.",
     "transition to the NEP, the New Economic Policy."),
    ("25", "Dvenadcatyi syezd RKP/b, 17–25.", "in: Vestnik finansov, No 6, 9.2.1923.",
     "the engine stock in the railroad system was operable."),
    ("26", "Immediately after the Twelfth Congress of RKS in early June", "CK RKP, 1923 g. Moscow, Insan, 1992.",
     "changes to the party leadership in Georgia and Ukraine."),
    # runs over the page end
    ("27", "See the documents and studies in: Deutscher Oktober", "Stuttgart, Kohlhammer, 1962–1963, p. 160.",
     "that Stalin felt he had no choice but to accommodate."),
    ("28", "See RKP/b. Vnutripartijnaya bor'ba v dvadcatyje gody", "141–142 RVR – Military Revolutionary Committee.",
     "from his control, but also to goad him into rebelling."),
    ("29", "Sb. RKP/b, Vnutripartiynaya bor'ba, pp. 156", "pp. 156, 159. Pud – 16 kg.",
     "boxes of matches cost as much as a 'pud' of bread."),
    ("30", "See RKP/b, Vnutripartiynaya bor'ba, pp. 296–302.", "See RKP/b, Vnutripartiynaya bor'ba, pp. 296–302.",
     "factions that blocked discussion and stifled criticism."),
    ("31", "Izvestija, 8.1.1924. He had allegedly", "during the key last two-and-a-half months.",
     "Politburo and sent to the Caucasus for treatment."),
    ("32", "At the congress, members of the opposition", "were present but with only a consultancy vote.",
     "the basic themes of his 'New Direction' essay."),
    ("33", "He argued it was necessary for the government", "Kamenev came from a mixed Russian/Jewish family.",
     "charisma to aspire to a position comparable to Lenin's."),
    ("34", "\"Testament\" – a set of Lenin's final", "the party leadership by his widow, Nadezhda Krupskaya.",
     "he be removed from the position of General Secretary."),
    ("35", "Nashe otechestvo: opyt politicheskoy istorii", "Volume 2, Moscow, Terra 1991, pp. 226–227.",
     "attending university or were university graduates."),
    ("36", "G.Zinoviev, O nieobchodnosti trech perestrakhovok.", "Leningrad party conference. Pravda, 26.1.1925.",
     "anti-Bolshevik,... a tool in the battle against communism.’"),
    ("37", "The initiative was probably left to Kamenev", "policy in rural areas to be presented at the Congress.",
     "which had been threatened by Lenin’s criticism."),
    ("38", "This refers to the Trotsky’s document dated 8.10.1923.", "This refers to the Trotsky’s document dated 8.10.1923.",
     "had paid no real attention to equalizing agricultural versus industrial prices"),
    ("39", "In his “Testament”, Lenin appointed", "one of the six leaders of the governing party.",
     "high prices for their products to counter their acutely limited turnover."),
    ("40", "Taxes to force peasants to sell grain", "the opportunity to pay the tax in devaluated currency.",
     "so that they might enjoy the yield in the new currency"),
    ("41", "They were to provide for the startup of industry", "to seek agreement with original owners was sought.",
     "acquire advantageous long-term loans and credits."),
    ("42", "The pretext consisted of Zinoviev’s ‘letter’", "with Zinoviev. Izvestija, 28. and 29.10.1924.",
     "affairs of Britain’ and it split the coalition."),
    ("43", "The report was presented to the Central Committee", "(Stenograficheskiy otchet, Moscow, GIPL, 1963).",
     "came neither from Stalin nor from Zinoviev and Kamenev"),
    ("44", "Bukharin contributed to the 1923 discussion", "the extremes imposed under Stalin’s 1926–29 policies.",
     "to understand the consequences his attitudes entailed."),
    ("45", "This was a treatise entitled “Osnovnoj zakon", "“Vestnik Kommunisticheskoy Akademii”, No. 8.",
     "targeting a narrow circle of the Communist intelligentsia."),
    ("46", "Rykov, Ocherednye zadachi sovietskogo stroitel'stva", "Ocherednye zadachi sovietskogo stroitel'stva, Izvestija, 16.1.1925.",
     "the conditions for its growth had to be created."),
    # the marker opens a page: the text before it is only this
    ("47", "Rykov, Doklad na III. Vserossijskom s'yezde sovietov", "it was to have been provided for by domestic resources.",
     "for returns to appear."),
    ("48", "Felix E. Dzerzhinsky, Nashe chozjajstvennoye polozenije", "4.12.1924; also Izvestija, 29.1.1925 (Kamenev).",
     "Dzerzhinsky pushed that to 50% and later to 60–65%."),
    ("49", "Trotsky L. D., K socializmu ili k kapitalizmu", "Gosudarstvennoye izdatelstvo, 1927, pp. 512–516).",
     "since published in book form in a number of languages."),
    ("50", "Kommunisticheskaya oppozitsiya, ed. Yuri Felshtinsky", "Benson Ver., Chalidze Publ. 1988, p. 136.",
     "global marketplace and must be of a 'commodity nature'."),
    ("51", "Ibid, Volume 2, p. 203.", "Ibid, Volume 2, p. 203.",
     "provided us by the global distribution of work.'"),
    ("52", "Ibid, Volume 2, pp. 141–147.", "Ibid, Volume 2, pp. 141–147.",
     "dynamic growth, the USSR would not stand a chance."),
    ("53", "He remembered the recent propositions made by Zinoviev", "the Central Committee of RKS/b and from the party.",
     "against Zinoviev and Kamenev by attacking Trotsky anew."),
    ("54", "Bukharin also had personal motivation to attack.", "encouraging them \"not to fear\" and to \"enrich themselves\".",
     "of the Leningrad organization', playing a special role."),
    ("55", "Zinoviev's declaration at the meeting of politburo", "Stenogrammy CK RKP/b – CK VKP/b, Volume 1, p. 685.",
     "of friends, was appointed governor of Leningrad."),
    ("56", "Reimanovi T. a M., Přehled o složení", "in the Comintern but was not elected its chairman.",
     "activity', leaving Bukharin to lead Comintern."),
]

HEADINGS = [
    "2. The “Building Socialism” in the early 1920s",
    "The War Communism and the NEP",
    "The Events of 1923 in Germany and the Origin of the \"Left Opposition\" in the USSR",
    "The Party and the Opposition after Lenin",
    "The Opposition and the NEP",
]

# the first body text of every page whose start the text shows (see the docstring)
PAGE_STARTS = [
    "2. The “Building Socialism” in the early 1920s",
    "allowed at the universities. Emigrants",
    "proposed in spring of 1920 to jettison",
    "revolt of peasants, in which the part",
    "industrial operations would increasingly",
    "short supply; some factories had",
    "afraid of reinforcing Trotsky's influence.",
    "saw itself as surrounded by a hostile",
    "the combustion point. The new",
    "Trotsky went on to claim the trio",
    "came to an end without his input,",
    "and perhaps other members of Lenin's",
    "At the time of their institution, however,",
    "This resulted in a kind of schizophrenia",
    "the country's economic difficulties in",
    "the December 1923 elections, a coalition",
    "The original impetus to change the subject",
    "civil war, there would be nothing",
    "for returns to appear.",
    "had exhausted its developmental",
    "thought a reduced pace much more",
    "As far as internal politics, this debacle",
    "defend its opinions—likely the main",
]

# every paragraph or note cut by a page end, rejoined (left: before the end; right: after)
JOINS = [
    ("The press also benefited and unfettered discussions were", "allowed at the universities."),
    ("When he", "proposed in spring of 1920 to jettison"),  # right after marker 23
    ("The fact that he was an assimilated Jew and therefore", "unacceptable as head of the country"),  # note 23
    ("the Kronstadt sailors' uprising and the mass", "revolt of peasants, in which the part"),
    ("Once underway, Trotsky reasoned,", "industrial operations would increasingly"),
    ("what it had been. Raw iron was in", "short supply; some factories"),
    ("friends Zinoviev and Kamenev, who were more", "afraid of reinforcing Trotsky's influence."),
    ("to fully control the party life. But the party", "saw itself as surrounded"),
    ("In reality, though, Germany was not at", "the combustion point."),
    ("Firsov F. I., Vatlin A. JU: Berlin,", "Aufbau-Verlag 2003."),  # note 27
    ("falsifying intraparty voting. The discussion thus", "came to an end without his input"),
    ("push Zinoviev and Kamenev from their leading positions,", "and perhaps other members"),
    ("But the real cause of", "the country's economic difficulties"),  # right after marker 39
    ("Britain and France seemed significant. In", "the December 1923 elections"),
    ("its losses during World War I and the USSR", "civil war, there would be nothing"),
    ("investment this required also prolong the waiting time", "for returns to appear."),
    ("claim victory after capitalism", "had exhausted its developmental opportunities"),
    ("loss of momentum and compromised product quality. Trotsky", "thought a reduced pace"),
    ("policy, provoking the Leningrad leadership to", "defend its opinions"),
]


def note(n, start, end, before):
    """Snippets of one note, whose text runs from the start anchor to the end anchor."""
    i = A.find(start)
    j = A.find(end, i) + len(norm(end))
    whole = A.t[i:j]
    if len(whole) <= 45:
        first = last = whole  # a short note is given whole
    else:
        first, last = A.fwd(start, 40), A.back(end, 40, start=i)
    return {"n": n, "page": None, "start": first, "end": last,
            "before": BEFORE.get(n) or A.back(before, 36)}


# `before` given whole where ~36 characters back would run into the previous page's notes
BEFORE = {"47": "for returns to appear."}


def join(left, right):
    return joined(left, right)


gold = {
    "source": {
        "path": "seeds/building-socialism-1920s.txt",
        "work": "Chapter 2 of a modern monograph on Soviet politics in the early 1920s (author and book not identified in the text)",
        "licence": "text under the copyright of its holders; see seeds/building-socialism-1920s.toml",
        "tool": "text copied from a PDF (Unicode superscript note markers, notes after each page's text)",
        "excerpt": "chapter 2, footnotes 18-56",
        "language": "en",
        "encoding": "utf-8",
    },
    "form": "pdf-copy",
    "notes": [note(*x) for x in NOTES],
    "joined": [join(*j) for j in JOINS],
    "headings": HEADINGS,
    "pages": [{"after": A.fwd(p, 30), "n": None} for p in PAGE_STARTS],
    "not_text": [],
}

assert [x["n"] for x in gold["notes"]] == [str(i) for i in range(18, 57)]
assert len(gold["pages"]) == len(set(p["after"] for p in gold["pages"]))

if __name__ == "__main__":
    print(write_gold(NAME, gold))
