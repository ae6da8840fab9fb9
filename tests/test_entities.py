"""Tests for toolkit.entities: the shipped CRF, mentions, alias merging, entities, co-occurrence,
charts. Expected values were established by reading the sentences (and, for the Sky News article,
by counting occurrences in its cleaned text by hand — see test_skynews_counts)."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import toolkit
from toolkit.corpus import Article, load_article, load_corpus
from toolkit.entities import (
    COOC_COLUMNS,
    ENTITY_COLUMNS,
    MENTION_COLUMNS,
    AliasFileError,
    available_backends,
    cooccurrence,
    entities,
    lookup_place,
    mentions,
    read_aliases,
)
from toolkit.text import BackendUnavailable

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "entities"
SKY = ROOT / "corpus" / "skynews-2024-12-06-syrian-rebels-close-in-on-homs.txt"


def art(text: str, **kw) -> Article:
    kw.setdefault("published", "2024-12-06")
    return Article.from_text(text, **kw)


def ents(text: str, **kw) -> pd.DataFrame:
    return entities(art(text), aliases=False, **kw)


def entity_of(df: pd.DataFrame, alias: str) -> pd.Series:
    """The entities row whose aliases include ``alias``."""
    rows = df[df["aliases"].map(lambda a: alias in a)]
    assert len(rows) == 1, f"{alias!r} in {len(rows)} entities: {df[['entity', 'aliases']]}"
    return rows.iloc[0]


def a_text(path: Path) -> str:
    return load_article(path).text


def check_offsets(a: Article, m: pd.DataFrame) -> None:
    for r in m.itertuples(index=False):
        assert a.text[r.start : r.end] == r.text


# ------------------------------------------------------------------------------------ the model
def test_model_loads_and_tags_offline():
    from toolkit.ner.model import load_tagger, model_path, tag_spans

    assert Path(model_path()).stat().st_size < 20e6
    assert load_tagger() is load_tagger()  # cached
    spans = tag_spans(["Rebels", "entered", "Homs", "on", "Thursday", "."])
    assert [(s, e, t) for s, e, t, _ in spans] == [(2, 3, "LOC")]
    assert 0.0 <= spans[0][3] <= 1.0


def test_backends_reported_and_checked():
    status = available_backends()
    assert status["crf"] == "available"
    assert set(status) == {"crf", "spacy", "nltk"}
    if status["nltk"] != "available":
        assert "NLTK data" in status["nltk"]
        with pytest.raises(BackendUnavailable, match="NLTK data"):
            mentions(art("Assad fled."), backend="nltk")
    with pytest.raises(ValueError, match="backend='bert'"):
        mentions(art("Assad fled."), backend="bert")


def test_columns_and_callable_module():
    a = art("Rebels entered Homs.")
    assert list(mentions(a).columns) == MENTION_COLUMNS
    assert list(entities(a).columns) == ENTITY_COLUMNS
    assert list(cooccurrence(a).columns) == COOC_COLUMNS
    # toolkit.entities is both the module and the function
    assert toolkit.entities(a)["entity"].tolist() == ["Homs"]
    assert toolkit.mentions(a)["backend"].tolist() == ["crf"]


# ------------------------------------------------------------------------------------ mentions
def test_possessive_and_modifiers():
    # read: "Syria" (possessive stripped), "Tehran" in Tehran-backed, "US" in US-led, "Turkish" in
    # Turkish-backed and "Assad" in pro-Assad are modifiers; Hezbollah is a name.
    a = art(
        "Syria’s army withdrew. The Tehran-backed group Hezbollah moved in. A US-led coalition "
        "and Turkish-backed militias watched as pro-Assad crowds gathered."
    )
    m = mentions(a, aliases=False)
    check_offsets(a, m)
    got = {(r.text, r.role) for r in m.itertuples()}
    assert ("Syria", "name") in got
    assert {("Tehran", "modifier"), ("US", "modifier"), ("Turkish", "modifier")} <= got
    assert ("Assad", "modifier") in got
    assert ("Hezbollah", "name") in got
    types = dict(zip(m["text"], m["type"], strict=True))
    assert types["Tehran"] == "GPE" and types["Turkish"] == "NORP" and types["Hezbollah"] == "ORG"


def test_hyphenated_pair_of_names():
    # read: a "Russia-Turkey agreement" names both countries, attributively
    m = mentions(art("A Russia-Turkey agreement de-escalated hostilities in 2020."), aliases=False)
    assert m[["text", "type", "role"]].values.tolist() == [
        ["Russia", "GPE", "modifier"],
        ["Turkey", "GPE", "modifier"],
    ]


def test_title_case_headline_guesses_need_support_in_the_text():
    # the AP headline capitalises "Central Squares"; the text says "central squares": no entity
    a = load_article(ROOT / "corpus" / "ap-2024-12-08-damascus-celebrations.txt")
    m = mentions(a, aliases=False)
    assert not m["text"].str.contains("Squares").any()
    assert "Damascus" in m[m["start"] < a.text.index("\n")]["text"].tolist()


def test_types_gpe_loc_norp():
    a = art("Kurdish fighters crossed the Euphrates River near Raqqa, Syrian officials said.")
    m = mentions(a, aliases=False)
    types = dict(zip(m["text"], m["type"], strict=True))
    assert types["Euphrates River"] == "LOC"  # natural feature
    assert types["Raqqa"] == "GPE"  # a city in the gazetteer
    assert types["Kurdish"] == "NORP" and types["Syrian"] == "NORP"


def test_confidence_is_a_probability():
    m = mentions(art("President Bashar al Assad fled Damascus."), aliases=False)
    crf = m[m["backend"] == "crf"]
    assert len(crf) and crf["confidence"].between(0, 1).all()


# ------------------------------------------------------------------------------------ alias rules
def test_title_and_surname_forms():
    e = ents(
        "President Bashar al Assad has consolidated power. The majority back Mr Assad. "
        "Assad fled to Moscow."
    )
    row = entity_of(e, "Assad")
    assert row["entity"] == "Bashar al-Assad"  # longest form, usual hyphenation
    assert row["type"] == "PERSON" and row["mentions"] == 3
    assert set(row["aliases"]) == {"Bashar al Assad", "Assad"}
    assert any("title “Mr”" in r for r in row["merge_reasons"])


def test_two_surnames_first_surname_and_pair():
    e = ents(
        "SANTIAGO — Ana María Cortés Vidal won the presidential runoff on Sunday, defeating "
        "former minister Jorge Peña Soto. With most votes counted, Cortés had 55 percent. "
        "“Tonight there are no losers,” Cortés Vidal told the crowd."
    )
    row = entity_of(e, "Cortés")
    assert row["entity"] == "Ana María Cortés Vidal" and row["mentions"] == 3
    assert set(row["aliases"]) >= {"Cortés", "Cortés Vidal"}


def test_an_office_complement_is_no_part_of_the_name():
    e = ents(
        "Responding, Minister for Health Orla Brennan said the beds were funded. Secretary of "
        "State for Health Ann Lee agreed."
    )
    assert entity_of(e, "Orla Brennan")["type"] == "PERSON"
    assert entity_of(e, "Ann Lee")["type"] == "PERSON"


def test_general_title():
    e = ents(
        "General Ali Mahmoud Abbas said the army had withdrawn. "
        "“We are in a good position,” General Abbas added."
    )
    row = entity_of(e, "Abbas")
    assert row["entity"] == "Ali Mahmoud Abbas" and row["mentions"] == 2


def test_acronym_defined_in_text_and_span_join():
    # the tagger splits the long name at "in Lebanon"; the acronym's letters join the pieces
    e = entities(load_article(DATA / "levantwire-2024-12-12-lebanon-truce.txt"), aliases=False)
    row = entity_of(e, "UNIFIL")
    assert row["entity"] == "United Nations Interim Force in Lebanon"
    # read: the long name, "(UNIFIL)" right after it, "UNIFIL has about 10,000 troops" = 3
    assert row["type"] == "ORG" and row["mentions"] == 3
    assert any("acronym defined in the text" in r for r in row["merge_reasons"])


def test_acronym_by_initials():
    e = ents(
        "The Syrian Observatory for Human Rights counted the dead. SOHR said 20 people were killed."
    )
    row = entity_of(e, "SOHR")
    assert row["entity"] == "Syrian Observatory for Human Rights" and row["mentions"] == 2
    assert any("initials" in r for r in row["merge_reasons"])


def test_bracketed_word_that_does_not_match_is_not_an_acronym():
    e = ents("Rebels entered Hama (AP) on Thursday.")
    assert "AP" not in entity_of(e, "Hama")["aliases"]


def test_transliteration_variants():
    e = entities(load_article(DATA / "deltanews-2024-12-09-deir-ez-zor.txt"), aliases=False)
    row = entity_of(e, "Deir el Zor")
    assert row["entity"] == "Deir ez-Zor" and row["mentions"] == 3  # headline, body, "Deir el Zor"
    assert row["country_code"] == "SY"
    assert any("transliteration" in r for r in row["merge_reasons"])
    e2 = ents("Fighters left al Raqqa at dawn. By noon Raqqa was quiet.")
    assert set(entity_of(e2, "Raqqa")["aliases"]) == {"al Raqqa", "Raqqa"}


def test_definite_description_by_name_word():
    # "monitor" refers back to the only organisation named like a monitor (Observatory)
    e = entities(load_article(DATA / "deltanews-2024-12-09-deir-ez-zor.txt"), aliases=False)
    row = entity_of(e, "The monitor")
    assert row["entity"] == "Syrian Observatory for Human Rights"
    assert row["roles"] == {"name": 1, "descriptor": 1}


def test_definite_description_learned_from_apposition():
    # nothing in the name says "monitor": the apposition "…, a war monitor," teaches it
    e = ents(
        "The Levant Rights Centre, a war monitor, said 12 people died in Idlib. "
        "Later the monitor raised the toll to 20."
    )
    row = entity_of(e, "the monitor")
    assert row["entity"] == "Levant Rights Centre"
    assert any("calls it a “monitor”" in r for r in row["merge_reasons"])


def test_ambiguous_description_is_not_resolved():
    # two organisations called "group" by the text: "the group" stays unresolved
    m = mentions(
        art(
            "The jihadi group Hayat Tahrir al Sham took Hama. The Tehran-backed group Hezbollah "
            "sent fighters. Later the group said it would advance."
        ),
        aliases=False,
    )
    assert "the group" not in m["text"].tolist()


def test_the_country_only_when_one_country_precedes():
    text = (
        "Syrian rebels reached Homs, the country’s third city. Iran and Russia back Bashar al "
        "Assad, who has ruled the country since 2000. Syria has been at war since 2011."
    )
    m = mentions(art(text), aliases=False)
    desc = m[m["text"] == "the country"]
    # only the first: before it just "Syrian" and "Homs" (one country); the second follows Iran
    # and Russia
    assert desc["start"].tolist() == [text.index("the country")]
    assert desc["entity"].tolist() == ["Syria"] and desc["role"].tolist() == ["descriptor"]


def test_generic_head_and_known_names():
    e = ents(
        "The Islamic State group captured villages. Islamic State fighters moved east. "
        "The Ansar Tawhid group attacked. Ansar Tawhid denied it."
    )
    assert entity_of(e, "Islamic State group")["entity"] == "Islamic State"
    assert entity_of(e, "Islamic State group")["mentions"] == 2


def test_gazetteer_same_place():
    e = ents("The United States sent envoys. A US-led coalition struck targets.")
    row = entity_of(e, "US")
    assert row["entity"] == "United States" and row["mentions"] == 2
    assert row["country_code"] == "US"


# ------------------------------------------------------------------------------------ aliases.csv
def test_aliases_file_overrides_and_extends(tmp_path):
    f = tmp_path / "aliases.csv"
    f.write_text(
        "alias,canonical,type\nthe regime,Assad government,ORG\nSham FM,Sham FM Radio,ORG\n",
        "utf-8",
    )
    a = art(
        "The insurgents met no resistance, according to Sham FM. Later the regime hit back. "
        "The regime denied it."
    )
    m = mentions(a, aliases=f)
    check_offsets(a, m)
    assert m[m["entity"] == "Assad government"]["text"].tolist() == ["the regime", "The regime"]
    row = m[m["text"] == "the regime"].iloc[0]
    assert (row["entity"], row["type"], row["role"], row["backend"]) == (
        "Assad government",
        "ORG",
        "descriptor",
        "aliases",
    )
    assert m[m["text"] == "Sham FM"]["entity"].tolist() == ["Sham FM Radio"]
    e = entities(a, aliases=f)
    assert any("aliases.csv line 3" in r for r in entity_of(e, "Sham FM")["merge_reasons"])


def test_aliases_file_beside_the_corpus_is_used(tmp_path):
    (tmp_path / "a.txt").write_text("Rebels praised the SOHR report.\n", "utf-8")
    (tmp_path / "a.json").write_text(
        '{"id": "a", "title": "t", "outlet": "o", "published": "2024-12-06"}', "utf-8"
    )
    (tmp_path / "aliases.csv").write_text(
        "alias,canonical,type\nSOHR,Syrian Observatory for Human Rights,ORG\n", "utf-8"
    )
    m = mentions(load_article(tmp_path / "a.txt"))
    assert m["entity"].tolist() == ["Syrian Observatory for Human Rights"]
    assert mentions(load_article(tmp_path / "a.txt"), aliases=False)["entity"].tolist() != [
        "Syrian Observatory for Human Rights"
    ]


@pytest.mark.parametrize(
    "body, line, message",
    [
        ("alias,canonical,type\nHTS,Hayat Tahrir al-Sham,ORG,extra\n", 2, "expected 2 or 3"),
        ("alias,canonical,type\nHTS,,ORG\n", 2, "must not be empty"),
        ("alias,canonical,type\nok,fine,ORG\nHTS,Hayat Tahrir al-Sham,GROUP\n", 3, "GROUP"),
        ("name,canonical\nHTS,x\n", 1, "header"),
    ],
)
def test_malformed_aliases_file(tmp_path, body, line, message):
    f = tmp_path / "aliases.csv"
    f.write_text(body, "utf-8")
    with pytest.raises(AliasFileError, match=message) as err:
        read_aliases(f)
    assert err.value.line == line
    assert str(f) in str(err.value) and f"line {line}" in str(err.value)
    with pytest.raises(AliasFileError):
        mentions(art("HTS took Hama."), aliases=f)


def test_shipped_aliases_file_is_valid():
    rows = read_aliases(ROOT / "corpus" / "aliases.csv")
    assert rows and all(r[0] and r[1] for r in rows)


# ------------------------------------------------------------------------------------ articles
def test_skynews_counts():
    """Counted by hand in the cleaned text (print(load_article(SKY).text)): every occurrence of
    the name in headline and paragraphs; the caption "Image: ... Syrian President Bashar al
    Assad ..." and the sub-headings are removed by cleaning and not counted.

    Bashar al-Assad: "President Bashar al Assad" (para 3) + "Mr Assad" x4 = 5.
    Hayat Tahrir al-Sham: "Hayat Tahrir al Sham" + "(HTS)" + "led by HTS" = 3.
    Syrian Observatory for Human Rights: 2 by name + "the monitor’s chief" = 3.
    Damascus 4; Homs 9; Hama 10; Syria 10 by name ("Syria’s" counted as Syria; "Syrian" is
    not) + "the country’s third-largest city" in paragraph 1 (before it only "Syrian" and "Homs"
    are named: one country) = 11; the two later "the country" follow Iran, Russia, Turkey ... and
    stay unresolved;
    Hezbollah 3; Russia 3; Iran 2; Lebanon 2; Aleppo 2; Ali Mahmoud Abbas 2 ("General Abbas");
    United States 3 ("the United States", "US-backed", "US-led"); Islamic State 2.
    """
    e = entities(load_article(SKY), aliases=False)
    counts = dict(zip(e["entity"], e["mentions"], strict=True))
    expected = {
        "Bashar al-Assad": 5,
        "Hayat Tahrir al-Sham": 3,
        "Syrian Observatory for Human Rights": 3,
        "Damascus": 4,
        "Homs": 9,
        "Hama": 10,
        "Syria": 11,
        "Hezbollah": 3,
        "Russia": 3,
        "Iran": 2,
        "Lebanon": 2,
        "Aleppo": 2,
        "Ali Mahmoud Abbas": 2,
        "United States": 3,
        "Islamic State": 2,
    }
    assert {k: counts.get(k) for k in expected} == expected
    types = dict(zip(e["entity"], e["type"], strict=True))
    assert types["Bashar al-Assad"] == "PERSON" and types["Hezbollah"] == "ORG"
    assert types["Homs"] == "GPE" and types["Syrian"] == "NORP"
    # "the monitor" is a descriptor; Tehran-backed gives a modifier
    m = mentions(load_article(SKY), aliases=False)
    assert m[m["text"] == "the monitor"]["role"].tolist() == ["descriptor"]
    assert m[m["text"] == "the country"]["start"].tolist() == [a_text(SKY).index("the country")]
    assert m[m["text"] == "Tehran"]["role"].tolist() == ["modifier"]
    # nothing from the clutter: no mention inside "Image: ..." or "Please use Chrome"
    assert "Chrome" not in " ".join(m["text"])
    check_offsets(load_article(SKY), m)


def test_levantwire_article():
    # read: Najib Mikati is named three times (full, "Mr Mikati", "Mikati"), Beirut twice,
    # "Iran-backed" is a modifier of Iran, the French are NORP.
    e = entities(load_article(DATA / "levantwire-2024-12-12-lebanon-truce.txt"), aliases=False)
    row = entity_of(e, "Mikati")
    assert row["entity"] == "Najib Mikati" and row["mentions"] == 3
    assert entity_of(e, "Beirut")["mentions"] == 2
    assert entity_of(e, "Iran")["roles"] == {"modifier": 1}
    assert entity_of(e, "French")["type"] == "NORP"
    assert entity_of(e, "Paris")["country_code"] == "FR"


def test_deltanews_article():
    # read: SDF defined in the text then used 3 more times = 5 mentions with the full name and
    # the headline's "Kurdish-led" is a modifier; Erdogan twice; Abdi twice.
    e = entities(load_article(DATA / "deltanews-2024-12-09-deir-ez-zor.txt"), aliases=False)
    row = entity_of(e, "SDF")
    assert row["entity"] == "Syrian Democratic Forces" and row["mentions"] == 5
    assert entity_of(e, "Erdogan")["entity"] == "Recep Tayyip Erdogan"
    assert entity_of(e, "Abdi")["mentions"] == 2
    ank = entity_of(e, "Ankara")
    assert ank["country_code"] == "TR" and 39 < ank["latitude"] < 41


def test_corpus_merges_across_articles():
    corpus = load_corpus(ROOT / "corpus")
    e = entities(corpus, aliases=False)
    row = entity_of(e, "Bashar al Assad")
    assert row["entity"] == "Bashar al-Assad" and row["articles"] >= 3
    assert len(row["doc_ids"]) == row["articles"]
    assert e["entity_id"].is_unique


# ------------------------------------------------------------------------------------ cooccurrence
def test_cooccurrence_counts_sentences():
    c = cooccurrence(art("Russia and Iran back Assad. Russia has a base in Syria. Iran sent arms."))
    pairs = {(r.entity_a, r.entity_b): r.count for r in c.itertuples()}
    assert pairs[("Iran", "Russia")] == 1
    assert pairs[("Russia", "Syria")] == 1
    assert ("Iran", "Syria") not in pairs


# ------------------------------------------------------------------------------------ bad input
@pytest.mark.parametrize(
    "text",
    [
        "nothing here but lower case words and no names at all.",
        "SYRIAN REBELS CLOSE IN ON HOMS AS THOUSANDS FLEE LIGHTNING ADVANCE",
        "رئيس النظام السوري بشار الأسد غادر دمشق.",
        "Сирийские повстанцы вошли в Хомс.",
        " ".join(["Rebels from Hama and Homs marched"] * 400) + ".",
        "(((HTS))) -- !!! ??",
    ],
)
def test_bad_input_does_not_crash(text):
    a = art(text)
    m = mentions(a, aliases=False)
    check_offsets(a, m)
    entities(a, aliases=False)
    cooccurrence(a, aliases=False)


def test_no_entities_gives_empty_tables():
    a = art("nothing here but lower case words.")
    assert mentions(a, aliases=False).empty and entities(a, aliases=False).empty


# ------------------------------------------------------------------------------------ offsets
WORDS = st.sampled_from(
    [
        "Syria’s",
        "Mr",
        "Assad",
        "President",
        "Bashar",
        "al",
        "Hama",
        "Tehran-backed",
        "US-led",
        "(HTS)",
        "Hayat",
        "Tahrir",
        "Sham",
        "the",
        "monitor",
        "said",
        "rebels",
        "Deir",
        "el",
        "Zor",
        ",",
        ".",
        "“",
        "”",
        "SOHR",
        "Kurdish",
        "pro-Assad",
        "group",
        "Islamic",
        "State",
    ]
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(WORDS, min_size=1, max_size=14), min_size=1, max_size=4))
def test_mention_offsets_property(paragraphs):
    text = "\n\n".join(" ".join(p) for p in paragraphs)
    try:
        a = art(text)
    except toolkit.ArticleError:
        return  # e.g. nothing left after cleaning
    m = mentions(a, aliases=False)
    check_offsets(a, m)
    assert (m["start"] < m["end"]).all()
    assert set(m["role"]) <= {"name", "modifier", "acronym", "descriptor"}


# ------------------------------------------------------------------------------------ gazetteer
def test_exact_place_lookup():
    assert lookup_place("Homs").country_code == "SY"  # exact, not a substring match
    assert lookup_place("Deir el Zor").name == lookup_place("Deir ez-Zor").name
    assert lookup_place("Washington").kind == "city"  # the capital beats the state
    assert lookup_place("Nowhereville") is None
    assert not math.isnan(lookup_place("Syria").latitude)


# ------------------------------------------------------------------------------------ charts
def test_charts_and_highlight():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from toolkit.plots.entities import highlight_entities

    a = load_article(SKY)
    e = entities(a, aliases=False)
    fig = toolkit.plots.entity_frequencies(e, top=5)
    assert len(fig.axes[0].patches) == 5
    fig2 = toolkit.plots.place_map(e)
    assert any("Homs" in t.get_text() for t in fig2.axes[0].texts)
    fig3 = toolkit.plots.cooccurrence_network(cooccurrence(a, aliases=False))
    assert fig3.axes[0].texts
    corpus = load_corpus(ROOT / "corpus")
    ec = entities(corpus, aliases=False)
    fig4 = toolkit.plots.entity_frequencies(
        ec, by_outlet=True, outlets={x.id: x.outlet for x in corpus}
    )
    assert fig4.axes[0].get_legend() is not None
    html = highlight_entities(a)
    assert "Hezbollah" in html.data and "PERSON" in html.data
    plt.close("all")
