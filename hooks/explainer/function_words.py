"""The small words a cut name must not end on: articles, prepositions, conjunctions.

A citation key or a PDF's name made from a title is cut at a word
(`new_article.slug`): cut after "of the", it reads as a phrase broken off
(``holt-the-lighthouse-keepers-of-the``). The words are as a slug writes them, in
ASCII without accents (French "à" is ``a``, "l’eau" is ``l`` and ``eau``), by the
article's language; a language not listed has none, and its names are cut as they fall.
"""

from __future__ import annotations

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "en": "a an the and or nor but of in on at to for from by with into onto upon about as than"
        " between among through over under against without within via vs s its their his her our this that",
        "fr": "le la les l un une des du de d au aux a et ou en dans sur sous par pour avec sans entre vers"
        " chez que qu qui ne se s sa son ses leur leurs ce cet cette ces",
        "de": "der die das den dem des ein eine einen einem einer eines und oder von vom zu zum zur im in an am"
        " auf aus bei mit nach fur uber unter zwischen gegen ohne um",
        "es": "el la los las lo un una unos unas de del al a y e o u en por para con sin entre sobre hacia desde"
        " que su sus",
        "it": "il lo la i gli le l un una uno di del dello della dei degli delle d a al allo alla ai agli alle da"
        " dal dalla dai in nel nella nei con su sul sulla per tra fra e ed o che",
        "pt": "o a os as um uma de do da dos das em no na nos nas por pelo pela para com sem e ou entre sobre que"
        " ao aos",
        "nl": "de het een van en of in op aan te tot met voor door bij uit over naar om zonder tussen",
    }.items()
}


def function_words(language: str) -> frozenset[str]:
    """The function words of ``language`` (a BCP 47 tag: ``fr-CA`` is French's); none if not listed."""
    return FUNCTION_WORDS.get(language.split("-")[0].split("_")[0].casefold(), frozenset())
