"""The Swedish pipeline on its own: what each step makes of real words from our field."""

from __future__ import annotations

from search.analysis import Analyzer
from search.analysis.highlight import Highlighter
from search.analysis.text import normalize, tokenize
from search.analysis.vocabulary import CorpusVocabulary


def analyzer(*synonyms: list[str]) -> Analyzer:
    return Analyzer(CorpusVocabulary("sv", {"validering": 3, "kock": 2, "lokal": 1}), synonyms)


def test_normalise_folds_case_and_width_and_control_characters_separate_words():
    assert tokenize(normalize("YRKESBEVIS\x00ＣＥ\u200bkock")) == ["yrkesbevis", "ce", "kock"]
    assert tokenize(normalize("CE-körkort, “tung” lastbil!")) == [
        "ce",
        "körkort",
        "tung",
        "lastbil",
    ]


def test_words_longer_than_any_real_word_are_dropped():
    assert tokenize("kock " + "a" * 41) == ["kock"]


def test_inflections_share_a_stem():
    a = analyzer()
    assert a.word_terms("kockar")[0] == a.word_terms("kock")[0]
    assert a.word_terms("valideringar")[0] == a.word_terms("validering")[0]
    assert a.word_terms("svetsare")[0] == a.word_terms("svets")[0]


def test_compounds_split_into_known_parts():
    a = analyzer()
    assert a.vocabulary.split("svetsutbildning") == ("svets", "utbildning")
    assert a.vocabulary.split("yrkesbevis") == ("yrke", "bevis")
    assert a.vocabulary.split("lokalvårdare") == ("lokal", "vårdare")
    assert a.vocabulary.split("kockar") == ()
    assert a.word_terms("svetsutbildning")[1:] == (
        a.vocabulary.stem("svets"),
        a.vocabulary.stem("utbildning"),
    )


def test_stop_words_are_not_terms():
    assert analyzer().index_terms("Vad är validering och hur") == "validering"


def test_synonym_phrases_become_alternatives():
    a = analyzer(["CE-körkort", "tung lastbil"])
    (clause,) = a.analyze_query("CE-körkort").clauses
    assert clause.alternatives == (("ce", "körkort"), ("tung", "lastbil"))
    (clause,) = a.analyze_query("tung lastbil").clauses
    assert clause.alternatives == (("tung", "lastbil"), ("ce", "körkort"))


def test_unknown_words_are_marked_fuzzy_and_corrected():
    a = analyzer()
    query = a.analyze_query("kockr")
    assert query.clauses[0].fuzzy
    assert not a.analyze_query("kock").clauses[0].fuzzy
    assert a.correction(query) == "kock"


def test_highlight_escapes_everything_but_the_marks():
    a = analyzer()
    terms = a.analyze_query("kock").terms
    assert (
        Highlighter(a, terms).highlight("<b>Kockar</b> & co")
        == "&lt;b&gt;<mark>Kockar</mark>&lt;/b&gt; &amp; co"
    )


def test_snippet_shows_the_passage_with_matches():
    a = analyzer()
    text = " ".join(["ord"] * 100 + ["kockar"] + ["ord"] * 100)
    result = Highlighter(a, a.analyze_query("kock").terms).snippet(text)
    assert "<mark>kockar</mark>" in result
    assert result.startswith("… ") and result.endswith(" …")
