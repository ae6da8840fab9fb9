"""Attribution (toolkit.sources): one test per construction, on sentences written for these tests.

Every expected value below was established by reading the sentence (who is speaking, what they
say, which word is the cue); the Sky News list by reading the article paragraph by paragraph.
``canonical=False`` keeps the tests fast and independent of the entities module (one test checks
the mapping is guarded).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import toolkit
from toolkit.corpus import Article, load_article
from toolkit.sources import (
    ISSUE_COLUMNS,
    SOURCE_COLUMNS,
    STATEMENT_COLUMNS,
    attribution_issues,
    highlight_statements,
    sources,
    statements,
)

DATA = Path(__file__).resolve().parent / "data" / "sources"
ROOT = Path(__file__).resolve().parents[1]
SKY = ROOT / "corpus" / "skynews-2024-12-06-syrian-rebels-close-in-on-homs.txt"


def art(text: str, outlet: str | None = "Test Gazette") -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Article.from_text(text, outlet=outlet, published="2025-01-15")


def attributed(text: str, **kw) -> pd.DataFrame:
    df = statements(art(text), narrator=False, canonical=False, **kw)
    a = art(text)
    for r in df.itertuples():  # the span invariant, everywhere
        assert a.text[r.start : r.end] == r.text
    return df


def one(text: str) -> pd.Series:
    df = attributed(text)
    assert len(df) == 1, df[["kind", "source", "cue", "text"]]
    return df.iloc[0]


# ------------------------------------------------------------------------------- the table
def test_columns_and_narrator_rows():
    a = art("The bridge reopened on Monday. “It is safe,” said the engineer, Lina Haddad.")
    df = statements(a, canonical=False)
    assert list(df.columns) == STATEMENT_COLUMNS
    assert df["statement_id"].tolist() == list(range(len(df)))
    narr = df[df["kind"] == "narrator"]
    # the first sentence has no attribution: it is the outlet's own
    assert narr["text"].tolist() == ["The bridge reopened on Monday."]
    assert set(narr["source"]) == {"Test Gazette"} and set(narr["source_type"]) == {"outlet"}
    assert narr["source_start"].isna().all()
    assert list(attribution_issues(df).columns) == ISSUE_COLUMNS
    # the table still concatenates and saves (issues are plain records)
    assert len(pd.concat([df, df])) == 2 * len(df)


# ----------------------------------------------------------------------------- direct quotes
def test_speaker_after_quote_with_appositive():
    r = one("“The levee will hold through the night,” said the city’s chief engineer, Lina Haddad.")
    assert (r.kind, r.source, r.source_type, r.cue) == ("direct", "Lina Haddad", "person", "said")
    assert r.text == "“The levee will hold through the night,”"
    assert "Lina Haddad" in art("x").text or True
    assert r.method == "quote-said-source"


def test_speaker_after_quote_name_then_verb():
    r = one('"We are not leaving," Marco Ruiz said.')
    assert (r.kind, r.source, r.cue, r.text) == (
        "direct",
        "Marco Ruiz",
        "said",
        '"We are not leaving,"',
    )


def test_speaker_before_quote_with_colon():
    r = one("The harbour master, Omar Khaled, said: “No ship will leave before the storm passes.”")
    assert (r.kind, r.source, r.cue) == ("direct", "Omar Khaled", "said")
    assert r.text == "“No ship will leave before the storm passes.”"


def test_pronoun_speaker_and_follow_up_paraphrase():
    text = (
        "A nurse who worked through the night at the field hospital told the Valley Herald the "
        "wards were full. “We ran out of beds before midnight,” she said. "
        "She also claimed that two ambulances had been turned away."
    )
    df = attributed(text)
    assert df["kind"].tolist() == ["indirect", "direct", "indirect"]
    assert df["source"].tolist() == ["nurse"] * 3
    assert df.loc[0, "reported_to"] == "Valley Herald"
    # pronoun-resolved rows have no mention span of their own
    assert df.loc[1:, "source_start"].isna().all()
    assert df.loc[2, "text"] == "two ambulances had been turned away"


def test_quote_continuation_in_next_sentence():
    df = attributed("“We saw the water rise,” said Ana Lopes, a farmer. “Then the fences went.”")
    assert df["source"].tolist() == ["Ana Lopes", "Ana Lopes"]
    assert df["method"].tolist() == ["quote-said-source", "quote-continuation"]


# ---------------------------------------------------------------------------- indirect speech
@pytest.mark.parametrize(
    "verb",
    [
        "said",
        "claimed",
        "vowed",
        "added",
        "warned",
        "announced",
        "insisted",
        "stated",
        "confirmed",
        "argued",
    ],
)
def test_indirect_speech_verbs(verb):
    r = one(f"The finance minister {verb} that the budget would be balanced by next year.")
    assert (r.kind, r.cue, r.source, r.source_type) == (
        "indirect",
        verb,
        "finance minister",
        "government",
    )
    assert r.text == "the budget would be balanced by next year"


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The coach denied reports of a rift in the squad.",
            "denied",
            "reports of a rift in the squad",
        ),
        (
            "The opposition leader accused the cabinet of hiding the report.",
            "accused",
            "the cabinet of hiding the report",
        ),
        (
            "The mayor urged residents to boil their water.",
            "urged",
            "residents to boil their water",
        ),
        (
            "The senator described the deal as a betrayal of farmers.",
            "described",
            "the deal as a betrayal of farmers",
        ),
    ],
)
def test_other_speech_acts(sentence, cue, content):
    r = one(sentence)
    assert (r.cue, r.kind, r.text) == (cue, "indirect", content)


def test_told_keeps_who_was_told():
    r = one("Elena Petrova told reporters the vote would go ahead.")
    assert (r.source, r.reported_to, r.text) == (
        "Elena Petrova",
        "reporters",
        "the vote would go ahead",
    )


def test_coordinated_cues_share_the_speaker():
    df = attributed("The governor said the roads were clear and vowed the schools would reopen.")
    assert df["cue"].tolist() == ["said", "vowed"]
    assert df["source"].tolist() == ["governor", "governor"]
    assert df["text"].tolist() == ["the roads were clear", "the schools would reopen"]


def test_content_before_source():
    r = one("Power will be restored by Friday, the utility company said.")
    assert (r.source, r.source_type, r.text) == (
        "utility company",
        "organisation",
        "Power will be restored by Friday",
    )


def test_relative_pronoun_speaker():
    df = attributed("It was a setback for the Northern Alliance party, which said it would appeal.")
    r = df.iloc[0]
    assert r.text == "it would appeal" and r.source == "Northern Alliance party"


# ------------------------------------------------------------------------------- according to
def test_according_to_at_end():
    r = one("Fuel prices rose by a fifth in March, according to the national statistics office.")
    assert (r.kind, r.cue, r.source) == (
        "according-to",
        "according to",
        "national statistics office",
    )
    assert r.text == "Fuel prices rose by a fifth in March"


def test_according_to_at_start():
    r = one("According to the Red Crescent aid group, 40 families lost their homes.")
    assert (r.kind, r.source, r.source_type) == (
        "according-to",
        "Red Crescent aid group",
        "organisation",
    )
    assert r.text == "40 families lost their homes"


def test_according_to_two_sources_one_row_each():
    df = attributed(
        "The convoy reached the town at dawn, according to state television and a local aid group."
    )
    # two sources of different kinds: one row per source, same content span
    assert sorted(df["source"]) == ["local aid group", "state television"]
    assert sorted(df["source_type"]) == ["media", "organisation"]
    assert df["start"].nunique() == 1 and df["end"].nunique() == 1


# ------------------------------------------------------------------ nested and anonymous sources
def test_nested_quoted_saying():
    r = one(
        "The state broadcaster NTV quoted an unnamed army officer as saying the border crossing "
        "had been closed."
    )
    assert (r.source, r.source_type, r.via) == ("unnamed army officer", "anonymous", "NTV")
    assert r.text == "the border crossing had been closed"


def test_anonymous_officials_told_agency():
    r = one(
        "The ceasefire talks have stalled, a senior diplomat and three Western officials told "
        "Reuters news agency."
    )
    assert r.source_type == "anonymous" and r.reported_to == "Reuters"
    assert r.source == "senior diplomat and three Western officials"
    assert r.text == "The ceasefire talks have stalled"


# ---------------------------------------------------------------------------------- mixed
def test_mixed_quote_inside_indirect_speech():
    r = one("The minister said the closure was “a precaution and nothing more” and would be brief.")
    assert r.kind == "mixed"
    assert r.text == "the closure was “a precaution and nothing more” and would be brief"


# --------------------------------------------------------------------------------- channels
@pytest.mark.parametrize(
    ("sentence", "channel"),
    [
        (
            "Governor Ruth Ames said in a televised statement that the curfew was lifted.",
            "televised statement",
        ),
        ("The rebel commander announced on Telegram that his fighters had withdrawn.", "Telegram"),
        ("The health minister wrote in a post on X that the clinics would stay open.", "X/Twitter"),
        ("The party said on social media that its offices had been raided.", "social media"),
    ],
)
def test_channel_is_kept(sentence, channel):
    r = one(sentence)
    assert r.channel == channel
    assert r.kind == "indirect" and not r.text.startswith(("in ", "on "))


# -------------------------------------------------------------------------------- bad input
def test_unbalanced_quote_is_recorded_not_lost():
    text = "“We will rebuild the school,” the headteacher said. He added: “Nobody will stop us.\n\nThe town council met on Monday."
    a = art(text)
    df = statements(a, canonical=False)
    iss = attribution_issues(df)
    assert iss["problem"].str.contains("unclosed").any()
    # the unclosed quote ends at its paragraph; the next paragraph is still the narrator's
    assert "The town council met on Monday." in df["text"].tolist()
    assert attribution_issues(a)["problem"].str.contains("unclosed").any()


def test_stray_closing_quote():
    a = art("The river rose” overnight. Nobody was hurt, police said.")
    df = statements(a, canonical=False)
    assert attribution_issues(df)["problem"].str.contains("stray").any()
    assert "police" in set(df["source"])


def test_quote_spanning_paragraphs_and_mixed_marks():
    text = (
        '"We have lost everything," said Joana Reis, a shop owner. "The water took the stock.\n\n'
        "“And the insurance will not pay.”"
    )
    df = attributed(text)
    # the second quote runs on into the next paragraph (no closing mark at the paragraph end)
    assert df["source"].tolist() == ["Joana Reis", "Joana Reis"]
    assert df.iloc[1]["text"].endswith("will not pay.”") and "\n\n" in df.iloc[1]["text"]


def test_quote_without_speaker_is_kept_as_unknown():
    a = art("The hall fell silent.\n\n“This is the last warning we can give.”")
    df = statements(a, canonical=False)
    q = df[df["kind"] == "direct"]
    assert q["source"].tolist() == ["unknown"]
    assert attribution_issues(df)["problem"].str.contains("no identifiable speaker").any()


def test_nested_and_very_long_quote():
    inner = "the ‘red line’ that we agreed " + " ".join(["and the talks went on"] * 300)
    text = f"“They crossed {inner},” said Pia Lind."
    r = one(text)
    assert r.source == "Pia Lind" and r.kind == "direct" and len(r.text) > 5000


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "“",
                "”",
                '"',
                "said",
                "he said",
                "according to",
                "the minister",
                ",",
                ".",
                "\n\n",
                "told",
                "Reuters",
                "We won",
                "that",
            ]
        ),
        max_size=40,
    )
)
def test_never_crashes_and_spans_hold(parts):
    text = " ".join(parts)
    try:
        a = art(text)
    except toolkit.ArticleError:
        return  # nothing left to analyse: the loader says so (tested with the corpus)
    df = statements(a, canonical=False)
    for r in df.itertuples():
        assert a.text[r.start : r.end] == r.text
        assert r.kind in ("direct", "indirect", "mixed", "according-to", "narrator")


def test_empty_and_plain_text():
    a = art("No one spoke.")
    df = statements(a, canonical=False)
    assert df["kind"].tolist() == ["narrator"]


# ------------------------------------------------------------------------ the Sky News report
def test_sky_news_sources_established_by_reading():
    """Read paragraph by paragraph: each attributed paragraph names one speaker (see comments)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = load_article(SKY)
    df = statements(a, narrator=False, canonical=False)
    got = set(zip(df["source"], df["kind"], strict=True))
    expected = {
        ("pro-government media", "according-to"),  # "according to pro-government media and
        ("opposition war monitor", "according-to"),  # an opposition war monitor" (two rows)
        ("Syrian Observatory for Human Rights", "according-to"),  # twice, "according to the ..."
        ("Rami Abdulrahman", "direct"),  # "..." said the monitor's chief, Rami Abdulrahman
        ("Sham FM", "according-to"),  # according to pro-government Sham FM
        ("unnamed military official", "indirect"),  # SANA quoted an unnamed military official
        ("Syrian rebel", "indirect"),  # A Syrian rebel ... told Sky News the fight ...
        ("Syrian rebel", "direct"),  # "Just as we liberated Aleppo ...," he said.
        ("Ali Mahmoud Abbas", "indirect"),  # Syria's defence minister said ... and vowed ...
        ("Ali Mahmoud Abbas", "mixed"),  # said in a televised statement ... "takfiri"
        ("Ali Mahmoud Abbas", "direct"),  # "We are in a good position ...," General Abbas added
        ("Syrian military officer and two regional officials", "indirect"),  # told Reuters
        ("Mazloum Abdi", "indirect"),  # the head of the ... Kurdish forces said the IS group ...
        ("Mazloum Abdi", "direct"),  # "Due to the recent developments ...," said ... Mazloum Abdi
    }
    assert expected <= got, expected - got
    # a role descriptor followed at once by the newly named speaker is that speaker
    assert "Syria’s defence minister" not in set(df["source"])
    abbas = df[df["source"] == "Ali Mahmoud Abbas"]
    assert len(abbas) == 5 and set(abbas["descriptor"]) == {"Syria’s defence minister"}
    abdi = df[df["source"] == "Mazloum Abdi"]
    assert len(abdi) == 2
    assert set(abdi["descriptor"]) == {"head of the US-backed Syrian Kurdish forces"}
    nested = df[df["source"] == "unnamed military official"].iloc[0]
    assert nested["via"] == "SANA" and nested["source_type"] == "anonymous"
    reuters = df[df["reported_to"] == "Reuters"].iloc[0]
    assert reuters["source_type"] == "anonymous"
    assert df[df["reported_to"] == "Sky News"]["source"].tolist() == ["Syrian rebel"]
    assert "televised statement" in set(df["channel"].dropna())
    # "He also claimed ..." follows the rebel's quote
    claimed = df[df["cue"] == "claimed"].iloc[0]
    assert claimed["source"] == "Syrian rebel"
    # the unattributed paragraphs stay the outlet's
    allrows = statements(a, canonical=False)
    narr = allrows[allrows["kind"] == "narrator"]
    assert set(narr["source"]) == {"Sky News"}
    assert any(t.startswith("Iran has provided significant support") for t in narr["text"])


# --------------------------------------------------------------------- two written test articles
def _load(name: str) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_article(DATA / name)


def test_harbour_post_article():
    a = _load("harbourpost-2025-03-02-dock-strike.txt")
    df = statements(a, narrator=False, canonical=False)
    by_cue = {(r.cue, r.source) for r in df.itertuples()}
    # read from the article: each line names the speaker of one paragraph
    assert ("according to", "dockers' union") in by_cue
    assert ("said", "Teresa Valdoni") in by_cue
    assert ("said", "harbour authority") in by_cue and ("warned", "harbour authority") in by_cue
    assert ("quoted", "unnamed transport ministry official") in by_cue
    assert ("told", "Carla Mendes") in by_cue
    assert ("said", "Carla Mendes") in by_cue  # “Nobody wants to strike ...,” she said.
    assert ("claimed", "Carla Mendes") in by_cue  # She also claimed ...
    assert ("told", "Two senior port executives") in by_cue
    assert ("denied", "Paolo Serra") in by_cue
    assert ("said", "Ines Farrugia") in by_cue
    assert df.loc[df["cue"] == "denied", "channel"].tolist() == ["X/Twitter"]
    assert df.loc[df["source"] == "Ines Farrugia", "kind"].tolist() == ["mixed", "direct"]
    assert set(df.loc[df["source"] == "Two senior port executives", "reported_to"]) == {"Reuters"}


def test_valley_herald_article():
    a = _load("valleyherald-2025-04-11-flood-warning.txt")
    df = statements(a, narrator=False, canonical=False)
    by_cue = {(r.cue, r.source) for r in df.itertuples()}
    assert ("said", "national weather service") in by_cue  # ..., the national weather service said.
    assert ("said", "Hannah Brook") in by_cue and ("vowed", "Hannah Brook") in by_cue
    assert ("said", "regional fire service") in by_cue  # which said it had rescued 27 people
    assert ("urged", "regional fire service") in by_cue
    assert ("according to", "Aske Valley Farmers' Association") in by_cue
    assert ("announced", "spokesman for the water company") in by_cue
    assert ("added", "spokesman for the water company") in by_cue  # He added that ...
    assert df.loc[df["cue"] == "announced", "channel"].tolist() == ["Telegram"]
    brook = df[df["source"] == "Hannah Brook"]
    assert "televised statement" in set(brook["channel"].dropna())
    # the quote that runs over a paragraph break is one statement, not lost
    assert any("\n\n" in t for t in brook["text"])


# ------------------------------------------------------------------------ sources and views
def test_sources_table_for_corpus():
    arts = [
        _load("harbourpost-2025-03-02-dock-strike.txt"),
        _load("valleyherald-2025-04-11-flood-warning.txt"),
    ]
    st_all = statements(arts, canonical=False)
    tab = sources(st_all)
    assert list(tab.columns) == SOURCE_COLUMNS
    assert tab["source"].is_unique or tab[["source", "source_type"]].duplicated().sum() == 0
    row = tab[tab["source"] == "Carla Mendes"].iloc[0]
    assert row["statements"] == 3 and row["articles"] == ["harbourpost-2025-03-02-dock-strike"]
    assert sorted(row["kinds"]) == ["direct", "indirect"]
    outlets = tab[tab["source_type"] == "outlet"]
    assert set(outlets["source"]) == {"Harbour Post", "Valley Herald"}
    # outlets are listed after the quoted sources
    assert tab["source_type"].tolist()[-1] == "outlet"


def test_highlight_statements():
    a = art("“The dam is safe,” said engineer Rosa Lind.")
    html = highlight_statements(a, statements(a, canonical=False))
    assert "Rosa Lind" in html.data and "cue" in html.data and "<mark" in html.data


def test_entity_mapping_is_guarded(monkeypatch):
    import toolkit.sources as src

    def boom(*_a, **_k):
        raise RuntimeError("entities broken")

    try:
        import toolkit.entities as ent

        monkeypatch.setattr(ent, "mentions", boom)
    except Exception:  # pragma: no cover - entities module absent
        pass
    a = art("“We will win,” said Omar Khaled.")
    df = src.statements(a)
    assert df.loc[df["kind"] == "direct", "source"].tolist() == ["Omar Khaled"]


def test_exported_from_toolkit():
    a = art("Prices rose, the bank said.")
    assert toolkit.statements(a, canonical=False)["source"].tolist()[0] == "bank"
    assert "source" in toolkit.sources(a).columns


def test_according_to_in_the_middle():
    r = one(
        "The strike ended after, according to the union, the company raised its offer by a tenth."
    )
    assert (r.source, r.text) == ("union", "the company raised its offer by a tenth")


def test_first_person_speaker_is_the_writer():
    # an opinion piece: "I" outside quotes is the author, i.e. the outlet's own voice
    r = one("“You are wasting your time,” I told the guard at the gate.")
    assert (r.source, r.source_type, r.kind) == ("Test Gazette", "outlet", "direct")


def test_entity_mapping_uses_overlapping_mention(monkeypatch):
    ent = pytest.importorskip("toolkit.entities")
    a = art("“We will win,” said Gen. Omar Khaled. Later Gen. Khaled said the war would end.")

    def fake_mentions(article, *args, **kwargs):
        # a stand-in for the entities module: both mentions point to one canonical entity
        rows = []
        for m in ("Gen. Omar Khaled", "Gen. Khaled"):
            s = article.text.index(m)
            rows.append(
                (article.id, 0, s, s + len(m), m, "PERSON", "Omar Khaled (general)", "p1", "name")
            )
        return pd.DataFrame(
            rows,
            columns=[
                "doc_id",
                "sent_id",
                "start",
                "end",
                "text",
                "type",
                "entity",
                "entity_id",
                "role",
            ],
        )

    monkeypatch.setattr(ent, "mentions", fake_mentions)
    df = statements(a, narrator=False)
    assert df["source"].tolist() == ["Omar Khaled (general)", "Omar Khaled (general)"]


def test_according_to_variants_from_the_lexicon():
    r = one("The bridge will reopen in May, as reported by the regional newspaper.")
    assert (r.kind, r.cue, r.source, r.source_type) == (
        "according-to",
        "as reported by",
        "regional newspaper",
        "media",
    )


# ------------------------------------------------- follow-up fixes (relative clauses, pronouns)
def test_subject_with_relative_clause_before_speech_verb():
    # a relative clause between the subject and the cue: the subject speaks, not the narrator
    df = attributed(
        "Ines Varga, who teaches at the village school, said the new road had cut her journey "
        "in half."
    )
    assert df["source"].tolist() == ["Ines Varga"]
    assert df["text"].tolist() == ["the new road had cut her journey in half"]
    assert df["kind"].tolist() == ["indirect"]


def test_pronoun_takes_most_recent_person_subject():
    # the pronoun after the second speaker's paraphrase is the second speaker, not the first
    text = (
        "“The festival brought the whole valley together,” said the organiser, Carl Jensen. "
        "Stallholders disagreed. Maria Soto, who sells cheese at the market, said the rain had "
        "kept buyers away. “I sold almost nothing all weekend,” she said."
    )
    df = attributed(text)
    assert df["source"].tolist() == ["Carl Jensen", "Maria Soto", "Maria Soto"]
    assert df.loc[2, "kind"] == "direct"


@pytest.mark.parametrize(
    "text, source, content",
    [
        (
            "A technician, who asked not to be identified, said the cooling pumps were faulty.",
            "technician",
            "the cooling pumps were faulty",
        ),
        (
            "A clerk, who declined to give his name, told the Herald that the files had vanished.",
            "clerk",
            "the files had vanished",
        ),
        (
            "Two guards, who spoke on condition of anonymity, said the gate was left open.",
            "Two guards",
            "the gate was left open",
        ),
    ],
)
def test_anonymity_request_is_not_content(text, source, content):
    df = attributed(text)
    assert df["text"].tolist() == [content]
    assert df["source"].tolist() == [source]


@pytest.mark.parametrize(
    ("sentence", "cue", "method"),
    [
        ("The harbour master cautioned that the pier was unsafe.", "cautioned", "verb"),
        ("The harbour master reiterated that the pier was unsafe.", "reiterated", "verb"),
        ("The harbour master testified that the pier was unsafe.", "testified", "verb"),
        ("The harbour master lamented that the pier was unsafe.", "lamented", "verb"),
        ("The harbour master wondered whether the pier was unsafe.", "wondered", "cognition"),
        ("The harbour master suspected the pier was unsafe.", "suspected", "cognition"),
    ],
)
def test_less_common_reporting_verbs(sentence, cue, method):
    r = one(sentence)
    assert (r.source, r.cue, r.method) == ("harbour master", cue, f"subject-{method}-content")
    assert r.text.endswith("the pier was unsafe")


def test_reporting_verbs_inverted_after_a_quote():
    r = one("“The pier is unsafe,” remarked the harbour master.")
    assert (r.kind, r.source, r.cue) == ("direct", "harbour master", "remarked")


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        ("The union officially endorsed the mayor.", "union", "endorsed", "the mayor"),
        ("The warden quickly denied the report.", "warden", "denied", "the report"),
        (
            "The warden has already said the park would close.",
            "warden",
            "said",
            "the park would close",
        ),
    ],
)
def test_adverb_between_source_and_cue_is_no_part_of_the_source(text, source, cue, content):
    r = one(text)
    assert (r.source, r.cue, r.text) == (source, cue, content)


def test_participle_after_an_adverb_is_still_an_adjective():
    # "the newly announced council" is no cue; "Officials recently announced plans" is one
    assert attributed("The newly announced council met on Monday.", learned=False).empty
    r = one("Officials recently announced plans to rebuild the bridge.")
    assert (r.source, r.cue) == ("Officials", "announced")


def test_worry_about_a_thing_is_no_rule_statement():
    # the rules take "worried" as a cognition cue before a clause, not before "about" + a noun
    # phrase (the learned layer may still read "worried about" as PolNeAR does: a feeling)
    assert attributed("The harbour master worried about the cost of repairs.", learned=False).empty
    r = one("The harbour master worried that the cost of repairs would rise.")
    assert (r.cue, r.text) == ("worried", "the cost of repairs would rise")


# ------------------------------------------- beliefs, plans, headlines (marked apart from speech)
def test_cognition_cue_marked_in_method():
    df = attributed("Fishermen fear the new quota will empty the harbour.")
    assert df["source"].tolist() == ["Fishermen"]
    assert df["text"].tolist() == ["the new quota will empty the harbour"]
    assert df["method"].tolist() == ["subject-cognition-content"]
    # plain speech keeps its method
    assert one("The warden said the park would close early.").method == "subject-said-content"


def test_one_word_headline_source():
    text = "Warden: Park Will Close Early for Storm Repairs\n\nThe park closed on Monday."
    df = attributed(text)
    assert df["source"].tolist() == ["Warden"]
    assert df["method"].tolist() == ["headline-colon"]
    # a label word is no source
    assert attributed("Watch: Storm Hits Coast\n\nThe storm hit the coast.").empty


@pytest.mark.parametrize(
    "text, content, cue",
    [
        (
            "The ferry service is expected to resume next week.",
            "The ferry service is expected to resume next week",
            "is expected",
        ),
        (
            "The missing painting was believed to hang in a private villa.",
            "The missing painting was believed to hang in a private villa",
            "was believed",
        ),
        (
            "The dam, which is expected to hold 40 million litres, opens in June.",
            "which is expected to hold 40 million litres",
            "is expected",
        ),
    ],
)
def test_passive_attribution_without_named_source(text, content, cue):
    df = attributed(text)
    assert df["text"].tolist() == [content]
    assert df["cue"].tolist() == [cue]
    assert df["source"].tolist() == ["unknown"]
    assert df["method"].tolist() == ["passive-cognition"]


def test_passive_to_noun_is_no_attribution():
    assert attributed("The letter was said to the porter at the gate.").empty


def test_double_apostrophe_quote_marks():
    # some archives print quotes as two apostrophes: ''...''
    text = (
        "''The orchard has never looked better,'' said Joan Pike, who grows pears near the river. "
        "''We had no frost at all.''\n\nThe mayor called the harvest ''a small miracle'' on Sunday."
    )
    a = art(text)
    df = statements(a, narrator=False, canonical=False)
    for r in df.itertuples():
        assert a.text[r.start : r.end] == r.text
    assert df["text"].tolist()[:2] == [
        "''The orchard has never looked better,''",
        "''We had no frost at all.''",
    ]
    assert df["source"].tolist()[:2] == ["Joan Pike", "Joan Pike"]
    assert df.loc[0, "kind"] == "direct"


@pytest.mark.parametrize(
    ("text", "source", "quote"),
    [
        # British style: single quote marks, curly or straight, with apostrophes inside
        (
            "‘We don’t know where they’ll be sent,’ said Dr Anita Rowe.",
            "Anita Rowe",
            "‘We don’t know where they’ll be sent,’",
        ),
        (
            "'We don't know where they'll be sent,' said Dr Anita Rowe.",
            "Anita Rowe",
            "'We don't know where they'll be sent,'",
        ),
        (
            "Ms Harrington said: 'These centres are no longer fit for purpose.'",
            "Harrington",
            "'These centres are no longer fit for purpose.'",
        ),
        # a plural possessive inside the quote does not close it
        (
            "‘The rebels’ advance is slow,’ the commander said.",
            "commander",
            "‘The rebels’ advance is slow,’",
        ),
    ],
)
def test_single_quote_marks_quote_like_double_ones(text, source, quote):
    r = one(text)
    assert (r.kind, r.source, r.text) == ("direct", source, quote)


def test_single_quotes_inside_double_quotes_and_apostrophes_stay():
    df = attributed("“He told me ‘no’ twice,” Ann Lee said. The ’90s were calmer, Lee added.")
    assert df["text"].tolist() == ["“He told me ‘no’ twice,”", "The ’90s were calmer"]
    assert df["kind"].tolist() == ["direct", "indirect"]
    # a single-quoted fragment in indirect speech makes it mixed
    r = one("The mayor called the plan ‘a disgrace’ on Monday.")
    assert r.kind == "mixed" and "‘a disgrace’" in r.text


def test_single_quoted_quote_going_on_in_the_next_paragraph():
    # no closing mark at the paragraph's end: the quote goes on where the next one reopens it
    text = (
        "Ann Lee said: ‘We will not stop until we win.\n\n‘The people are with us.’\n\nIt rained."
    )
    df = attributed(text)
    assert df["source"].tolist() == ["Ann Lee"]
    assert df["text"].tolist() == ["‘We will not stop until we win.\n\n‘The people are with us.’"]


def test_content_ends_before_nonrestrictive_which_and_since_adverb():
    df = attributed("The warden has since said she opposes the new fence, which blocks a footpath.")
    assert df["text"].tolist() == ["she opposes the new fence"]
    assert df["source"].tolist() == ["warden"]


def test_fronted_asked_question_and_relative_clause_on_source():
    df = attributed("When asked whether the ferry would run, the skipper shrugged.")
    assert df["text"].tolist() == ["whether the ferry would run"]
    assert (df.loc[0, "source"], df.loc[0, "method"]) == ("unknown", "asked-question")
    df = attributed("A later kick-off may not be a bad idea, say some coaches, who fear injuries.")
    assert df["source"].tolist() == ["some coaches"]
    assert df["text"].tolist() == ["A later kick-off may not be a bad idea"]
    df = attributed(
        "Growers, who farm most of the plain, have blocked the pylons, saying they spoil the view."
    )
    assert df["source"].tolist() == ["Growers"]
    assert df["text"].tolist() == ["they spoil the view"]


def test_called_verdict_and_stance_cues():
    df = attributed("The captain called the new rules a farce.")
    assert (df.loc[0, "text"], df.loc[0, "source"]) == ("the new rules a farce", "captain")
    # calling someone on the phone or calling a meeting is no verdict
    assert attributed("The captain called the coastguard. He called a meeting.").empty
    df = attributed("Most anglers support the night ban.")
    assert (df.loc[0, "text"], df.loc[0, "method"]) == ("the night ban", "subject-stance-content")
    assert attributed("The ban is supported by the council.").empty
    df = attributed("Growers have opposed the pylons, saying they spoil the view.")
    assert df["text"].tolist() == ["the pylons", "they spoil the view"]
    assert df["method"].tolist() == ["subject-stance-content", "gerund-said-content"]


def test_nominal_cue_with_possessive_source():
    df = attributed(
        "Residents doubted the developer's promise that the towers would cast no shadow."
    )
    assert df["text"].tolist() == ["the towers would cast no shadow"]
    assert (df.loc[0, "source"], df.loc[0, "cue"], df.loc[0, "method"]) == (
        "developer",
        "promise",
        "nominal-cue",
    )


# ------------------------------------------------- a role descriptor and the name that follows
def test_descriptor_then_new_name_with_rank_is_one_source():
    # wire style: the role first, the name with a rank in the next sentence, then the surname
    text = (
        "Ghana’s interior minister said the curfew would be lifted on Friday. Colonel Kwame"
        " Mensah Asante said in a radio interview that patrols would continue in the north."
        " “We are not leaving,” Colonel Asante added."
    )
    df = attributed(text)
    assert df["source"].tolist() == ["Kwame Mensah Asante"] * 3
    assert set(df["descriptor"]) == {"Ghana’s interior minister"}
    assert df["source_type"].nunique() == 1
    tab = sources(art(text), narrator=False)
    assert tab["source"].tolist() == ["Kwame Mensah Asante"]
    assert tab.loc[0, "statements"] == 3
    assert tab.loc[0, "descriptor"] == "Ghana’s interior minister"


def test_descriptor_then_courtesy_title_name():
    # broadcaster style: "Mr" and the full name after "the company's spokesman"
    df = attributed(
        "The company’s spokesman said the factory would reopen next week."
        " Mr David Okafor told the BBC that no workers had been hurt."
    )
    assert df["source"].tolist() == ["David Okafor", "David Okafor"]
    assert df["descriptor"].tolist() == ["company’s spokesman"] * 2


def test_appositive_restating_the_role_names_the_earlier_descriptor():
    # agency style: '..., said the head of the union, Tomas Berger.'
    df = attributed(
        "The head of the regional farmers’ union said the harvest had failed in three districts."
        " “We have never seen a drought like this,” said the head of the union, Tomas Berger."
    )
    assert df["source"].tolist() == ["Tomas Berger", "Tomas Berger"]
    assert df["kind"].tolist() == ["indirect", "direct"]
    assert set(df["descriptor"]) == {"head of the regional farmers’ union"}


@pytest.mark.parametrize(
    "text",
    [
        # two different ministers: the office in the title or the appositive disagrees
        "The defence minister said the border would stay closed."
        " Foreign Minister Ali Bakr said talks would resume in Geneva.",
        "The defence minister said the border would stay closed."
        " “We will not negotiate,” said the foreign minister, Ali Bakr.",
        # another speaker in between
        "The defence minister said the army would regroup. Rebels said they had taken the"
        " airport. General Ali Bakr said the airport was still in government hands.",
        # the name was met before: not newly introduced
        "General Ali Bakr visited the front on Monday. The defence minister said the army would"
        " regroup. General Ali Bakr said the airport was still in government hands.",
        # an indefinite descriptor, a plural one, a name several sentences later
        "A defence official said the army would regroup."
        " General Ali Bakr said the airport was still in government hands.",
        "The defence ministers said the army would regroup."
        " General Ali Bakr said the airport was still in government hands.",
        "The defence minister said the army would regroup. The airport was shelled overnight."
        " Trains stopped. Nobody was hurt."
        " General Ali Bakr said the airport was still in government hands.",
    ],
)
def test_descriptor_and_name_kept_apart(text):
    df = attributed(text)
    assert "Ali Bakr" in set(df["source"])
    assert len(set(df["source"])) >= 2
    # no link: the descriptor keeps none, the name at most its own glued title or appositive role
    assert df.loc[df["source"] != "Ali Bakr", "descriptor"].isna().all()
    own = set(df.loc[df["source"] == "Ali Bakr", "descriptor"].dropna())
    assert own <= {"General", "Foreign Minister", "foreign minister"}


def test_name_as_object_of_the_next_statement_is_no_source():
    df = attributed(
        "The defence minister said the army would regroup."
        " He praised General Ali Bakr, saying the commander had held the line."
    )
    assert set(df["source"]) == {"defence minister"}
    assert df["descriptor"].isna().all()


def test_role_descriptor_after_a_titled_name_is_that_name():
    # the other order: the name with its title first, the bare role later
    df = attributed(
        "Senator Maria Lopez said the bill would pass. Critics disagreed with the plan,"
        " and the senator added that she would not give up."
    )
    assert df["source"].tolist() == ["Maria Lopez", "Maria Lopez"]
    assert set(df["descriptor"]) == {"senator"}
    tab = sources(
        art(
            "Senator Maria Lopez said the bill would pass. Critics disagreed with the plan,"
            " and the senator added that she would not give up."
        ),
        narrator=False,
    )
    assert tab["source"].tolist() == ["Maria Lopez"]


def test_role_descriptor_after_an_appositive_is_that_name():
    df = attributed(
        "Piet de Vries, head of the Dutch Safety Board, said the bridge had not been inspected."
        " The head of the board said the report would be published in May."
    )
    assert df["source"].tolist() == ["Piet de Vries", "Piet de Vries"]


@pytest.mark.parametrize(
    ("text", "n_sources"),
    [
        # two senators named before: "the senator" could be either
        (
            "Senator Maria Lopez said the bill would pass. Senator Tom Ward said it would fail."
            " The senator added that the vote would be close.",
            3,
        ),
        # another office
        ("Mayor Ann Lee said the roads were closed. The police chief said they would reopen.", 2),
        # a modifier the name's role does not have
        (
            "Maria Lopez, the senator from Ohio, said the bill would pass."
            " The Texas senator said it would fail.",
            2,
        ),
    ],
)
def test_role_descriptor_after_names_kept_apart(text, n_sources):
    df = attributed(text)
    assert df["source"].nunique() == n_sources
    # no link: the bare role keeps no descriptor, a name at most its own title or appositive role
    named = df["source"].isin(["Maria Lopez", "Tom Ward", "Ann Lee"])
    assert df.loc[~named, "descriptor"].isna().all()
    assert set(df.loc[named, "descriptor"].dropna()) <= {"Senator", "Mayor", "senator from Ohio"}


def test_nonrestrictive_clause_inside_the_content_subject():
    # the relative clause sits inside the content's subject: the content's verb follows it
    df = attributed(
        "The mayor said the bridge, which was built in 1902 and closed last year,"
        " would reopen in May."
    )
    assert df["text"].tolist() == [
        "the bridge, which was built in 1902 and closed last year, would reopen in May"
    ]


def test_naval_rank_is_a_title():
    df = attributed(
        "The deputy head of the navy’s delegation said the patrols would go on."
        " “We will not leave the strait,” Rear Admiral Chen Bo told reporters."
    )
    assert df["source"].tolist() == ["Chen Bo", "Chen Bo"]
    assert set(df["descriptor"]) == {"deputy head of the navy’s delegation"}


def test_descriptor_with_pronoun_follow_up_then_name():
    df = attributed(
        "The defence minister said the army would regroup. He added that reinforcements were on"
        " the way. General Ali Bakr said the airport was still in government hands."
    )
    assert df["source"].tolist() == ["Ali Bakr"] * 3
    assert set(df["descriptor"]) == {"defence minister"}


# ------------------------------------------------- titles glued to names, spokespeople's types
def _rows(df: pd.DataFrame) -> list[tuple]:
    return [
        (r.source, r.source_type, r.descriptor if isinstance(r.descriptor, str) else None)
        for r in df.itertuples()
    ]


def test_titles_glued_to_names_become_descriptors():
    text = (
        "Transport Minister Ilse Novak said the tunnel would open in May. A company’s"
        " spokeswoman said the contractor would appeal. Brightwater Ltd spokesman Omar Reyes"
        " said the ruling was unfair. “We will keep fighting,” said Green Party leader Tove Lind."
        " Prime Minister Anders Holm told reporters the budget was balanced."
    )
    df = attributed(text)
    assert _rows(df) == [
        ("Ilse Novak", "government", "Transport Minister"),
        ("company’s spokeswoman", "organisation", None),
        ("Omar Reyes", "organisation", "Brightwater Ltd spokesman"),
        ("Tove Lind", "organisation", "Green Party leader"),  # a party's leader, as before
        ("Anders Holm", "government", "Prime Minister"),
    ]
    # the mention spans still cover the whole phrase, title included
    a = art(text)
    spans = [a.text[s:e] for s, e in zip(df["source_start"], df["source_end"], strict=True)]
    assert spans == [
        "Transport Minister Ilse Novak",
        "company’s spokeswoman",
        "Brightwater Ltd spokesman Omar Reyes",
        "Green Party leader Tove Lind",
        "Prime Minister Anders Holm",
    ]


def test_titled_name_and_surname_are_one_source():
    text = (
        "Transport Minister Ilse Novak said the tunnel would open in May. Critics doubted it."
        " Novak added that the cost had not risen. She said the trains were ordered."
    )
    df = attributed(text)
    assert _rows(df) == [("Ilse Novak", "government", "Transport Minister")] * 3
    tab = sources(art(text), narrator=False)
    assert tab[["source", "statements", "descriptor"]].values.tolist() == [
        ["Ilse Novak", 3, "Transport Minister"]
    ]


def test_bare_titles_ranks_and_courtesy_titles():
    # the name is the source; an office, a rank or "Dr" stays as descriptor, "Mr"/"Sir" do not
    df = attributed(
        "Mr Tom Hale said the road was shut. Dr Ana Ruiz said the clinic was full."
        " Gen. Omar Farid said the front held. President Lena Moss said the vote would go ahead."
        " Sir Alan Pike said the bank was sound. Former Prime Minister Joan Hart said the deal"
        " was bad. Secretary of State Maria Olsen said the treaty was signed."
    )
    assert [(s, d) for s, _t, d in _rows(df)] == [
        ("Tom Hale", None),
        ("Ana Ruiz", "Dr"),
        ("Omar Farid", "Gen."),
        ("Lena Moss", "President"),
        ("Alan Pike", None),
        ("Joan Hart", "Former Prime Minister"),
        ("Maria Olsen", "Secretary of State"),
    ]
    # "Gen." and "Sen." are typed like "General" and "Senator"
    assert df.loc[2, "source_type"] == "government"
    assert one("Sen. Ruth Keller said the bill would pass.")["source_type"] == "government"


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton said the plan was late.",
        "Mike Judge said the film was finished.",  # an office word ending the name
        "Son Min-ho said the team would win.",  # a person word opening the name
        "Rebel Moreau said the film was finished.",
    ],
)
def test_names_that_look_like_titles_stay_whole(text):
    r = one(text)
    assert r.source == text.split(" said")[0]
    assert pd.isna(r.descriptor)


def test_title_apart_from_the_name_is_no_glued_title():
    # an appositive is not glued: the name is the source, the span covers the phrase, and the
    # role is the descriptor as an appositive role (without its determiner, as other descriptors)
    text = "The minister, Elena Varga, said the plan would cut rents."
    r = one(text)
    assert (r.source, r.source_type) == ("Elena Varga", "government")
    assert art(text).text[r.source_start : r.source_end] == "minister, Elena Varga"
    assert r.descriptor == "minister"


def test_title_stops_at_a_coordination():
    # each named person of the coordinated subject gets the statement, the title only its own
    df = attributed("Ana Ruiz and Housing Minister Ilse Novak said the rents would fall.")
    assert _rows(df) == [
        ("Ana Ruiz", "person", None),
        ("Ilse Novak", "government", "Housing Minister"),
    ]


@pytest.mark.parametrize(
    ("text", "source", "source_type"),
    [
        # a company, firm or named organisation
        ("A spokesman for Brightwater Ltd said the plant would close.", None, "organisation"),
        ("The firm’s spokesman said the plant would close.", "firm’s spokesman", "organisation"),
        ("A Hamas spokesman said the group would not attend.", "Hamas spokesman", "organisation"),
        ("Brightwater spokeswoman Jo Bell said the plant would close.", "Jo Bell", "organisation"),
        # a ministry, department, army, police or government office: government, named or not
        ("An Interior Ministry spokesman said the border was open.", None, "government"),
        ("Police spokeswoman Ann Cole said two men were held.", "Ann Cole", "government"),
        ("Foreign Ministry spokeswoman Lina Sarkis said the envoy had left.", None, "government"),
        ("Downing Street spokesman Tim Vale said the plan stood.", "Tim Vale", "government"),
        ("A spokesman for the Treasury Department said the plan stood.", None, "government"),
        ("An army spokesman said the troops had left.", "army spokesman", "government"),
        # whom the spokesman speaks for is not said, or the lexicons cannot tell: as before
        ("A spokesman said the talks had stalled.", "spokesman", "government"),
        ("An IDF spokesman said the strike hit its target.", "IDF spokesman", "government"),
    ],
)
def test_spokespeople_typed_after_whom_they_speak_for(text, source, source_type):
    r = one(text)
    assert r.source_type == source_type
    if source is not None:
        assert r.source == source


def test_organisation_spokesperson_keeps_pronoun_and_surname_follow_ups():
    # typed organisation, a named spokesperson is still a person for "she" and "Bell"
    text = (
        "Brightwater spokeswoman Jo Bell said the staff would be paid. She added that talks"
        " were going on. Bell said the union agreed."
    )
    df = attributed(text)
    assert _rows(df) == [("Jo Bell", "organisation", "Brightwater spokeswoman")] * 3
    assert sources(art(text), narrator=False)["statements"].tolist() == [3]


def test_company_spokesperson_descriptor_links_to_the_name():
    # the descriptor link still works when the spokesperson is typed after the company
    df = attributed(
        "The company’s spokeswoman said the factory would reopen next week."
        " Ms Jo Bell told the BBC that no workers had been hurt."
    )
    assert _rows(df) == [("Jo Bell", "organisation", "company’s spokeswoman")] * 2


def test_descriptor_link_wins_over_the_glued_title():
    df = attributed(
        "The housing minister said rents would fall. Housing Minister Ilse Novak said the"
        " plan would take two years."
    )
    assert _rows(df) == [("Ilse Novak", "government", "housing minister")] * 2


def test_vice_president_is_not_the_president():
    # "the president" after a vice president and a president named: the president
    df = attributed(
        "President Lena Moss said the vote would go ahead. Vice President Karl Dorn said the"
        " count would be fast. The president added that observers were welcome."
    )
    assert df["source"].tolist() == ["Lena Moss", "Karl Dorn", "Lena Moss"]
    # the link to the bare role gives Lena Moss's descriptor (links come first)
    assert df["descriptor"].tolist() == ["president", "Vice President", "president"]


def test_spokesperson_of_a_person_named_in_the_article_is_not_an_organisation():
    # "Moreau" is a person here (Anne Moreau), not a body: a spokesman of an unsaid body
    df = attributed(
        "Moreau spokesman Luc Petit said the letter was forged. Anne Moreau said she had never"
        " seen it."
    )
    assert _rows(df) == [
        ("Luc Petit", "government", "Moreau spokesman"),
        ("Anne Moreau", "person", None),
    ]
    # a bare name the article never gives a person is a named body
    df = attributed(
        "Brightwater spokeswoman Jo Bell said the plant would close. The Brightwater plant"
        " employs 300 people."
    )
    assert df["source_type"].tolist() == ["organisation"]
    # a family's spokesman speaks for people
    assert one("Family spokesman Bob Gunn said the boy was safe.")["source_type"] == "person"


def test_descriptor_links_run_twice_change_nothing():
    # the learned layer runs the links again: a descriptor already linked to its name must not
    # be linked to itself (that made descriptor == source)
    from toolkit.sources import _Engine

    eng = _Engine(
        art(
            "Senator Maria Lopez said the bill would pass. Critics disagreed with the plan,"
            " and the senator added that she would not give up."
        )
    )
    first = [(s.source, s.descriptor) for s in eng.run() if s.kind != "narrator"]
    assert first == [("Maria Lopez", "senator")] * 2
    eng.link_descriptors()
    assert [(s.source, s.descriptor) for s in eng.out if s.kind != "narrator"] == first


# ------------------------------------- a name after "of/for/to" is whom the source belongs to
@pytest.mark.parametrize(
    ("text", "source", "source_type"),
    [
        # the speaker is the descriptor; the name after the preposition is not the speaker
        (
            "The head of the Treasury said the plan would cost too much.",
            "head of the Treasury",
            "government",
        ),
        ("Aides to Moreau said the senator would not run again.", "Aides to Moreau", "anonymous"),
        (
            "The chairman of Brightwater Ltd said profits would rise.",
            "chairman of Brightwater Ltd",
            "person",
        ),
        # people close to someone speak as people, not as the office they are close to
        (
            "The wife of the former president said he was unwell.",
            "wife of the former president",
            "person",
        ),
        (
            "Supporters of the mayor said the verdict was unfair.",
            "Supporters of the mayor",
            "person",
        ),
        ("Lawyers for the family said they would appeal.", "Lawyers for the family", "person"),
        ("One of the organisers said the march would go ahead.", "One of the organisers", "person"),
        # a title inside the run still lets the name through
        ("Speaker of the House Rep. Paul Ryan said the vote was set.", "Paul Ryan", "person"),
    ],
)
def test_name_after_a_preposition_is_not_the_speaker(text, source, source_type):
    r = one(text)
    assert (r.source, r.source_type) == (source, source_type)


def test_office_with_a_long_complement_is_split_from_the_name():
    r = one("Secretary of State for Health Ann Lee said hospitals were ready.")
    assert (r.source, r.descriptor, r.source_type) == (
        "Ann Lee",
        "Secretary of State for Health",
        "government",
    )
    # a body at the end of the complement is no name
    r = one("The National Director of the Kestrel Project said the fund was empty.")
    assert r.source == "National Director of the Kestrel Project"


def test_legislators_are_typed_like_senators():
    r = one("Labour MP Jo Bell said the vote was a disgrace.")
    assert (r.source, r.descriptor, r.source_type) == ("Jo Bell", "Labour MP", "government")


def test_no_response_to_a_request_for_comment_is_no_statement():
    for text in (
        "Greltan did not immediately respond to a request for comment.",
        "Orvana did not respond to repeated requests for comment on Monday.",
        "The ministry has not replied to emailed queries.",
    ):
        assert attributed(text).empty, text


@pytest.mark.parametrize(
    ("text", "content", "reported_to", "channel"),
    [
        (
            "Henrik Dahl told analysts the cuts would cost 900 million euros.",
            "the cuts would cost 900 million euros",
            "analysts",
            None,
        ),
        (
            "Henrik Dahl told investors on a conference call that margins would recover.",
            "margins would recover",
            "investors",
            "conference call",
        ),
        (
            "Analysts at Kessler Bank said in a note that the plan was overdue.",
            "the plan was overdue",
            None,
            "note",
        ),
        (
            "The minister said in a video posted on Facebook that the army would withdraw.",
            "the army would withdraw",
            None,
            "video",
        ),
        (
            "Mariam Haddad told Al Jazeera by phone that the water had run out.",
            "the water had run out",
            "Al Jazeera",
            "phone",
        ),
    ],
)
def test_audience_and_channel_stay_out_of_the_content(text, content, reported_to, channel):
    r = one(text)
    assert r.text == content
    assert (None if pd.isna(r.reported_to) else r.reported_to) == reported_to
    assert (None if pd.isna(r.channel) else r.channel) == channel


@pytest.mark.parametrize(
    ("text", "source", "descriptor"),
    [
        (
            "UN Secretary-General António Guterres said the talks would resume.",
            "António Guterres",
            "UN Secretary-General",
        ),
        (
            "Secretary-General of the United Nations António Guterres called for a ceasefire.",
            "António Guterres",
            "Secretary-General of the United Nations",
        ),
        (
            "WHO Director-General Tedros Adhanom Ghebreyesus said the outbreak was over.",
            "Tedros Adhanom Ghebreyesus",
            "WHO Director-General",
        ),
        (
            "Secretary of the Treasury Janet Yellen said rates were high.",
            "Janet Yellen",
            "Secretary of the Treasury",
        ),
        ("City captain Liam Foster said the team was tired.", "Liam Foster", "City captain"),
    ],
)
def test_hyphenated_and_long_titles_before_a_name(text, source, descriptor):
    r = one(text)
    assert (r.source, r.descriptor) == (source, descriptor)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A senior Conservative MP who asked not to be named said the plan was a mess.",
            "senior Conservative MP",
        ),
        (
            "A government adviser, who was not authorised to speak publicly, said the plan had"
            " stalled.",
            "government adviser",
        ),
        ("Two aides, speaking on condition of anonymity, said the trip was off.", "Two aides"),
    ],
)
def test_a_source_said_to_be_unnamed_is_anonymous(text, source):
    r = one(text)
    assert (r.source, r.source_type) == (source, "anonymous")
    # a relative clause that says nothing of the kind leaves the source as it was
    r = one("Ann Lee, who chairs the panel, said the report was late.")
    assert (r.source, r.source_type) == ("Ann Lee", "person")


def test_bodies_named_without_a_title_are_organisations():
    # a company suffix or an acronym says it is no person
    for text, source in (
        ("Greltan Copper Co said output fell.", "Greltan Copper Co"),
        ("Orvana Motors said it would cut 2,400 jobs.", "Orvana Motors"),
        ("The FBI said the case was closed.", "FBI"),
    ):
        r = one(text)
        assert (r.source, r.source_type) == (source, "organisation"), text
    assert one("The Federal Bureau of Investigation said it had closed the case.").source_type == (
        "government"
    )
    assert one("The carmaker said sales fell.").source_type == "organisation"
    assert one("Jo Bell said the plant would close.").source_type == "person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "he" / "she" skip a source of the other gender (courtesy title, role or given name)
        (
            "John Smith said rates would stay on hold. Mary Jones said inflation was sticky."
            " “We must be careful,” he said.",
            "John Smith",
        ),
        (
            "Mr Smith said rates would stay on hold. Ms Jones said inflation was sticky."
            " “We must be careful,” he said.",
            "Smith",
        ),
        (
            "The spokeswoman said the plant was safe. Omar Reyes said the staff were tired."
            " “We need more time,” she said.",
            "spokeswoman",
        ),
        # a person who is the subject of a later sentence is nearer than an earlier speaker
        (
            "Fenwick asked the court for a lighter sentence. Tallis apologised to the donors."
            " “I am sorry for what I did,” he said.",
            "Tallis",
        ),
        (
            "Ivo Petrov said the bank would wait. Maria Kova, his deputy, disagreed."
            " “Inflation is sticky,” she said.",
            "Maria Kova",
        ),
        (
            "Dr Anita Rowe spoke to the BBC on Monday. “It is cruel to keep people guessing,”"
            " she said.",
            "Anita Rowe",
        ),
        (
            "Ann Cole said the vote was fair. In a statement on Friday, Omar Reyes rejected the"
            " result. “It was rigged,” he said.",
            "Omar Reyes",
        ),
        # a capitalised word opening a sentence is no person
        (
            "Omar Reyes said the vote was fair. On Wednesday the count went on."
            " “It was fair,” he said.",
            "Omar Reyes",
        ),
    ],
)
def test_pronoun_speaker_agrees_and_takes_the_nearest_person(text, speaker):
    assert attributed(text)["source"].tolist()[-1] == speaker


def test_gender_of_a_source():
    from toolkit.sources import _gender

    assert _gender("Ms Harrington", "Harrington") == "f"
    assert _gender("Ivo Petrov", "Ivo Petrov") == "m"
    # the name's own words are no role ("King"), and an organisation has no given name
    assert _gender("Tennis great Billie Jean King", "Billie Jean King") != "m"
    assert _gender("Bozell", "Media Research Center’s Bozell") is None
    assert _gender("the minister", "minister") is None


@pytest.mark.parametrize(
    ("text", "source", "descriptor"),
    [
        # a possessive opening the subject is part of it ("'s" is no "is")
        (
            "Syria's Minister of Defence Ali Abbas rejected the report, saying the army had"
            " withdrawn.",
            "Ali Abbas",
            "Syria's Minister of Defence",
        ),
        # an appositive between commas before the verb
        (
            "Syria's defence minister, Ali Abbas, rejected the report, saying the army had"
            " withdrawn.",
            "Ali Abbas",
            "Syria's defence minister",
        ),
        (
            "Acme's chief executive, Jane Roe, rejected the report, saying sales were strong.",
            "Jane Roe",
            "Acme's chief executive",
        ),
    ],
)
def test_opening_subject_with_possessive_or_appositive(text, source, descriptor):
    r = one(text)
    assert (r.source, r.descriptor, r.cue) == (source, descriptor, "saying")


def test_according_to_a_document_an_outlet_saw():
    r = one("The company will close the plant, according to an internal memo seen by Reuters.")
    assert (r.source, r.reported_to, r.text) == (
        "internal memo",
        "Reuters",
        "The company will close the plant",
    )


@pytest.mark.parametrize(
    ("text", "descriptor"),
    [
        ("According to Dr Maria Kova, who led the study, the drug cut deaths by a third.", "Dr"),
        (
            "According to Maria Kova, the study's lead author, the drug cut deaths by a third.",
            "study's lead author",
        ),
    ],
)
def test_according_to_with_an_aside_about_the_source(text, descriptor):
    r = one(text)
    assert (r.source, r.descriptor, r.text) == (
        "Maria Kova",
        descriptor,
        "the drug cut deaths by a third",
    )


def test_verbs_that_are_cues_in_one_sense_only():
    r = one("The former mayor was jailed for seven years, a judge ruled on Wednesday.")
    assert (r.source, r.cue, r.text) == (
        "judge",
        "ruled",
        "The former mayor was jailed for seven years",
    )
    assert one("The court ruled that the law was void.").text == "the law was void"
    r = one("Ahmed Suleiman posted on X, formerly Twitter, that his fighters would not surrender.")
    assert (r.source, r.channel, r.text) == (
        "Ahmed Suleiman",
        "X/Twitter",
        "his fighters would not surrender",
    )
    # not speech: ruling a country, ruling something out, posting a loss
    for text in (
        "The minister ruled out a delay.",
        "The family ruled the region for decades.",
        "The company posted a loss of $3bn.",
    ):
        assert attributed(text).empty, text
    # a relative clause with such a verb does not cut the content it is in
    r = one("The envoy said the group, which ruled over the valley until 2017, had returned.")
    assert r.text == "the group, which ruled over the valley until 2017, had returned"


def test_impersonal_passive_has_no_named_source():
    r = one("It was announced on Thursday that a review would be published next month.")
    assert (r.source, r.cue, r.text) == (
        "unknown",
        "announced",
        "a review would be published next month",
    )
    assert attributed("It is clear that the plan failed.").empty


def test_quote_right_after_a_paraphrase_is_the_same_speaker():
    df = attributed('Reyes said his side would recover. "We will come back stronger than before."')
    assert df["source"].tolist() == ["Reyes", "Reyes"]
    assert df["method"].tolist()[1] == "quote-continuation"
    # not across another sentence, nor after a belief
    text = (
        "Reyes said his side would recover. The fans sang in the rain for an hour."
        ' "We will come back stronger than before."'
    )
    assert attributed(text)["source"].tolist() == ["Reyes", "unknown"]
    text = 'The coach believes his side will recover. "We will come back stronger than before."'
    assert attributed(text)["source"].tolist() == ["coach", "unknown"]


def test_party_tag_is_no_appositive():
    r = one("Sen. Dana Okafor, D-Ohio, the bill's lead sponsor, called the vote a betrayal.")
    assert (r.source, r.descriptor) == ("Dana Okafor", "Sen.")


def test_the_company_is_the_business_named_before():
    text = (
        "Orvana Motors said it would cut 2,400 jobs. The union said it would strike."
        " The carmaker also said sales fell."
    )
    df = attributed(text)
    assert df["source"].tolist() == ["Orvana Motors", "union", "Orvana Motors"]
    assert df["descriptor"].tolist()[2] == "carmaker"
    assert sources(art(text), narrator=False)["statements"].tolist() == [2, 1]
    # "the ministry" is a ministry named before, not the police in between
    df = attributed(
        "The Interior Ministry said the border was open. Police said two men were held."
        " The ministry added that the curfew would end."
    )
    assert df["source"].tolist() == ["Interior Ministry", "Police", "Interior Ministry"]
    # nothing named before: the noun stays the source
    assert one("The company said profits rose.").source == "company"


def test_appositive_role_between_quote_name_and_verb():
    r = one("“We have no power,” Mariam Haddad, a teacher, said.")
    assert (r.source, r.descriptor) == ("Mariam Haddad", "teacher")
    r = one("“We have no power,” Mariam Haddad, 45, said.")  # an age is no role
    assert (r.source, r.descriptor) == ("Mariam Haddad", None)
    r = one("But the shadow home secretary, Tom Ellery, accused the government of lying.")
    assert (r.source, r.descriptor) == ("Tom Ellery", "shadow home secretary")


def test_no_narrator_row_for_a_phrase_left_over_from_an_attributed_sentence():
    df = statements(
        art("Speaking in the Commons on Wednesday, Ms Harrington said the centres were outdated."),
        canonical=False,
    )
    assert df["kind"].tolist() == ["indirect"]
    # a clause of its own stays the narrator's
    df = statements(
        art("Ann Lee said the firm was sold to Greystone, which holds a 4% stake."),
        canonical=False,
    )
    assert df["kind"].tolist() == ["indirect", "narrator"]


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        # a named officer is typed by the body the title names, a company by default
        (
            "Chief Financial Officer Henrik Dahl said the cuts would cost 900 million euros.",
            "organisation",
        ),
        (
            "Robert Klein, president of the American Hospital Association, said 100 hospitals"
            " could close.",
            "organisation",
        ),
        (
            "“The plant must stay open,” said Carmen Ibáñez, general secretary of the"
            " metalworkers' union.",
            "organisation",
        ),
        ("Rebel commander Ahmed Suleiman said his fighters would not surrender.", "organisation"),
        # offices of a state stay government
        ("Emmanuel Macron, president of France, said the talks would go on.", "government"),
        ("Housing Minister Elena Varga said rents would fall.", "government"),
        # a capitalised plural noun is no name
        ("Sources said the deal was close.", "anonymous"),
    ],
)
def test_named_officers_typed_by_their_body(text, source_type):
    assert one(text).source_type == source_type


def test_a_time_after_the_source_is_not_part_of_it():
    r = one("The minister on Friday said the border would reopen.")
    assert r.source == "minister"
    r = one("Senate Republicans on Thursday said the bill was dead.")
    assert r.source == "Senate Republicans"


def test_short_quote_that_is_the_whole_sentence_continues_the_speaker():
    df = attributed('"It is their choice," Ms Carr said. "I\'ll accept it."')
    assert df["source"].tolist() == ["Carr", "Carr"]
    df = attributed('"It is their choice," Ms Carr said. "Nothing more."')
    assert df["text"].tolist()[1] == '"Nothing more."'
    # a short quote inside narration stays a scare quote
    assert attributed('The council called the plan "a farce" on Monday.')["kind"].tolist() != [
        "direct"
    ]


@pytest.mark.parametrize(
    ("text", "source", "descriptor"),
    [
        (
            "Maria Lopez, 31, a nurse from Tucson, said she would vote.",
            "Maria Lopez",
            "nurse from Tucson",
        ),
        ("Mark Ellery, however, said the referee was to blame.", "Mark Ellery", None),
        (
            "The Prime Minister, Mark Fenwick, said the budget was fair.",
            "Mark Fenwick",
            "Prime Minister",
        ),
        (
            "Dale Whitcomb, a retired firefighter, said the fire spread fast.",
            "Dale Whitcomb",
            "retired firefighter",
        ),
        (
            "“We were surprised,” said Dr Lotte Verhaegen, an entomologist who led the research.",
            "Lotte Verhaegen",
            "entomologist who led the research",
        ),
        (
            "Professor Samuel Achterberg of the University of Sussex said the results were clear.",
            "Samuel Achterberg",
            "Professor",
        ),
        ("09:12 GMT — The Met Office has said gusts of 90mph are expected.", "Met Office", None),
    ],
)
def test_name_and_role_around_asides(text, source, descriptor):
    r = one(text)
    assert (r.source, None if pd.isna(r.descriptor) else r.descriptor) == (source, descriptor)


def test_pronoun_after_a_titled_or_appositive_subject():
    df = attributed(
        "Gary Lomax said his side deserved the win. Stonebridge boss Mark Ellery was furious"
        ' about the red card. "It is a joke," he said.'
    )
    assert df["source"].tolist() == ["Gary Lomax", "Mark Ellery"]
    df = attributed(
        "Mr Hartley asked when the roads would be fixed. The Prime Minister, Mr Fenwick,"
        ' rustled his folder. "We have invested record sums," he said.'
    )
    assert df["source"].tolist()[-1] == "Fenwick"


@pytest.mark.parametrize(
    "text",
    [
        "Valdane declined to say how many jobs would go.",
        "Orvana Motors recalled 4,000 cars on Tuesday.",
        "She cried for an hour.",
        "Storm Ilsa: live updates\n\nThe storm reached the coast.",
        "Strike talks: what we know so far\n\nThe talks resumed.",
        "The Democratic Senatorial Campaign Committee did not immediately respond to a request"
        " for comment.",
    ],
)
def test_no_statement(text):
    assert attributed(text).empty


def test_cries_and_whispers_after_a_quote_and_told_us():
    r = one("'A revolution!' Ms Adebayo cried.")
    assert (r.source, r.cue, r.kind) == ("Adebayo", "cried", "direct")
    assert one("He whispered that the guards were asleep.").text == "the guards were asleep"
    assert one("Ann Lee told us the plan was dead.").reported_to == "Test Gazette"
    assert one("Brenmoor Chemicals said output fell.").source_type == "organisation"
    assert one("Paul Power said the game was lost.").source_type == "person"


def test_attribution_inside_the_content():
    # "The plan, Ms Carr said, was doomed": the content's subject comes before the source
    r = one("The plan, Ms Carr said, was doomed from the start.")
    assert (r.source, r.text) == ("Carr", "The plan, Ms Carr said, was doomed from the start")
    r = one("The economy, the minister added, would recover by spring.")
    assert r.text.startswith("The economy") and r.source == "minister"
    # a fronted phrase is no subject of the content
    r = one("In Damascus, the minister said the army had left.")
    assert r.text == "the army had left"


def test_negated_passive_before_a_trailing_source():
    r = one("The victim's injuries are not thought to be serious, police said.")
    assert (r.source, r.cue, r.text) == (
        "police",
        "said",
        "The victim's injuries are not thought to be serious",
    )


def test_according_to_between_a_clause_and_an_aside():
    r = one("Turnout reached 71%, according to the state election office, the highest since 1970.")
    assert (r.source, r.text) == ("state election office", "Turnout reached 71%")


def test_transcript_speaker_labels():
    text = (
        "Nadia Brennholt spoke to us about the library.\n\nQ: Do you still like the building?"
        "\n\nBrennholt: I love it. I just don't think the city needed it.\n\nQ: Why?"
        "\n\nBrennholt: It was too big."
    )
    df = attributed(text)
    # (the answer's own "I just don't think …" is a statement inside it, as PolNeAR marks it)
    assert df["source"].tolist() == [
        "Test Gazette",
        "Brennholt",
        "Brennholt",
        "Test Gazette",
        "Brennholt",
    ]
    assert df["text"].tolist()[1:3] == [
        "I love it. I just don't think the city needed it.",
        "the city needed it",
    ]
    assert df["kind"].tolist() == ["direct", "direct", "indirect", "direct", "direct"]
    # a label the article does not otherwise name, or a note, is no speaker
    assert attributed("The storm reached the coast.\n\nUpdate: roads are closed.").empty


@pytest.mark.parametrize(
    ("text", "source", "channel"),
    [
        ('"We will not stop," said John Smith in a statement.', "John Smith", "statement"),
        ('"We will win," said Abu Khalil in a video on Telegram.', "Abu Khalil", "Telegram"),
        (
            "President John Harlow said in a phone call that the talks would go on.",
            "John Harlow",
            "phone",
        ),
        (
            "Prosecutors said in court filings that the mayor took bribes.",
            "Prosecutors",
            "court filing",
        ),
        (
            "In a televised statement, Defence Minister Ali Abbas said the army had withdrawn.",
            "Ali Abbas",
            "televised statement",
        ),
    ],
)
def test_channel_before_or_after_the_source_is_no_part_of_it(text, source, channel):
    r = one(text)
    assert (r.source, r.channel) == (source, channel)
    assert not r.text.startswith(("in ", "on "))


def test_guillemets_quote():
    r = one("« C'est le cœur de la ville », said Camille Roux.")
    assert (r.kind, r.source, r.text) == ("direct", "Camille Roux", "« C'est le cœur de la ville »")


@pytest.mark.parametrize(
    ("text", "source", "source_type", "descriptor"),
    [
        (
            "The mayor — who asked not to be named — said the plan had failed.",
            "mayor",
            "anonymous",
            None,
        ),
        (
            "Paul Weir — a retired engineer — said it was a money pit.",
            "Paul Weir",
            "person",
            "retired engineer",
        ),
        (
            "President Abdel Karim el-Sayed said on Tuesday that the talks would go on.",
            "Abdel Karim el-Sayed",
            "government",
            "President",
        ),
        (
            "Prince Faisal bin Abdulaziz Al Saud said the kingdom rejected the plan.",
            "Faisal bin Abdulaziz Al Saud",
            "person",
            "Prince",
        ),
        (
            "Hanne Kjeldsen of Aarhus University said the ice was thinning.",
            "Hanne Kjeldsen",
            "person",
            None,
        ),
        (
            "Amnesty International said the trial was unfair.",
            "Amnesty International",
            "organisation",
            None,
        ),
        (
            "Dr Priya Natarajan, a GP in Leeds, said waiting lists were long.",
            "Priya Natarajan",
            "person",
            "GP in Leeds",
        ),
        (
            '"The shelling did not stop," said Omar, a shopkeeper who asked that his surname not be'
            " used.",
            "Omar",
            "person",
            "shopkeeper",
        ),
    ],
)
def test_dashes_arabic_names_affiliations_and_groups(text, source, source_type, descriptor):
    r = one(text)
    assert (r.source, r.source_type, None if pd.isna(r.descriptor) else r.descriptor) == (
        source,
        source_type,
        descriptor,
    )


def test_emir_and_the_emir_are_one_source():
    text = 'Emir Tamim bin Hamad called for calm. "We must act," the emir said.'
    df = attributed(text)
    assert df["source"].tolist() == ["Tamim bin Hamad"] * 2
    assert set(df["source_type"]) == {"government"}


def test_pronoun_after_a_possessive_appositive_subject():
    df = attributed('The company\'s chief executive, Jane Doe, was upbeat. "We grew," she said.')
    assert df["source"].tolist() == ["Jane Doe"]


def test_coordinated_verb_after_an_appositive_subject_and_media_via():
    r = one(
        "Spain's environment minister, Teresa Ruiz, visited the region on Friday and promised"
        " emergency aid."
    )
    assert (r.source, r.descriptor, r.cue) == (
        "Teresa Ruiz",
        "Spain's environment minister",
        "promised",
    )
    r = one("State television quoted Defence Minister Faisal Haddad as saying the army had left.")
    assert (r.source, r.via) == ("Faisal Haddad", "State television")


@pytest.mark.parametrize(
    ("text", "source", "source_type", "descriptor"),
    [
        ("Prices rose 3%, according to data from LSEG.", "LSEG", "organisation", "data"),
        (
            "Support fell to 40%, according to a survey by Gallup.",
            "Gallup",
            "organisation",
            "survey",
        ),
        (
            "Data from the Office for National Statistics showed prices rose.",
            "Office for National Statistics",
            "government",
            "data",
        ),
        (
            "The drug cut deaths by a third, according to a large study published on Monday.",
            "large study",
            "organisation",
            None,
        ),
        (
            "House Minority Leader Tom Ellison said the bill was dead.",
            "Tom Ellison",
            "government",
            "House Minority Leader",
        ),
        ("The city council said the road would close.", "city council", "government", None),
    ],
)
def test_data_sources_and_local_offices(text, source, source_type, descriptor):
    r = one(text)
    assert (r.source, r.source_type, None if pd.isna(r.descriptor) else r.descriptor) == (
        source,
        source_type,
        descriptor,
    )


def test_trailing_source_takes_a_sentence_with_evidence_inside():
    r = one(
        "Yields rose after data showed factory orders climbed 1.2% in February, the Commerce"
        " Department said."
    )
    assert (r.source, r.cue) == ("Commerce Department", "said")
    assert r.text.endswith("in February")
    # without the trailing source the evidence cue is the statement
    assert one("Polls show the race is tightening.").cue == "show"


def test_casualty_figures_after_said_that():
    # "at least" opens the content; it is no preposition ("was described by ...")
    r = one("Rami Khoury, head of the observatory, said that at least 47 people had been killed.")
    assert (r.source, r.text) == ("Rami Khoury", "at least 47 people had been killed")
    r = one("Peter Walsh told Reuters that at least 47 people had died.")
    assert (r.source, r.reported_to, r.text) == (
        "Peter Walsh",
        "Reuters",
        "at least 47 people had died",
    )


def test_quote_split_by_its_attribution():
    df = attributed("“We were,” Ms Carr said, “completely alone.”")
    assert df["source"].tolist() == ["Carr", "Carr"]
    assert df["text"].tolist() == ["“We were,”", "“completely alone.”"]
    assert df["method"].tolist()[1] == "quote-continuation"


def test_epithet_speaker_is_the_person_just_named():
    df = attributed(
        "Arsenal manager Luca Moretti refused to comment on the bid. \"I don't talk about other"
        ' clubs," the Italian said.'
    )
    assert df["source"].tolist() == ["Luca Moretti"]
    df = attributed(
        "Tiago Rodrigues has been linked with Arsenal. The 28-year-old told reporters that he"
        " had unfinished business."
    )
    assert df["source"].tolist() == ["Tiago Rodrigues"]


def test_pronoun_after_a_fronted_clause_and_asides_on_the_subject():
    text = (
        "When the ferry stopped running in 2019, Margaret Aldous was 71 years old."
        "\n\n“We were completely alone,” she said."
    )
    assert attributed(text)["source"].tolist() == ["Margaret Aldous"]
    r = one("Her son, Callum Aldous, now 44, said he had begged her to leave.")
    assert (r.source, r.descriptor) == ("Callum Aldous", "Her son")
    df = attributed(
        "The prime minister, asked about it last week, said only that he was open to ideas."
    )
    assert ("prime minister", "he was open to ideas") in set(
        zip(df["source"], df["text"], strict=True)
    )


def test_sources_group_a_descriptor_whatever_its_capital():
    text = (
        "Sources close to the player said he was happy. The club wants to keep him, according"
        " to sources close to the player."
    )
    got = sources(art(text), narrator=False)
    assert got["statements"].tolist() == [2]


@pytest.mark.parametrize(
    ("text", "source", "source_type"),
    [
        (
            "The Department of Health and Social Care said waits were falling.",
            "Department of Health and Social Care",
            "government",
        ),
        ("NHS England said it was investing more.", "NHS England", "government"),
        ("UNHCR said 2,000 people had fled.", "UNHCR", "organisation"),
        (
            "The Northern Liberation Front said it had taken the town.",
            "Northern Liberation Front",
            "organisation",
        ),
    ],
)
def test_institution_names(text, source, source_type):
    r = one(text)
    assert (r.source, r.source_type) == (source, source_type)


def test_one_of_a_group_and_a_bodys_spokesperson():
    df = attributed(
        "Allies of the chancellor said she had been forced to act."
        ' "She is doing the responsible thing," one said.'
    )
    assert df["source"].tolist() == [
        "Allies of the chancellor",
        "one of the allies of the chancellor",
    ]
    df = attributed(
        'NHS England said it was investing more. A spokesperson said: "We are working hard."'
    )
    assert df["source"].tolist() == ["NHS England"] * 2
    assert df["descriptor"].tolist()[1] == "spokesperson"
    # no body named before: the spokesperson stays a spokesperson
    assert one("A spokeswoman said the staff would be paid.").source == "spokeswoman"


def test_as_one_critic_put_it():
    r = one('As one critic put it, "you cannot test a cure on people who were never sick".')
    assert (r.source, r.cue, r.kind) == ("one critic", "put it", "direct")
    r = one('"It is a disaster," as one critic put it.')
    assert (r.source, r.text) == ("one critic", '"It is a disaster,"')
    assert attributed("The minister put the plan on hold.").empty


# ------------------------------------------------------- offices of a government department
@pytest.mark.parametrize(
    ("text", "source", "descriptor", "source_type"),
    [
        (
            "Secretary of State Maria Olsen said the treaty was signed.",
            "Maria Olsen",
            "Secretary of State",
            "government",
        ),
        (
            "Secretary of Defense Paul Dunn said the troops would stay.",
            "Paul Dunn",
            "Secretary of Defense",
            "government",
        ),
        # no name: the office itself
        (
            "The Secretary of Defense said the troops would stay.",
            "Secretary of Defense",
            None,
            "government",
        ),
        (
            "The head of the defence ministry said the army would regroup.",
            "head of the defence ministry",
            None,
            "government",
        ),
        # the complement names no government department: as before
        (
            "The head of the farmers’ union said the harvest had failed.",
            "head of the farmers’ union",
            None,
            "person",
        ),
    ],
)
def test_office_of_a_government_department_is_government(text, source, descriptor, source_type):
    r = one(text)
    assert (r.source, r.source_type) == (source, source_type)
    assert (None if pd.isna(r.descriptor) else r.descriptor) == descriptor


@pytest.mark.parametrize(
    "text",
    [
        "The secretary of the chess club said the match was off.",
        "Secretary of the Chess Club Ann Lee said the match was off.",
        "The head of research at the bank said rates would rise.",
    ],
)
def test_office_of_no_government_department_is_not_government(text):
    assert one(text)["source_type"] != "government"


# ------------------------------------------------------------- appositive roles as descriptor
def test_appositive_role_is_the_descriptor():
    text = (
        "Elena Varga, the housing minister, said the plan would cut rents by a tenth."
        " Critics called it timid. Varga added that landlords had been consulted."
    )
    df = attributed(text)
    assert _rows(df) == [("Elena Varga", "government", "housing minister")] * 2
    a = art(text)  # the mention span is still the whole phrase
    assert a.text[df.loc[0, "source_start"] : df.loc[0, "source_end"]] == (
        "Elena Varga, the housing minister"
    )
    tab = sources(a, narrator=False)
    assert tab[["source", "statements", "descriptor"]].values.tolist() == [
        ["Elena Varga", 2, "housing minister"]
    ]


@pytest.mark.parametrize(
    ("text", "source", "source_type", "descriptor"),
    [
        # after an inverted cue; a company's executive is typed after the company
        (
            "“The ruling is unfair,” said Omar Reyes, Brightwater’s chief executive.",
            "Omar Reyes",
            "organisation",
            "Brightwater’s chief executive",
        ),
        (
            "Jo Bell, a spokeswoman for Brightwater Ltd, said the plant would close.",
            "Jo Bell",
            "organisation",
            "spokeswoman for Brightwater Ltd",
        ),
        (
            "Jo Bell, executive director of the Brightwater Trust, said the grant was paid.",
            "Jo Bell",
            "organisation",
            "executive director of the Brightwater Trust",
        ),
        (
            "Ana Ruiz, a senior official at the Treasury, said rates would rise.",
            "Ana Ruiz",
            "government",
            "senior official at the Treasury",
        ),
        (
            "Tove Lind, a Green Party lawmaker, said the vote was lost.",
            "Tove Lind",
            None,
            "Green Party lawmaker",
        ),
        # the role before the name ("the minister, Elena Varga") is an appositive too
        (
            "“We will not pay,” said the finance minister, Ilse Novak.",
            "Ilse Novak",
            "government",
            "finance minister",
        ),
        # a courtesy title gives way to the appositive role; an office title comes first
        ("Mr Tom Hale, the mayor, said the road was shut.", "Tom Hale", "government", "mayor"),
        (
            "Transport Minister Ilse Novak, a former banker, said the tunnel would open.",
            "Ilse Novak",
            "government",
            "Transport Minister",
        ),
    ],
)
def test_appositive_roles(text, source, source_type, descriptor):
    r = one(text)
    assert (r.source, r.descriptor) == (source, descriptor)
    if source_type is not None:
        assert r.source_type == source_type


@pytest.mark.parametrize(
    "text",
    [
        "Elena Varga, 45, said the plan would cut rents.",
        "Elena Varga, who chairs the tenants’ group, said the plan would cut rents.",
        "Elena Varga, in a statement, said the plan would cut rents.",
        "Elena Varga, a woman from Leeds, said the plan would cut rents.",
        "Elena Varga, of the Brightwater Trust, said the plan would cut rents.",
        # a relative clause inside the source phrase is no appositive role
        "“The plan will cut rents,” said Elena Varga, who served as a senator for ten years.",
    ],
)
def test_appositive_that_is_no_role_gives_no_descriptor(text):
    r = one(text)
    assert r.source == "Elena Varga"
    assert pd.isna(r.descriptor)


def test_descriptor_link_keeps_priority_over_the_appositive_role():
    # the earlier descriptor ("the housing minister") is linked to the name and kept
    df = attributed(
        "The housing minister said rents would fall. “It will take two years,” said the"
        " minister, Elena Varga."
    )
    assert _rows(df) == [("Elena Varga", "government", "housing minister")] * 2


def test_named_aide_of_a_person_named_in_the_article_is_not_an_organisation():
    df = attributed(
        "Luc Petit, a Moreau aide, said the letter was forged. Anne Moreau said she had never"
        " seen it."
    )
    assert _rows(df) == [
        ("Luc Petit", "government", "Moreau aide"),
        ("Anne Moreau", "person", None),
    ]


@pytest.mark.parametrize(
    ("text", "to"),
    [
        # the outlet's name follows its description: the name is the audience
        ("The winger told Dutch newspaper Telegraaf that he would stay.", "Telegraaf"),
        ("The envoy told state broadcaster RTS that talks had stalled.", "RTS"),
        # a brand that starts in lower case
        ("The manager told talkSPORT that the squad was exhausted.", "talkSPORT"),
    ],
)
def test_told_outlet_named_after_its_description(text, to):
    r = one(text)
    assert r.reported_to == to
    assert r.text.endswith(("would stay", "had stalled", "was exhausted"))


@pytest.mark.parametrize(
    ("text", "source", "channel"),
    [
        (
            "The strike will go ahead, according to a statement from the union.",
            "union",
            "statement",
        ),
        (
            "“We will not back down,” according to a letter sent by the council's leader.",
            "council's leader",
            "letter",
        ),
    ],
)
def test_according_to_a_document_from_a_source(text, source, channel):
    # the document is how the source spoke, not who spoke
    r = one(text)
    assert (r.source, r.channel, r.kind) == (source, channel, "according-to")


def test_quote_then_according_to_is_attributed_by_the_rules():
    df = attributed("“The roof could go at any moment,” according to the site manager.")
    r = df.iloc[0]
    assert (r.source, r.kind, r.text) == (
        "site manager",
        "according-to",
        "“The roof could go at any moment,”",
    )
    assert r.method.startswith("according-to")  # the rules, not the learned layer


def test_quote_inside_a_sentence_then_according_to_keeps_the_lead_in():
    r = one("The deal was “dead in the water”, according to one negotiator.")
    assert r.text == "The deal was “dead in the water”"


def test_who_said_after_according_to_is_the_same_source():
    df = attributed(
        "“The river has peaked,” according to a fire service officer, who said the levees"
        " would hold."
    )
    assert df["source"].tolist() == ["fire service officer"] * 2
    assert df["text"].tolist()[1] == "the levees would hold"


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Lena Ortiz and Paul Weber said the audit was flawed.", ["Lena Ortiz", "Paul Weber"]),
        # courtesy titles are left out of names, as everywhere
        ("Mr Ortiz and Ms Weber said the audit was flawed.", ["Ortiz", "Weber"]),
        # a group with a descriptor stays one source; so does a body named with "and"
        (
            "A police officer and two local officials told Reuters the road was shut.",
            ["police officer and two local officials"],
        ),
        (
            "The Department of Trade and Industry said the audit was flawed.",
            ["Department of Trade and Industry"],
        ),
        ("Lena Ortiz and her lawyer said the audit was flawed.", ["Lena Ortiz and her lawyer"]),
    ],
)
def test_coordinated_named_people_each_get_the_statement(text, sources):
    df = attributed(text)
    assert sorted(df["source"]) == sorted(sources)
    assert df["text"].nunique() == 1


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # each name with its own appositive, before the cue, after it, or after the content
        (
            "Lena Ortiz, a welder, and Paul Weber, a crane driver, said the yard would close.",
            "the yard would close",
        ),
        (
            "“The yard will close,” said Lena Ortiz, a welder, and Paul Weber, a crane driver.",
            "“The yard will close,”",
        ),
        (
            "The yard will close, Lena Ortiz, a welder, and Paul Weber, a crane driver, said.",
            "The yard will close",
        ),
        # only the first with an appositive
        (
            "Lena Ortiz, a welder at the north yard, and Paul Weber told reporters the yard would"
            " close.",
            "the yard would close",
        ),
    ],
)
def test_coordinated_people_with_appositives_each_get_the_statement(text, content):
    df = attributed(text)
    assert sorted(df["source"]) == ["Lena Ortiz", "Paul Weber"]
    assert df["text"].tolist() == [content, content]
    mentions = {r.source: text[r.source_start : r.source_end] for r in df.itertuples()}
    assert mentions["Paul Weber"].startswith("Paul Weber")
    assert mentions["Lena Ortiz"].startswith("Lena Ortiz, a welder")


@pytest.mark.parametrize(
    "text",
    [
        # an age instead of an appositive on the first, a possessive before the second
        "Local grocer Lena Ortiz, 61, and her neighbour Paul Weber, a crane driver, said the"
        " yard would close.",
        # the appositive on the second only
        "Lena Ortiz and Paul Weber, a crane driver, said the yard would close.",
    ],
)
def test_more_coordinated_people_with_appositives(text):
    df = attributed(text)
    assert sorted(df["source"]) == ["Lena Ortiz", "Paul Weber"]
    assert df["text"].tolist() == ["the yard would close"] * 2


def test_an_aside_on_the_appositive_is_not_the_speaker():
    # "one of the pilot schools" describes the academy, not the speaker
    r = one(
        "Ruth Amadi, head of Kingsmead Academy, one of the pilot schools, said the change had"
        " worked."
    )
    assert (r.source, r.text) == ("Ruth Amadi", "the change had worked")


@pytest.mark.parametrize(
    "text",
    [
        # appositives naming jobs at companies; a relative clause as the first appositive
        "Lena Ortiz, a trader at Kestrel Securities, and Paul Weber, a fund manager at Osprey"
        " Partners, said the fall looked technical.",
        "Lena Ortiz, who runs the bakery, and her cousin Paul Weber, 19, said the street would"
        " miss him.",
        # a quantifier after the pair
        "Lena Ortiz and Paul Weber both insisted that the budget was secure.",
    ],
)
def test_coordinated_speakers_with_jobs_clauses_and_quantifiers(text):
    df = attributed(text, learned=False)
    assert sorted(df["source"]) == ["Lena Ortiz", "Paul Weber"]
    assert df["text"].nunique() == 1


def test_a_quantifier_makes_the_source_plural_for_they():
    df = attributed(
        "Strategists for the two campaigns all believe the race is close. They said turnout"
        " would decide it.",
        learned=False,
    )
    assert df["source"].tolist() == ["Strategists for the two campaigns"] * 2


def test_they_is_no_single_named_person():
    r = one("Edmund Hale arrived late. They said the count was fair.")
    assert r.source == "unknown"


@pytest.mark.parametrize(
    ("text", "source", "reported_to"),
    [
        # a fronted phrase with no comma, then the pronoun speaker
        (
            "Edmund Hale retired in May. In a 2009 interview he told the Sunday Chronicle that"
            " the programme was his best work.",
            "Edmund Hale",
            "Sunday Chronicle",
        ),
        (
            "Edmund Hale retired in May. Before the concert he said he was nervous.",
            "Edmund Hale",
            None,
        ),
    ],
)
def test_fronted_phrase_without_comma_then_pronoun(text, source, reported_to):
    df = attributed(text, learned=False)
    r = df.iloc[-1]
    assert r.source == source
    assert (r.reported_to if isinstance(r.reported_to, str) else None) == reported_to


def test_before_adding_continues_the_speaker():
    df = attributed(
        "Edmund Hale retired in May. “Sleep more,” he said, before adding that he hoped to"
        " teach young players.",
        learned=False,
    )
    last = df.iloc[-1]
    assert (last.source, last.cue, last.text) == (
        "Edmund Hale",
        "adding",
        "he hoped to teach young players",
    )


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("The Westmarsh Constabulary said the road was closed.", "government"),
        ("The Westmarsh Gazette said the road was closed.", "media"),
        ("Tom Herald said the road was closed.", "person"),
        ("The orchestra said the concert was cancelled.", "organisation"),
    ],
)
def test_more_body_names(text, source_type):
    assert one(text).source_type == source_type


def test_county_clerk_is_a_title():
    r = one("County Clerk Janet Okafor said turnout was about 41%.")
    assert (r.source, r.descriptor) == ("Janet Okafor", "County Clerk")


def test_a_content_stops_before_another_speaker():
    # the comma inside the closing quote mark hid the clause break; the second speaker, a bare
    # "another", is another of the kind named before (in the rules and the learned layer)
    text = (
        "One resident wrote on Facebook that the water was “brown,” while another said it"
        " smelled of chlorine."
    )
    for learned in (False, True):
        df = attributed(text, learned=learned)
        assert df[["source", "text"]].values.tolist() == [
            ["One resident", "the water was “brown,”"],
            ["another resident", "it smelled of chlorine"],
        ], learned


def test_the_statement_as_speaker_is_its_author():
    df = attributed(
        "Norrland Mining said in a statement that the shaft had been sealed. “Our workers come"
        " first,” the statement said. “We will appeal,” the letter said."
    )
    assert df["source"].tolist() == ["Norrland Mining", "Norrland Mining", "letter"]
    assert df["channel"].tolist()[:2] == ["statement", "statement"]


def test_a_gerund_after_an_object_speaks_for_the_subject():
    # "and" joins the two valleys (an object), not two clauses: the service is the speaker
    df = attributed(
        "The Coastal Weather Service issued a warning for the Arden and Mele valleys, saying"
        " rivers could burst their banks.",
        learned=False,  # (the CRF layer adds the warning itself as a statement)
    )
    assert len(df) == 1
    r = df.iloc[0]
    assert (r.source, r.cue, r.text) == (
        "Coastal Weather Service",
        "saying",
        "rivers could burst their banks",
    )


@pytest.mark.parametrize(
    ("text", "source", "source_type"),
    [
        # a company named with a body word that is also a surname; a person with that surname
        (
            "Valley Power said the lines would be repaired by Friday.",
            "Valley Power",
            "organisation",
        ),
        ("Helen Power said the lines would be repaired by Friday.", "Helen Power", "person"),
        (
            "Ashdown Homes said the estate would be finished by May.",
            "Ashdown Homes",
            "organisation",
        ),
        # a spokesman for a body whose name looks like a person's
        (
            "A spokesman for Ashdown Homes said the estate would be finished by May.",
            "spokesman for Ashdown Homes",
            "organisation",
        ),
    ],
)
def test_company_names_that_look_like_people(text, source, source_type):
    r = one(text)
    assert (r.source, r.source_type) == (source, source_type)


@pytest.mark.parametrize(
    ("text", "source", "descriptor", "content"),
    [
        (
            "The yard will close, Lena Ortiz, a welder, said.",
            "Lena Ortiz",
            "welder",
            "The yard will close",
        ),
        (
            "Wages have not risen in years, Paul Weber, 58, said on Monday.",
            "Paul Weber",
            None,
            "Wages have not risen in years",
        ),
    ],
)
def test_content_then_name_with_appositive_then_cue(text, source, descriptor, content):
    r = one(text)
    assert (r.source, r.text, r.cue) == (source, content, "said")
    assert (r.descriptor if isinstance(r.descriptor, str) else None) == descriptor


def test_a_clause_after_the_appositive_is_no_second_speaker():
    df = attributed("“We are tired,” said Lena Ortiz, a welder, and her colleagues nodded.")
    assert df[["source", "text"]].values.tolist() == [["Lena Ortiz", "“We are tired,”"]]


def test_a_wish_not_to_be_named_is_no_statement_and_keeps_the_speaker():
    df = attributed(
        "Tamsin, from Hull, who did not want to give her surname, said the bus never came."
    )
    assert df[["source", "text"]].values.tolist() == [["Tamsin", "the bus never came"]]


def test_contact_clause_after_the_source_noun():
    # "A porter [we met at the gate] said": the porter, not the gate
    r = one("A porter we met at the station gate said the trains had stopped.")
    assert (r.source, r.text) == ("porter", "the trains had stopped")


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "The governor is understood to have told aides that he would veto the bill.",
            "governor",
            "told",
            "he would veto the bill",
        ),
        (
            "Ms Okafor is said to have warned the board that the merger would fail.",
            "Okafor",
            "warned",
            "the merger would fail",
        ),
    ],
)
def test_hedged_speech_keeps_its_speaker(text, source, cue, content):
    # the passive hedges how the reporter knows, the subject still spoke
    r = one(text)
    assert (r.source, r.cue, r.text) == (source, cue, content)


def test_hedged_prediction_stays_without_a_source():
    r = one("The governor is expected to veto the bill next week.")
    assert r.source == "unknown"


def test_absolute_with_clause_source_drops_the_preposition():
    df = attributed("The bill passed, with critics of the mayor insisting it would raise rents.")
    r = df[df["cue"] == "insisting"].iloc[0]
    assert (r.source, r.text) == ("critics of the mayor", "it would raise rents")


def test_the_club_after_a_one_word_name_is_that_club():
    df = attributed(
        "Feyenoord confirmed the signing on Monday. The club said the fee was a record."
    )
    assert df["source"].tolist() == ["Feyenoord", "Feyenoord"]
    assert set(df["source_type"]) == {"organisation"}


def test_a_surname_alone_is_not_taken_for_the_club():
    # a one-word name of a person (a given name, or introduced in full) stays a person
    df = attributed(
        "Marta Olsen said the team was tired. Olsen said the club would appeal."
        " The club said it had no comment."
    )
    assert set(df[df["source"] == "Marta Olsen"]["source_type"]) == {"person"}


def test_pronoun_takes_the_subject_of_a_sentence_opened_by_then():
    df = attributed(
        "Harbourview confirmed the closure on Monday. Then Ines Moraes spoke."
        " “It is a betrayal,” she said."
    )
    assert df["source"].tolist()[-1] == "Ines Moraes"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Floods cut off 30 villages overnight, the interior ministry said on Sunday, as rain"
            " kept falling.",
            "Floods cut off 30 villages overnight",
        ),
        (
            "Prices will rise again in March, a Treasury spokesman said, despite calls for a"
            " freeze.",
            "Prices will rise again in March",
        ),
        (
            "Sea ice shrank to a record low, the weather agency said in a report released on"
            " Friday.",
            "Sea ice shrank to a record low",
        ),
    ],
)
def test_trailing_frame_then_a_circumstance_keeps_the_claim(text, content):
    # the wire opening: CLAIM, SOURCE said (time), as/despite CLAUSE
    assert one(text).text == content


def test_capitalised_title_then_the_name_in_commas():
    r = one("The Transport Secretary, Ruth Okonjo, said the line would reopen.")
    assert (r.source, r.descriptor) == ("Ruth Okonjo", "Transport Secretary")


def test_and_inside_a_body_name_is_neither_a_pair_nor_a_plural():
    text = (
        "Marek Zielinski said the vote was fair. Peace and Unity leader Tomasz Wrona said"
        " it was rigged. He said he would appeal."
    )
    df = attributed(text)
    assert df["source"].tolist() == ["Marek Zielinski", "Tomasz Wrona", "Tomasz Wrona"]


@pytest.mark.parametrize(
    ("text", "source", "via", "content"),
    [
        (
            "“The harvest is safe,” the minister said, according to Interfax.",
            "minister",
            "Interfax",
            "“The harvest is safe,”",
        ),
        (
            "The harvest is safe, Olga Brenner said, RIA Novosti reported.",
            "Olga Brenner",
            "RIA Novosti",
            "The harvest is safe",
        ),
        (
            "According to Kyodo, a senior official said the summit would be delayed.",
            "senior official",
            "Kyodo",
            "the summit would be delayed",
        ),
        (
            "The premier was quoted by Xinhua as saying that exports would recover.",
            "premier",
            "Xinhua",
            "exports would recover",
        ),
        (
            "“Exports will recover,” the premier was quoted by Xinhua as saying at a forum.",
            "premier",
            "Xinhua",
            "“Exports will recover,”",
        ),
    ],
)
def test_a_news_outlet_relaying_a_statement_is_its_via(text, source, via, content):
    df = attributed(text)
    assert df[["source", "via", "text"]].values.tolist() == [[source, via, content]]


def test_according_to_a_body_after_a_speech_verb_stays_the_bodys():
    # not an outlet: the union vouches for what farmers insisted, as PolNeAR annotates it; the
    # farmers' own statement is kept too, relayed by the union
    df = attributed("Farmers insisted the dams opened late, according to their union.")
    rows = {(r.cue, r.text): r for r in df.itertuples()}
    outer = rows[("according to", "Farmers insisted the dams opened late")]
    inner = rows[("insisted", "the dams opened late")]
    assert outer.source.endswith("union")
    assert (inner.source, inner.via) == ("Farmers", outer.source)


@pytest.mark.parametrize(
    "middle",
    [
        "Ilse Brandt, a retired ferry pilot, smiled.",  # an appositive with a participle
        "Ilse Brandt lives on the island.",  # a present tense the tagger reads as a noun
        "Asked about the vote, Ilse Brandt smiled.",  # an opening participle phrase
    ],
)
def test_pronoun_takes_a_person_introduced_without_a_speech_verb(middle):
    text = f"Jonas Weller said the harbour was busy. {middle} She said the island felt empty."
    assert attributed(text)["source"].tolist()[-1] == "Ilse Brandt"


def test_split_quote_after_told_outlet_keeps_its_second_half():
    df = attributed("“It can be done,” Rosa Lind told the Herald, “but not this year.”")
    assert df["text"].tolist() == ["“It can be done,”", "“but not this year.”"]
    assert set(df["source"]) == {"Rosa Lind"}


def test_adverb_long_between_auxiliary_and_cue():
    r = one("Economists have long argued that the tax hurts small firms.")
    assert (r.source, r.text) == ("Economists", "the tax hurts small firms")


def test_opening_phrase_then_a_coordinated_speech_verb():
    r = one("On Monday, Mayor Ida Holm thanked volunteers and said the bridge would reopen.")
    assert (r.source, r.text) == ("Ida Holm", "the bridge would reopen")


def test_first_word_of_a_full_name_is_that_person():
    # surname-first names ("Li Wen" ... "Li said") and first names in features
    df = attributed("Premier Li Wen said trade was growing. “We are open,” Li said.")
    assert set(df["source"]) == {"Li Wen"}


def test_the_judge_is_the_judge_named_before():
    df = attributed(
        "Judge Ada Marsh said the case was grave. “These are serious charges,” the judge said."
    )
    assert set(df["source"]) == {"Ada Marsh"}


def test_the_official_after_a_modified_official():
    df = attributed(
        "A senior official said the dam would be finished in May. “It is nearly done,” the"
        " official said."
    )
    assert set(df["source"]) == {"senior official"}


@pytest.mark.parametrize(
    ("text", "to", "channel"),
    [
        ("Speaking to reporters in Lima, Soto said the strike was over.", "reporters", None),
        ("Ruiz, speaking to Sky Sports, said the team was tired.", "Sky Sports", None),
        ("Orvana, in a statement, said profits rose.", None, "statement"),
        ("Neri told a news conference that the ban would stay.", None, "news conference"),
        ("Neri said in a Facebook post that power was back.", None, "Facebook"),
        ("Neri told Western diplomats that Europe must act.", "Western diplomats", None),
    ],
)
def test_audience_and_channel_around_the_cue(text, to, channel):
    r = one(text)
    assert (r.reported_to if isinstance(r.reported_to, str) else None) == to
    assert (r.channel if isinstance(r.channel, str) else None) == channel
    assert not r.text.startswith(("in a", "that", "Western"))


def test_reported_noun_then_relative_that_is_not_content_after_that():
    r = one("Shares fell after the bank reported profits that missed forecasts.")
    assert r.source == "bank" and r.text != "missed forecasts"


def test_the_poller_is_not_the_source():
    r = one("Economists polled by Reuters had expected growth of 2%.")
    assert r.source == "Economists"


def test_according_to_a_body_then_its_description_in_commas():
    r = one(
        "According to the Centre for Polar Studies, a Norwegian think tank, the ice is thinning."
    )
    assert (r.source, r.text) == ("Centre for Polar Studies", "the ice is thinning")


@pytest.mark.parametrize(
    ("text", "source", "source_type", "descriptor"),
    [
        (
            "Gov. Laura Brandt of Vermont said the roads were closed.",
            "Laura Brandt",
            "government",
            "Gov.",
        ),
        (
            "Green Party leader Sir Tom Orwell said the plan was unfair.",
            "Tom Orwell",
            None,
            "Green Party leader",
        ),
        (
            "Friends of the Earth said the ruling was a disgrace.",
            "Friends of the Earth",
            "organisation",
            None,
        ),
        (
            "The City of Halden says the pipes will be replaced.",
            "City of Halden",
            "government",
            None,
        ),
        ("Norway's air force said it had scrambled two jets.", None, "government", None),
    ],
)
def test_names_titles_and_types_of_bodies_and_officials(text, source, source_type, descriptor):
    r = one(text)
    if source is not None:
        assert r.source == source
    if source_type is not None:
        assert r.source_type == source_type
    if descriptor is not None:
        assert r.descriptor == descriptor


def test_councillor_title_abbreviation_links_to_the_full_name():
    df = attributed(
        "Dunmore Mayor Ken Abbott said the levee held. “We were lucky,” Cr Abbott said."
    )
    assert set(df["source"]) == {"Ken Abbott"}


def test_giving_only_a_first_name_is_no_statement():
    df = attributed(
        "Halyna, a nurse who gave only her first name for security reasons, said the ward was full."
    )
    assert df[["source", "text"]].values.tolist() == [["Halyna", "the ward was full"]]


@pytest.mark.parametrize(
    ("text", "source", "via", "content"),
    [
        (
            "Okafor said the talks were useful, according to a statement from his office.",
            "Okafor",
            "his office",
            "the talks were useful",
        ),
        (
            "According to the indictment, Vance told a clerk that nobody would check.",
            "Vance",
            "indictment",
            "nobody would check",
        ),
    ],
)
def test_speech_inside_an_according_to_content_is_relayed(text, source, via, content):
    df = attributed(text)
    inner = df[df["source"] == source].iloc[0]
    assert (inner.via, inner.text) == (via, content)
    assert (df["kind"] == "according-to").sum() == 1  # the outer statement stays


def test_the_epithet_takes_the_person_just_introduced():
    text = (
        "“I served well,” Kovac said. Ruud was close to tears. “I am not good enough yet,” the"
        " Norwegian said."
    )
    assert attributed(text)["source"].tolist() == ["Kovac", "Ruud"]


def test_two_surnames_then_the_first_surname():
    df = attributed(
        "President Ana Ortega Ruiz said the border was open. “We are sovereign,” Ortega said."
    )
    assert set(df["source"]) == {"Ana Ortega Ruiz"}


@pytest.mark.parametrize(
    "text",
    [
        "The Securities and Exchange Commission said the bank had misled investors.",
        "The Centers for Disease Control and Prevention said the risk was low.",
        "According to the Agency for Trade and Development, exports fell.",
    ],
)
def test_a_body_name_with_and_is_one_source(text):
    df = attributed(text)
    assert len(df) == 1 and " and " in df.iloc[0].source


def test_party_tag_in_brackets_does_not_end_the_sentence():
    r = one("Rep. Dana Fiore (R-S.C.), who sits on the budget panel, said the agency had lied.")
    assert (r.source, r.text) == ("Dana Fiore", "the agency had lied")


def test_warned_against_and_documents_reviewed_by_an_outlet():
    assert one("Ida Lund warned against cutting rates too early.").text == (
        "cutting rates too early"
    )
    r = one("Emails reviewed by The Ledger show that the mayor was warned.")
    assert (r.source, r.text) == ("Emails", "the mayor was warned")


def test_anonymity_clause_in_a_quote_first_frame():
    r = one("“It's a disaster,” one porter, who asked not to be named, said.")
    assert (r.cue, r.source_type) == ("said", "anonymous")


@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for the blast.",
        "Nobody said the dam would fail.",
        "The minister did not say whether the levy would rise.",
        "The chief executive, Ines Dahl, has not commented publicly.",
    ],
)
def test_nothing_said_is_no_statement(text):
    assert attributed(text).empty


def test_who_in_capitals_is_the_health_organisation():
    df = attributed(
        "The WHO said on Tuesday that the variant was spreading. “Do not relax,” the WHO said."
    )
    assert df["source"].tolist() == ["WHO", "WHO"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Critics counter that the levy is unaffordable.", "counter"),
        ("Supporters maintain that the levy is fair.", "maintain"),
    ],
)
def test_counter_and_maintain_before_that(text, cue):
    r = one(text)
    assert (r.cue, r.text) == (cue, text.split("that ", 1)[1].rstrip("."))


def test_counter_and_maintain_as_plain_verbs_are_no_cues():
    assert attributed("The army will counter the threat. Crews maintain the roads.").empty


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ortiz responded by saying the network pays nobody.", "Ortiz"),
        ("Hale followed up by asking whether the plan was legal.", "Hale"),
    ],
)
def test_responded_by_saying(text, source):
    assert one(text).source == source


def test_fronted_clause_is_its_own_statement_and_the_main_clause_another():
    df = attributed("Before the guild announced the strike, it said talks had collapsed.")
    rows = df[["source", "cue", "text"]].values.tolist()
    assert ["guild", "announced", "the strike"] in rows
    assert ["said", "talks had collapsed"] == rows[-1][1:]


@pytest.mark.parametrize(
    ("text", "content", "channel"),
    [
        (
            "The firm denied the allegations in a statement on Monday.",
            "the allegations",
            "statement",
        ),
        (
            "A militia spokesman denied the group's role in a message to journalists.",
            "the group's role",
            "message",
        ),
    ],
)
def test_channel_at_the_end_of_the_content(text, content, channel):
    r = one(text)
    assert (r.text, r.channel) == (content, channel)


def test_that_as_the_subject_of_the_content_is_kept():
    assert one("Officials said that was highly unusual.").text == "that was highly unusual"


def test_relative_clause_before_an_inner_verb_keeps_the_content_whole():
    r = one(
        "Prosecutors said the clerk, who is cooperating with them, reported the payments to"
        " the police."
    )
    assert r.text.endswith("reported the payments to the police")


@pytest.mark.parametrize(
    ("text", "to", "content"),
    [
        ("The minister told parliament that the outbreak was over.", "parliament", None),
        ("The president told state media the talks had stalled.", "state media", None),
        # after "that" the people are the content's subject, not the audience
        ("The union leader warned that workers would strike.", None, "workers would strike"),
    ],
)
def test_audiences_after_told(text, to, content):
    r = one(text)
    assert (r.reported_to if isinstance(r.reported_to, str) else None) == to
    if content:
        assert r.text == content


def test_but_that_continues_the_content():
    r = one("The agency said the virus was spreading, but that it was not more severe.")
    assert r.text == "the virus was spreading, but that it was not more severe"


def test_it_takes_a_body_opening_the_sentence_before():
    df = attributed(
        "The ministry said prices had peaked. Norvik Shipping published its accounts on"
        " Monday. It said freight rates would fall."
    )
    assert df["source"].tolist() == ["ministry", "Norvik Shipping"]


def test_pronoun_takes_a_source_of_the_same_sentence():
    df = attributed("Before the guild announced the strike, it said talks had collapsed.")
    assert df["source"].tolist() == ["guild", "guild"]


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        ("Her neighbour, Ciaran Walsh, is more hopeful.", "Ciaran Walsh"),
        ("Ciaran Walsh, a boatbuilder, lives nearby.", "Ciaran Walsh"),
    ],
)
def test_pronoun_takes_a_person_set_up_in_the_sentence_before(middle, speaker):
    text = f"Orla Byrne insists the harbour is quiet. {middle} “I get three calls a week,” he says."
    assert attributed(text)["source"].tolist()[-1] == speaker


def test_he_is_not_a_body():
    df = attributed("The army said 15 fighters had been killed. “The clinic is full,” he said.")
    assert df["source"].tolist()[-1] != "army"


def test_capitalised_plural_noun_is_a_group():
    df = attributed("Witnesses said the gunmen fled. “It was chaos,” he said.")
    assert df["source"].tolist()[-1] != "Witnesses"


@pytest.mark.parametrize(
    ("text", "source", "descriptor"),
    [
        (
            "The Minister for Health, Tom Ryder, said the talks were useful.",
            "Tom Ryder",
            "Minister for Health",
        ),
        (
            "The Secretary of State, Ann Vale, said the talks were useful.",
            "Ann Vale",
            "Secretary of State",
        ),
        (
            "The MP for Dunmore, Kate Rowe, said the talks were useful.",
            "Kate Rowe",
            "MP for Dunmore",
        ),
        (
            "Council Member Rita Alvarez said the park would close.",
            "Rita Alvarez",
            "Council Member",
        ),
        (
            "Det Supt Owen Price told a press conference the attack was targeted.",
            "Owen Price",
            "Det Supt",
        ),
    ],
)
def test_office_titles_before_a_name(text, source, descriptor):
    r = one(text)
    assert (r.source, r.descriptor) == (source, descriptor)


def test_trailing_spokesman_frame_takes_the_sentence():
    r = one(
        "The secretary-general condemned the attack “in the strongest terms”, his spokesman"
        " Jon Ekberg said."
    )
    assert r.source == "Jon Ekberg"
    assert r.text.startswith("The secretary-general condemned the attack")


@pytest.mark.parametrize(
    "text",
    [
        "Woman found dead in riverside flat",
        "The man was pronounced dead at the scene.",
        "Talks resumed after public comment.",
        "Mertens declined to be drawn on the speculation.",
    ],
)
def test_no_statement_from_deaths_nouns_and_refusals(text):
    assert attributed(text).empty


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A spokesman for former president Ray Dunn said the plan was dropped.",
            "spokesman for former president Ray Dunn",
        ),
        (
            "The daughter of the late singer Mae Roy said the film was moving.",
            "daughter of the late singer Mae Roy",
        ),
    ],
)
def test_a_person_qualified_by_former_or_late_is_not_the_speaker(text, source):
    assert one(text).source == source


def test_the_guardian_is_an_outlet_not_an_epithet():
    df = attributed("Arteta said the club was happy. The Guardian reported that Arsenal were keen.")
    assert df["source"].tolist()[-1] == "Guardian"
    assert df["source_type"].tolist()[-1] == "media"


def test_council_member_gender_from_the_given_name():
    df = attributed(
        "Council Member Rita Alvarez said the plan was fine. Council Member Dave Kowalski said"
        " it was not. “We cannot wait,” she said."
    )
    assert df["source"].tolist()[-1] == "Rita Alvarez"


def test_quote_then_speaker_then_according_to_the_office():
    df = attributed("“Peace must be built,” Lee said, according to his office.")
    lee = df[df["source"] == "Lee"].iloc[0]
    assert (lee.text, lee.via) == ("“Peace must be built,”", "his office")


@pytest.mark.parametrize(
    ("text", "source", "via", "content"),
    [
        (
            "Ri Jong-su said in a statement carried by the Korean Central News Agency that talks"
            " were pointless.",
            "Ri Jong-su",
            "Korean Central News Agency",
            "talks were pointless",
        ),
        (
            "Yonhap reported, citing a government source, that Seoul was weighing the move.",
            "government source",
            "Yonhap",
            "Seoul was weighing the move",
        ),
    ],
)
def test_carried_by_and_citing(text, source, via, content):
    r = one(text)
    assert (r.source, r.via, r.text) == (source, via, content)


def test_the_company_after_a_lead_that_names_it_without_quoting_it():
    df = attributed("Halden delivered 40 ferries in March. The company said output was rising.")
    assert (df.iloc[0].source, df.iloc[0].descriptor) == ("Halden", "company")


def test_audience_words_inside_the_quote_are_not_the_audience():
    r = one("“We are speaking to Porto,” the agent said.")
    assert not isinstance(r.reported_to, str)


def test_channel_phrase_of_the_content_clause_stays():
    r = one("Whitfield told jurors that the order came in a phone call.")
    assert r.text == "the order came in a phone call"


def test_particles_inside_a_surname():
    assert one("Ursula von der Lind told reporters the deal was close.").source == (
        "Ursula von der Lind"
    )


def test_relational_descriptor_then_the_name_after_a_quote():
    r = one("“He was a giant,” his widow, Ruth, said in an interview with the Dales Post.")
    assert (r.source, r.reported_to, r.channel) == ("Ruth", "Dales Post", "interview")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the plan would pass, responding to criticism from the council.",
        "Her father declined to speak to the media.",
    ],
)
def test_responding_and_declining_to_speak_add_no_statement(text):
    assert len(attributed(text)) <= 1
    assert not (attributed(text)["cue"].isin(["responding", "declined"])).any()


def test_short_type_words_match_names_only_in_capitals():
    assert one("Kim Jong Un said the test was a success.").source_type == "person"
    assert one("The UN said the convoy was hit.").source_type == "organisation"


@pytest.mark.parametrize("noun", ["trader", "auditor", "passenger"])
def test_unnamed_people_are_people(noun):
    assert one(f"A {noun} said the price had doubled.").source_type == "person"


def test_passive_asked_is_the_question():
    df = attributed("At a town hall, Reyes was asked about the border. She said a wall would fail.")
    assert df[["source", "text"]].values.tolist() == [
        ["unknown", "about the border"],
        ["Reyes", "a wall would fail"],
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In the new Harlow poll, conducted in May, 40 percent of voters back Ames.",
            "40 percent of voters back Ames",
        ),
        (
            "In the Tribune survey, Ames's lead remained in double digits.",
            "Ames's lead remained in double digits",
        ),
    ],
)
def test_in_the_poll_the_poll_says_it(text, content):
    r = one(text)
    assert (r.kind, r.text) == ("according-to", content)
    assert "poll" in r.source or "survey" in r.source


def test_in_a_book_with_a_speech_verb_is_the_speakers():
    r = one("In his book, the former general argued that the war was lost.")
    assert (r.source, r.cue) == ("former general", "argued")


def test_according_to_an_outlet_on_a_sentence_with_a_subordinate_speech_verb_stays_the_outlets():
    df = attributed(
        "According to the Ledger, campaign aides looked into what would happen if the candidate"
        " announced a withdrawal."
    )
    assert df[["source", "kind"]].values.tolist() == [["Ledger", "according-to"]]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ola Berg was frustrated. The Norway forward said the team should have won.", "Ola Berg"),
        ("Jens Holm was delighted. The Dane said the squad had been tired.", "Jens Holm"),
    ],
)
def test_sports_epithets_take_the_person_just_named(text, source):
    assert attributed(text)["source"].tolist()[-1] == source


def test_which_she_called_is_the_pronouns():
    df = attributed("The mayor defended the plan, which she called “essential”.")
    assert df[df["cue"] == "called"]["source"].tolist() == ["mayor"]


def test_fronted_place_phrase_then_name_and_appositive():
    r = one("At the diner, Tom Yates, a welder, said he had not decided.")
    assert (r.source, r.descriptor) == ("Tom Yates", "welder")


def test_body_name_ending_in_service_is_no_title_and_name():
    assert one("The Crown Prosecution Service said the case would be reviewed.").source == (
        "Crown Prosecution Service"
    )


@pytest.mark.parametrize(
    ("text", "content", "channel"),
    [
        ("Profits fell 5%, the bank said in a regulatory filing.", "Profits fell 5%", "filing"),
        (
            "Acme has agreed to sell its unit, the companies said in a joint statement.",
            "Acme has agreed to sell its unit",
            "statement",
        ),
        (
            "The talks had failed, the ministry said in a statement released by its press office.",
            "The talks had failed",
            "statement",
        ),
    ],
)
def test_trailing_frame_with_a_channel(text, content, channel):
    df = attributed(text)
    r = df[df["cue"] == "said"].iloc[0]
    assert (r.text, r.channel) == (content, channel)


def test_that_after_a_place_is_no_audience():
    r = one("Merz told a news conference in Berlin that Germany would act.")
    assert r.text == "Germany would act" and not isinstance(r.reported_to, str)


@pytest.mark.parametrize(
    "text",
    [
        "Prisoners will be treated according to international law, the spokesman said.",
        "Aid was distributed according to need, the agency said.",
    ],
)
def test_according_to_a_norm_is_no_source(text):
    df = attributed(text)
    assert (df["kind"] != "according-to").all() and len(df) == 1


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Ada Voss said about 1.2 million ballots had been counted.",
            "Ada Voss",
            "about 1.2 million ballots had been counted",
        ),
        (
            "Ada Voss declined to give details but said talks were continuing.",
            "Ada Voss",
            "talks were continuing",
        ),
    ],
)
def test_about_a_number_and_declined_but_said(text, source, content):
    r = one(text)
    assert (r.source, r.text) == (source, content)


@pytest.mark.parametrize(
    "text", ["Chen conceded shortly before midnight.", "Tom Bradley replied angrily."]
)
def test_a_speech_verb_with_only_an_adverbial_is_no_statement(text):
    assert attributed(text).empty


@pytest.mark.parametrize(
    ("text", "to"),
    [
        ("Laura Chen told her supporters that the fight was not over.", "her supporters"),
        ("Laura Chen told cheering supporters that the fight was not over.", "cheering supporters"),
    ],
)
def test_audience_with_a_possessive_or_adjective(text, to):
    assert one(text).reported_to == to


def test_a_date_is_no_relay():
    r = one("Thousands face famine, Amnesty said in a report published on Monday.")
    assert not isinstance(r.via, str) and r.channel == "report"


def test_it_after_a_minister_and_her_ministry_is_the_ministry():
    df = attributed(
        "Health Minister Ana Lind visited the clinic. The ministry published new figures. It"
        " said 34 people had died."
    )
    assert df["source"].tolist() == ["ministry"]


@pytest.mark.parametrize(
    ("text", "to"),
    [
        ("The jury heard that Fenwick confronted the porter.", "jury"),
        ("The court was told that Fenwick had previous convictions.", "court"),
    ],
)
def test_what_the_court_heard(text, to):
    r = one(text)
    assert (r.source, r.reported_to, r.text) == (
        "unknown",
        to,
        text.split("that ", 1)[1].rstrip("."),
    )


def test_a_quote_is_not_given_to_a_next_paragraph_that_declines_to_comment():
    df = attributed(
        "“We will act,” Okafor said. “I give you my word.”\n\nThe army did not comment."
    )
    assert set(df["source"]) == {"Okafor"}


def test_a_dateline_with_a_colon_is_no_speaker():
    assert attributed("NEW DELHI: The opposition staged a walkout on Thursday.").empty


@pytest.mark.parametrize(
    ("text", "source", "source_type"),
    [
        (
            "The National Association of Head Teachers said its members were worried.",
            "National Association of Head Teachers",
            "organisation",
        ),
        (
            "Pay is too low, the Royal College of Nursing said.",
            "Royal College of Nursing",
            "organisation",
        ),
        (
            "The Health and Safety Executive said it was investigating.",
            "Health and Safety Executive",
            "government",
        ),
        ("Lena Holt of Aarhus University said the results were robust.", "Lena Holt", "person"),
    ],
)
def test_body_names_with_of_and_and(text, source, source_type):
    df = attributed(text)
    assert df[["source", "source_type"]].values.tolist() == [[source, source_type]]


@pytest.mark.parametrize(
    "text",
    [
        "Janet Hughes said:\n\n“We have listened to residents.”",
        "In a statement, the council said:\n\n“We have listened to residents.”",
    ],
)
def test_said_colon_then_the_quote_in_the_next_paragraph(text):
    r = one(text)
    assert r.source in ("Janet Hughes", "council") and r.kind == "direct"


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Shell and BP said prices would rise.", ["BP", "Shell"]),
        ("Unite and the GMB said the strike would go ahead.", ["GMB", "Unite"]),
    ],
)
def test_coordinated_named_bodies_each_get_the_statement(text, sources):
    df = attributed(text)
    assert sorted(df["source"]) == sources
    assert set(df["source_type"]) == {"organisation"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The governor pledged to veto any tax increase that reaches her desk.",
            "to veto any tax increase that reaches her desk",
        ),
        (
            "The union vowed to fight every job cut that the board proposes.",
            "to fight every job cut that the board proposes",
        ),
    ],
)
def test_that_after_an_infinitive_object_is_a_relative_clause(text, content):
    """'to veto any …': an infinitive the tagger reads as 'to' + noun, not an audience."""
    assert one(text).text == content


def test_that_after_an_audience_still_opens_the_content():
    r = one("The minister said to reporters after the meeting that talks had failed.")
    assert r.text == "talks had failed"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The council shut the pool, a move campaigners said was driven by cost.",
            "campaigners",
            "was driven by cost",
        ),
        (
            "The port handled 9,000 boxes, a figure the harbour board said was a record.",
            "harbour board",
            "was a record",
        ),
        (
            "Fares rose again, which commuters said would push them back into cars.",
            "commuters",
            "would push them back into cars",
        ),
        (
            "The fire was started by two boys, who police said had been seen near the barn.",
            "police",
            "had been seen near the barn",
        ),
    ],
)
def test_speaker_inside_a_relative_clause_whose_gap_is_the_content_subject(text, source, content):
    """'a move campaigners said was …': the content's subject is the head noun, not the speaker."""
    r = one(text)
    assert (r.source, r.text) == (source, content)


def test_a_speaker_aside_before_the_verb_is_no_relative_clause():
    """'The first step, the council's advisers say, will be …': the content keeps its subject."""
    r = one("The first step, the council’s advisers say, will be to mend the roads.")
    assert r.source == "council’s advisers"
    assert r.text.startswith("The first step")


def test_a_dateline_is_no_transcript_speaker():
    text = (
        "Alliance talks stall\n\nNAIROBI: Talks on the coalition stalled on Sunday, a party "
        "spokesman said.\n\nThe parties meet again on Monday."
    )
    df = attributed(text)
    assert "speaker-label" not in set(df["method"])
    assert df["source"].tolist() == ["party spokesman"]


def test_transcript_labels_still_name_speakers():
    text = (
        "The interview\n\nHOLM: Will the bridge open this year?\n\nVARGA: I think it will, "
        "if the steel arrives.\n\nHOLM: Thank you."
    )
    df = attributed(text)
    assert df["source"].tolist() == ["HOLM", "VARGA", "VARGA", "HOLM"]  # ("I think it will")


def test_a_label_before_a_number_is_a_tally_not_speech():
    text = (
        "Delegates won\n\nOkafor and Lindqvist were level at noon.\n\nOkafor: 1,204.\n\n"
        "Lindqvist: 1,187."
    )
    assert attributed(text).empty


def test_a_time_is_no_content():
    """'responded a few hours later, posting …': when it was said, not what."""
    assert attributed("Mr Varga responded a few hours later, posting a photo of the pier.").empty
    r = one("The coach said later, “We were lucky.”")
    assert r.text == "“We were lucky.”"


def test_content_stops_before_the_narrators_comment_on_it():
    r = one("Ms Ilves predicted the mine would reopen by 2027, a claim that surprised investors.")
    assert r.text == "the mine would reopen by 2027"


def test_she_finds_a_named_person_whose_title_names_a_body():
    """'Evacuation centre coordinator Priya Nair' is typed by the body; 'she' is still her."""
    text = (
        "A neighbour reported smoke in the gorge at dawn. Relief centre coordinator Priya Nair said volunteers "
        "had served 900 meals. “People have been generous,” she said."
    )
    df = attributed(text)
    quote = df[df["kind"] == "direct"].iloc[0]
    assert quote.source == "Priya Nair"


def test_a_reflexive_subject_is_the_next_speaker():
    """'Keane himself was more understated. “…,” he told reporters.': Keane, not the coach."""
    text = (
        "“He was brilliant,” coach Brian Lynch said. Keane himself was more understated. "
        "“I just hit it and hoped,” he told reporters."
    )
    df = attributed(text)
    assert df.set_index("text").loc["“I just hit it and hoped,”", "source"] == "Keane"


@pytest.mark.parametrize(
    ("text", "n_add"),
    [
        ("The delay will add £40 million to the bill, according to a staff report.", 0),
        ("The mayor added the ferry would run on Sundays.", 1),
        ("The mayor added that the ferry would run on Sundays.", 1),
    ],
)
def test_add_with_a_sum_is_no_speech(text, n_add):
    """'would add £40 million to the bill' is arithmetic; 'added (that) the ferry would run' is
    speech."""
    df = attributed(text)
    assert (df["cue"] == "add").sum() + (df["cue"] == "added").sum() == n_add


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The strike began after the union tabled a 12 percent pay claim, a demand the "
            "employers have described as absurd.",
            "employers",
        ),
        ("Ticket sales passed 40,000, what the organisers described as a record.", "organisers"),
        ("“We will appeal,” a spokesman for the club said.", "spokesman for the club"),
    ],
)
def test_speaker_of_a_trailing_relative_clause(text, source):
    """'…, a demand the employers have called absurd': the employers, not 'demand'."""
    assert one(text).source == source


def test_a_live_blog_stamp_does_not_hide_the_sentence_subject():
    """'09:26 GMT – First Minister Alasdair Kerr has …. Speaking afterwards, he urged …'."""
    text = (
        "08:47 GMT – “I have never seen it this high,” one shopkeeper told our reporter.\n\n"
        "09:26 GMT – First Minister Alasdair Kerr has chaired a meeting of the resilience "
        "committee. Speaking afterwards, he urged people to check on elderly neighbours."
    )
    df = attributed(text)
    assert df.set_index("cue").loc["urged", "source"] == "Alasdair Kerr"


def test_among_the_patients_is_a_subject_for_the_pronoun():
    """'Among the patients is Mercy Banda, 34, …. “…,” she said.': Banda, not the nurse before."""
    text = (
        "“We have no beds left,” a nurse at the hospital said.\n\n"
        "Among the patients is Mercy Banda, 34, a fish trader from Nsaka. "
        "“I thought I would lose him,” she said."
    )
    df = attributed(text)
    assert df.set_index("text").loc["“I thought I would lose him,”", "source"] == "Mercy Banda"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Finance Minister Rachel Okafor has argued that the country cannot wait. In her "
            "telling, every year of delay adds €1.2bn to the bill, and the longer the government "
            "waits, the harsher the cuts will be.",
            "Rachel Okafor",
            "every year of delay adds €1.2bn to the bill, and the longer the government waits, "
            "the harsher the cuts will be",
        ),
        ("In the mayor's view, the tram line is overdue.", "mayor", "the tram line is overdue"),
    ],
)
def test_in_her_view_is_an_according_to(text, source, content):
    df = attributed(text)
    assert [source, content] in df[["source", "text"]].values.tolist()
    assert "every year of delay" not in set(df["source"])  # ("adds" is no cue here)


def test_in_its_view_leaves_a_speech_verb_its_statement():
    df = attributed(
        "The IMF published its outlook. In its analysis, the fund said growth would slow."
    )
    assert df[["source", "cue", "text"]].values.tolist() == [["fund", "said", "growth would slow"]]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The email read: “Friend, let me be blunt.”", "email", "“Friend, let me be blunt.”"),
    ],
)
def test_read_quotes_the_words_a_document_carries(text, source, content):
    r = one(text)
    assert (r.source, r.cue, r.text) == (source, "read", content)


def test_reading_a_text_is_no_statement():
    assert attributed("The judge read his decision slowly to the packed court.").empty


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Separately, the two unions reached a deal with the port authority on Friday night, "
            "a spokesman told reporters.",
            "the two unions reached a deal with the port authority on Friday night",
        ),
        (
            "Meanwhile, the pool will close for the summer, a spokeswoman said.",
            "the pool will close for the summer",
        ),
    ],
)
def test_a_linking_adverb_before_the_content_is_the_narrators(text, content):
    assert one(text).text == content


# ------------------------------------------- eighth session: round 5 of unseen-style articles
@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Premier Dana Holt toured a factory in Ohio, where she told workers the plant "
            "would stay open.",
            "Dana Holt",
            "the plant would stay open",
        ),
        (
            "The firm held an investor day on Tuesday, at which its finance chief said margins "
            "would recover.",
            "its finance chief",
            "margins would recover",
        ),
    ],
)
def test_a_speaker_after_where_or_at_which(text, source, content):
    """'…, where she told workers …': a relative adverb before the speaker, not a question."""
    r = one(text)
    assert (r.source, r.text) == (source, content)


def test_the_narrator_piece_stops_before_where():
    df = statements(
        art("Premier Dana Holt toured a factory in Ohio, where she told workers it would stay."),
        canonical=False,
    )
    assert df[df.kind == "narrator"].text.tolist() == ["Premier Dana Holt toured a factory in Ohio"]


def test_a_pronoun_takes_the_subject_of_its_own_sentence_not_one_inside_the_content():
    assert one("Ms Patel spoke in Berlin, where she said Europe must spend more.").source == "Patel"
    # the sentence's subject is the content's: "he" is the earlier person
    r = one("Tom Reed arrived late. Mark Lee drafted the report, he said.")
    assert (r.source, r.text) == ("Tom Reed", "Mark Lee drafted the report")
    # a subject of the other gender is skipped
    assert one("Sara Lind met Tom Berg on Monday, and he said the deal was off.").source != (
        "Sara Lind"
    )


def test_continued_is_speech_only_before_a_quote():
    r = one("Shelling continued overnight, the army said.")
    assert (r.source, r.cue, r.text) == ("army", "said", "Shelling continued overnight")
    assert one("Ms Ruiz spoke first. “We will rebuild,” she continued.").cue == "continued"
    assert attributed("Talks continued on Friday in Geneva.").empty


def test_a_participle_after_of_is_no_cue():
    text = "Officials are tracking the outbreak in Peru, where the number of reported cases rose."
    assert attributed(text).empty


def test_at_least_opens_the_content_not_an_audience():
    r = one("Police reported at least 12 injuries at a shelter that houses migrant families.")
    assert r.text.startswith("at least 12 injuries")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Analyst Tom Gerrity said sales were weak.", "Tom Gerrity"),
        ("Economist Ravi Shah said growth would return.", "Ravi Shah"),
        ("Rebel Wilson said the film was a joy to make.", "Rebel Wilson"),
    ],
)
def test_a_role_word_opening_a_sentence_is_no_part_of_the_name(text, source):
    assert one(text).source == source


def test_a_role_after_an_opening_phrase_is_a_subject_for_the_pronoun():
    text = (
        "“Demand is soft,” the chief executive, Ann Cole, said.\n\n"
        "At Hollis Bank, economist Ravi Shah was less gloomy. Growth will return next year, he "
        "wrote."
    )
    df = attributed(text)
    assert df.set_index("cue").loc["wrote", "source"] == "Ravi Shah"


def test_an_office_with_and_in_it_is_one_speaker():
    r = one("The Environment and Rural Affairs Secretary, Tom Dale, said the ban would stay.")
    assert r.source == "Tom Dale"


def test_a_place_after_a_speaking_aside_is_not_the_speaker():
    assert one(
        "Ms Hale, speaking at a rally in the capital, Tirana, said the vote was fair."
    ).source == ("Hale")
    text = (
        "Ms Ionescu, speaking at a rally in the capital, Bucharest, thanked her voters. "
        "“We did it together,” she said."
    )
    assert one(text).source == "Ionescu"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Exports fell 4%, the statistics office said in a report published on Monday.",
            "Exports fell 4%",
        ),
        (
            "The agency said in a report released on Friday that 2,000 homes were damaged.",
            "2,000 homes were damaged",
        ),
        (
            "Fees rose 9%, the regulator said in its final notice, published on Wednesday.",
            "Fees rose 9%",
        ),
    ],
)
def test_a_dated_channel_is_no_content(text, content):
    r = one(text)
    assert r.text == content
    assert r.channel in ("report", "notice")


def test_a_descriptor_then_a_name_between_commas_after_the_content():
    text = "Food stocks will run out in May, the World Food Programme's country director, Ana Ruiz, said."
    r = one(text)
    assert (r.source, r.text) == ("Ana Ruiz", "Food stocks will run out in May")


def test_the_answer_to_a_question_is_the_addressees():
    df = attributed(
        "A reporter asked Ortega whether he would run again. “Not this time,” he replied."
    )
    assert df[["source", "cue"]].values.tolist() == [["reporter", "asked"], ["Ortega", "replied"]]
    assert df.iloc[0].reported_to == "Ortega"
    r = one("A reporter asked the minister whether she would resign.")
    assert (r.reported_to, r.text) == ("minister", "whether she would resign")


def test_the_governments_of_two_countries_are_two_sources():
    df = attributed(
        "In a joint statement, the governments of Chile and Peru said the border would reopen."
    )
    assert sorted(df.source) == ["Chile", "Peru"]


def test_a_subordinate_clause_in_a_headline_gives_its_own_subject():
    assert one("Unions hail pay deal as minister refuses to quit").source == "minister"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ferry is now expected to sail on Friday.",
            "The ferry is now expected to sail on Friday",
        ),
        (
            "The stadium, first due to open in 2024, is now expected to open in 2026.",
            "The stadium, first due to open in 2024, is now expected to open in 2026",
        ),
    ],
)
def test_a_passive_with_an_adverb_has_no_named_source(text, content):
    r = one(text)
    assert (r.source, r.text) == ("unknown", content)


def test_the_reason_for_anonymity_is_no_statement():
    text = (
        "“The figures were padded,” one driver said, speaking on condition of anonymity because "
        "they feared losing their job. “Everyone knew it.”"
    )
    df = attributed(text)
    assert df.source.tolist() == ["one driver", "one driver"]
    assert df.cue.iloc[0] == "said" and pd.isna(df.cue.iloc[1])  # the quote that follows


def test_according_to_a_dated_plan_is_a_source_but_according_to_plan_is_not():
    r = one("The tram line will open in 2027, according to the council's latest schedule.")
    assert (r.kind, r.text) == ("according-to", "The tram line will open in 2027")
    assert attributed("Everything went according to plan.").empty


def test_asked_with_a_place_before_the_question():
    df = attributed(
        "Asked on a radio phone-in whether fares would rise, the mayor said they would not."
    )
    assert df[["source", "cue", "text"]].values.tolist() == [
        ["unknown", "Asked", "whether fares would rise"],
        ["mayor", "said", "they would not"],
    ]


def test_a_company_named_like_its_staff_keeps_its_name():
    """'In a statement, Halden denied …' after 'A former Halden site manager said …': the
    company, not the manager (a middle word of a descriptor is no surname)."""
    text = (
        "Halden Construction billed the city for work never done, according to documents seen "
        "by the Gazette.\n\nA former Halden site manager said crews were padded every month.\n\n"
        "In a statement, Halden denied any wrongdoing. “Halden has always billed in line with "
        "its contract,” the company said.\n\nThe company’s chief executive, Petra Halden, did "
        "not respond to requests for comment."
    )
    df = statements(art(text), narrator=False)
    assert df.set_index("cue").loc["denied", "source"] == "Halden"


def test_according_to_a_study_published_in_a_journal():
    r = one(
        "Cold snaps raise heart attacks by a tenth, according to a study published on Monday in "
        "the journal Heart Research Letters."
    )
    assert (r.source, r.via) == ("study", "Heart Research Letters")


def test_a_trailing_speaker_outranks_a_stance_verb_in_the_content():
    r = one("Of those who voted, 91% backed a walkout, the union said in a statement.")
    assert (r.source, r.text) == ("union", "Of those who voted, 91% backed a walkout")


def test_a_statement_in_brackets():
    df = attributed(
        "The hospital said it would call Mr Hale. (It said 40 operations had been cancelled.)"
    )
    assert df.iloc[1][["source", "text"]].tolist() == [
        "hospital",
        "40 operations had been cancelled",
    ]


def test_for_a_person_the_topic_is_the_next_she():
    text = (
        "Ann Ward, the council leader, said the figures were poor.\n\n"
        "For Joan Pike, 71, from Batley, the wait is personal. She has waited two years for a "
        "knee operation at Moor Lane Hospitals Trust.\n\n"
        "“Some nights I cannot sleep,” she said."
    )
    df = attributed(text)
    assert df.set_index("text").loc["“Some nights I cannot sleep,”", "source"] == "Joan Pike"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Two barns have burned down, fire officials said, but no homes have been lost.",
            "Two barns have burned down",
        ),
        (
            "Turnout was about 64 per cent, the clerk said, slightly lower than in 2021.",
            "Turnout was about 64 per cent",
        ),
    ],
)
def test_a_frame_inside_the_sentence_reports_what_comes_before_it(text, content):
    assert one(text).text == content


# ------------------------------------------ eighth session: round 7 of unseen-style articles
def test_said_through_an_interpreter_is_a_channel_not_a_source():
    r = one(
        "In the camp at Adré, Halima Musa, 41, said through an interpreter that the water had run out."
    )
    assert (r.source, r.channel, r.text) == ("Halima Musa", "interpreter", "the water had run out")


def test_told_the_newspaper_is_an_audience():
    r = one(
        "The plan “will never work,” the driver, who asked not to be named, told the newspaper."
    )
    assert (r.source, r.reported_to, r.text) == (
        "driver",
        "newspaper",
        "The plan “will never work,”",
    )


def test_put_it_with_an_adverb_only_is_no_statement_and_the_speaker_stays_the_subject():
    df = attributed("Drummer Tom Berg put it more bluntly. “We were tired of each other,” he said.")
    assert df[["source", "cue"]].values.tolist() == [["Tom Berg", "said"]]


def test_a_generic_relative_clause_is_no_attribution():
    assert attributed("Anyone who thinks they have been scammed should call their bank.").empty
    assert attributed("Those who believe the plan will work are mistaken.").empty


def test_according_to_before_a_new_clause_keeps_the_clause_before():
    df = attributed(
        "The capsule undocked at 9.14pm, according to the agency, and the crew reported no faults."
    )
    acc = df[df.kind == "according-to"].iloc[0]
    assert (acc.source, acc.text) == ("agency", "The capsule undocked at 9.14pm")


def test_the_company_is_not_its_chief_executive():
    text = (
        "Vantor's chief executive, Eric Hale, wrote on X that the launch was flawless.\n\n"
        "According to the company, the rocket stands 62 meters tall."
    )
    df = attributed(text)
    assert df.set_index("cue").loc["According to", "source"] != "Eric Hale"


def test_police_are_not_the_police_report():
    text = (
        "According to a police report, the weapon was a pellet gun.\n\n"
        "Both officers were placed on leave, which police said is standard procedure."
    )
    df = attributed(text)
    assert df.set_index("cue").loc["said", "source"] == "police"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The bench observed that the right to protest was not absolute.", "bench"),
        ("“Liberty is not a gift of the State,” the judge observed.", "judge"),
    ],
)
def test_observed_is_speech_before_that_or_after_a_quote(text, source):
    assert one(text).source == source


def test_observing_a_silence_is_no_statement():
    assert attributed("Crowds observed a minute's silence in the square.").empty


def test_a_headline_subject_before_a_verb_read_as_a_noun():
    assert one("HC quashes order, says police acted without evidence").source == "HC"


def test_police_are_not_the_headlines_police_chief():
    text = (
        "Police chief says officers had seconds to decide\n\n"
        "Police Chief Ann Cole said the officers had seconds. Police said the man died in hospital."
    )
    df = attributed(text)
    assert df.set_index("text").loc["the man died in hospital", "source"] == "Police"


def test_the_company_is_not_a_chief_executive_typed_by_it():
    text = (
        "Vantor chief executive Eric Hale celebrated on X. “Two for two,” he wrote.\n\n"
        "According to the company, the rocket stands 62 meters tall."
    )
    df = attributed(text)
    assert df.set_index("cue").loc["According to", "source"] != "Eric Hale"


# ------------------------------------------ eighth session: round 8 of unseen-style articles
def test_a_noun_ending_in_ing_after_the_cue_is_no_gerund():
    r = one("Speaking for the Government, Minister Tom Deasy said funding was not the problem.")
    assert (r.source, r.text) == ("Tom Deasy", "funding was not the problem")


def test_it_is_the_league_typed_by_its_noun():
    df = attributed(
        "In a statement, the league said the hit was reckless. It said the player had no record."
    )
    assert df.source.tolist() == ["league", "league"]


def test_a_family_is_no_he():
    df = attributed(
        "The trumpeter died on Monday, his family said. “I never left New Orleans,” he said in 1998."
    )
    assert df.set_index("cue").loc["said"].source.tolist()[-1] != "his family"


def test_according_to_her_is_the_woman_named_before():
    df = attributed(
        "Aisha Bello, an economist, said prices would rise. According to her, wages would lag."
    )
    assert df.source.tolist() == ["Aisha Bello", "Aisha Bello"]


def test_a_dateline_before_the_subject():
    r = one("BRUSSELS - The European Commission said on Wednesday it would require audits.")
    assert r.source == "European Commission"


# ------------------------------------------- ninth session: round 9 of unseen-style articles
def test_a_second_cue_after_a_mid_sentence_frame():
    df = attributed(
        "The talks collapsed, the mediator said, and added that both sides would return."
    )
    got = df.set_index("cue")
    assert got.loc["said", "text"] == "The talks collapsed"
    assert got.loc["added", "text"] == "both sides would return"
    assert got.loc["added", "source"] == "mediator"


def test_a_company_name_ending_in_a_trade_word_is_one_source():
    r = one("Pacific Gas and Electric said crews were working through the night.")
    assert (r.source, r.source_type) == ("Pacific Gas and Electric", "organisation")


def test_submitted_that_is_a_counsels_statement():
    df = attributed(
        "Ruth Abara, for the defence, rose to address the bench. She submitted that the search "
        "had been unlawful. The council submitted a planning application."
    )
    assert df.source.tolist() == ["Ruth Abara"]
    assert df.text.tolist() == ["the search had been unlawful"]


def test_put_the_toll_at_is_an_estimate():
    r = one("Rescuers put the death toll at 41. She put the book on the shelf.")
    assert (r.source, r.cue, r.text) == ("Rescuers", "put", "the death toll at 41")


def test_a_subject_pronoun_after_a_singular_noun_makes_claims_a_verb():
    r = one("The rider claims he was pushed at the final bend.")
    assert (r.source, r.text) == ("rider", "he was pushed at the final bend")


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "The European Commission on Wednesday said the rules would apply from June.",
            "European Commission",
        ),
        ("The insurer late on Tuesday said it would appeal the ruling.", "insurer"),
        (
            "Spain’s finance minister earlier this week warned that prices would rise.",
            "Spain’s finance minister",
        ),
    ],
)
def test_a_time_between_the_source_and_its_cue_is_no_part_of_it(text, source):
    assert one(text).source == source


def test_a_time_after_a_participle_stays_with_the_document():
    r = one("A survey published Friday found no sign of the decline the minister described.")
    assert r.source.startswith("survey")


def test_the_head_of_a_relative_clause_speaker_speaks_again_after_it():
    df = attributed(
        "Another, a recruiter who said she had placed 40 people this year, wrote that demand was falling."
    )
    got = df.set_index("cue")
    assert got.loc["wrote", "text"] == "demand was falling"
    assert got.loc["wrote", "source"] == "recruiter"


def test_the_name_before_the_appositive_of_a_relative_speaker():
    df = attributed(
        "But Mr. Okafor, a farmer who described himself as a lifelong Labour voter, said he felt "
        "abandoned."
    )
    assert df.set_index("cue").loc["said", "source"] == "Okafor"


def test_a_quote_after_a_short_sentence_about_a_named_person():
    df = attributed(
        "“We lost the harvest,” said Tom Reyes, a grower.\n\n"
        "Maria Lopez stood by the river. She paused. “It took everything.”\n\n"
        "Sam Ortega shook his head. “It is over.”"
    )
    got = df.set_index("text")
    assert got.loc["“It took everything.”", "source"] == "Maria Lopez"
    assert got.loc["“It is over.”", "source"] == "Sam Ortega"


def test_a_relative_clause_on_a_name_after_the_cue_inside_the_sentence():
    df = attributed(
        "The minister read a statement on behalf of the president, who warned that the "
        "reserves were running low."
    )
    assert df.source.tolist() == ["president"]
    assert df.text.tolist() == ["the reserves were running low"]


def test_reading_a_text_aloud_is_no_cue_nor_is_a_sign_reading():
    assert attributed("The clerk read the verdict to a silent courtroom.").empty
    # what a sign shows is nobody's statement (changed in the twelfth session: the helpers'
    # answer keys of rounds 18 and 19 count signs and placards as no statements)
    assert attributed("The sign on the gate read “No entry.”").empty


def test_a_gerund_after_a_vetoed_measure_is_no_statement():
    assert attributed("Russia vetoed a draft resolution demanding a ceasefire in the city.").empty
    assert one("The council passed a motion condemning the closure.").source == "council"


def test_a_speaker_inside_a_relative_clause_before_a_past_form():
    r = one("Officials halted the project, a move that residents said left them without water.")
    assert (r.source, r.text) == ("residents", "left them without water")


def test_according_to_with_two_asides_after_the_source():
    r = one(
        "According to Amal Nasser, Jordan’s envoy, who spoke as a guest of the council, the "
        "crossings had been closed for a week."
    )
    assert (r.source, r.text) == ("Amal Nasser", "the crossings had been closed for a week")


def test_according_to_a_tally_kept_by_names_its_keeper():
    r = one("It was the third veto this year, according to a tally kept by Civic Watch.")
    assert (r.source, r.channel) == ("Civic Watch", "tally")


def test_a_scare_quote_is_no_boundary_for_a_final_according_to():
    r = one("The pair want a ‘quiet, normal’ holiday away from the cameras, according to friends.")
    assert r.text.startswith("The pair want")


def test_a_second_appositive_after_an_inverted_cue():
    r = one(
        "The rhetoric was sharper than last year, noted Eva Lind, an analyst at the Baltic "
        "Institute, a research group in Riga."
    )
    assert (r.source, r.text) == ("Eva Lind", "The rhetoric was sharper than last year")


def test_said_to_be_in_an_aside_is_hearsay_with_no_speaker():
    assert attributed("The villa, said to be owned by a banker, has a private beach.").empty


def test_a_picture_that_shows_claims_nothing():
    assert attributed("A video posted by a resident showed waves crashing over the wall.").empty
    assert attributed("Typhoon Mira slams the northern coast").empty


def test_did_not_say_which_is_no_statement():
    assert attributed("The ministry did not say which figures it had used.").empty


def test_conceding_defeat_has_no_content():
    assert attributed("Ortiz conceded defeat shortly after midnight, speaking to supporters.").empty
    assert one("The coach conceded that the plan had failed.").source == "coach"


def test_warned_of_names_the_danger():
    r = one("The weather service warned of flash floods in the valleys.")
    assert (r.cue, r.text) == ("warned", "flash floods in the valleys")


def test_a_dated_situation_report_is_the_channel():
    r = one("The disaster agency said in its 6 a.m. situation report that 900 people had fled.")
    assert (r.text, r.channel) == ("900 people had fled", "report")


def test_she_is_the_one_woman_named_just_before():
    text = (
        "Rodrigo Alarcón Vidal said he accepted the result. At the rally, supporters cheered as "
        "Fuentes, a former mayor, took the stage. “There are no losers tonight,” she told the crowd."
        "\n\nEarlier, Ana María Fuentes Larraín had voted in Santiago."
    )
    df = attributed(text)
    assert df.set_index("cue").loc["told", "source"] == "Ana María Fuentes"


def test_the_outlet_naming_itself_is_the_outlet():
    a = art(
        "The couple will spend Christmas abroad, the Clarion can reveal.",
        outlet="The Daily Clarion",
    )
    df = statements(a, narrator=False, canonical=False)
    assert (df.source.tolist(), df.source_type.tolist()) == (["The Daily Clarion"], ["outlet"])


# ------------------------------------------ ninth session: round 10 of unseen-style articles
def test_a_statement_read_out_is_its_authors():
    df = attributed(
        "A statement from the Okoro family was read to the inquest by their solicitor. "
        "“He was the gentlest man we knew,” it said."
    )
    r = df.iloc[-1]
    assert (r.source, r.channel) == ("Okoro family", "statement")


def test_a_closing_told_outranks_found_inside_the_content():
    df = attributed(
        "The pathologist, Dr Ines Varga, gave evidence. Blood tests found no trace of drugs, "
        "she told the court."
    )
    r = df.set_index("cue").loc["told"]
    assert (r.source, r.text) == ("Ines Varga", "Blood tests found no trace of drugs")


def test_her_honour_is_the_judge():
    df = attributed(
        "Judge Anna Reyes jailed the driver for nine years. “He chose to flee,” Her Honour said."
    )
    assert df.set_index("cue").loc["said", "source"] == "Anna Reyes"


def test_accepted_that_and_a_coordinated_cue_share_the_judge():
    df = attributed(
        "Judge Reyes accepted that the driver had shown remorse, but said deterrence must weigh "
        "heavily."
    )
    assert df.source.tolist() == ["Reyes", "Reyes"]
    assert df.cue.tolist() == ["accepted", "said"]


def test_pleading_guilty_and_showing_no_emotion_are_no_statements():
    assert attributed("In 2019 the trader pleaded guilty to fraud.").empty
    assert attributed("The accused showed no emotion as the verdict was read.").empty


def test_a_subject_after_a_fronted_phrase_and_an_age():
    df = attributed(
        "“It is a fair budget,” Finance Minister Ruth Oduya said.\n\n"
        "At the market in Kisumu, fish trader Grace Atieno, 52, was unconvinced. “Prices only "
        "go up,” she said."
    )
    assert df.set_index("text").loc["“Prices only go up,”", "source"] == "Grace Atieno"


def test_her_publisher_is_not_the_she_of_the_interview():
    df = attributed(
        "Mara Quist is late, and apologetic. “The bus broke down,” she says. Her publisher says "
        "a film deal is close. The book began, she tells me, with a letter."
    )
    assert df.set_index("cue").loc["tells", "source"] == "Mara Quist"


def test_an_interview_answer_label_is_the_person_interviewed():
    df = attributed(
        "Mara Quist is late. “The bus broke down,” she says. “I wrote two pages.”\n\n"
        "Q: Did you worry about it?\n\n"
        "A: All the time. I still do.\n\n"
    )
    got = df.set_index("text")
    assert got.loc["All the time. I still do.", "source"] == "Mara Quist"
    assert got.loc["Did you worry about it?", "source_type"] == "outlet"


def test_then_coordinates_a_second_verb_with_the_subject():
    r = attributed("Mara Quist paused for a long time, then admitted she had started a new book.")
    assert r.set_index("cue").loc["admitted", "source"] == "Mara Quist"


def test_called_with_a_quoted_verdict_further_on():
    r = one(
        "A review in the Northern Star called the book’s final chapter “airless”, a verdict she accepts."
    )
    assert r.text == "the book’s final chapter “airless”"


def test_the_speaker_of_a_relative_clause_after_a_participle_phrase():
    r = one(
        "He quit in 2019, after his first album, Tides, sold to a major label in a deal his "
        "manager has described as “insane”."
    )
    assert r.source == "his manager"


def test_commenting_via_a_briefing_service_is_an_aside():
    r = one(
        "Dr Ana Ruiz, a psychiatrist, also commenting via the Science Media Centre, said the "
        "study was careful."
    )
    assert (r.source, r.text) == ("Ana Ruiz", "the study was careful")


def test_according_to_before_a_subject_with_its_own_relative_clause():
    r = one(
        "According to Dr Ruiz, a follow-up trial in 40 schools, in which pupils hand in their "
        "phones, is due to begin in May."
    )
    assert r.text.startswith("a follow-up trial in 40 schools")


def test_a_journal_after_the_trailing_cue_is_where_it_was_reported():
    r = one(
        "Risk was nearly twice as high in the heaviest group, the team reported in the journal Sleep Health."
    )
    assert (r.source, r.text) == ("team", "Risk was nearly twice as high in the heaviest group")


def test_a_thousands_separator_is_no_clause_boundary():
    r = one("The crowd fell silent as she announced a levy on transfers above Sh50,000.")
    assert r.text.endswith("Sh50,000")


def test_a_dash_inside_a_name_is_no_aside():
    r = one(
        "Dr. Ruth Kell, a pharmacologist at the University of Wisconsin–Madison, argued that "
        "the bar had been lowered."
    )
    assert r.source == "Ruth Kell"


def test_one_of_them_is_one_of_the_group_before():
    df = attributed(
        "Several diplomats, speaking on condition of anonymity, said a new draft could come soon. "
        "One of them described the mood as “grim”."
    )
    assert df.set_index("cue").loc["described", "source"] == "one of the diplomats"


# ------------------------------------------ ninth session: round 11 of unseen-style articles
def test_a_wire_dateline_is_no_part_of_the_content():
    r = one(
        "RIGA, May 4 (Newswire) - Two ferries collided in the harbour overnight, a port official "
        "told reporters."
    )
    assert r.text == "Two ferries collided in the harbour overnight"


def test_a_gerund_after_a_list_takes_the_clause_subject():
    r = one(
        "Estonia has targeted ports, rail depots and oil terminals in recent weeks, arguing "
        "that they supply the army."
    )
    assert (r.source, r.text) == ("Estonia", "they supply the army")


def test_the_think_tank_is_a_noun_phrase():
    df = attributed(
        "The think tank noted that older patients waited longest, and urged ministers to act."
    )
    assert df.source.tolist() == ["think tank", "think tank"]


def test_a_quoted_title_between_commas_is_no_boundary():
    r = one(
        "A report by the Lowland Institute, titled ‘Left Waiting’, found that one in eight "
        "patients admitted through A&E waited 12 hours."
    )
    assert r.cue == "found" and r.text.startswith("one in eight patients")


def test_patients_admitted_through_is_no_admission():
    assert attributed("Patients admitted through the ward were moved on Friday.").empty


def test_a_named_senator_with_a_plural_appositive_is_one_person():
    df = attributed(
        "Sen. Rick Dalton, R-Idaho, one of the two Republicans to oppose the bill, said it cost "
        "too much. He predicted that the House would resist."
    )
    got = df.set_index("cue")
    assert got.loc["predicted", "source"] == "Rick Dalton"
    assert "oppose" not in df.cue.tolist()


def test_declined_to_comment_is_no_comment():
    assert attributed("The shop's owner declined to comment when approached by the Post.").empty


def test_the_world_number_is_the_player_just_named():
    df = attributed(
        "“I was too busy trying to breathe,” Elena Varga joked. The world No 9 admitted she had "
        "been nowhere near her best."
    )
    assert df.set_index("cue").loc["admitted", "source"] == "Elena Varga"


def test_on_a_call_is_the_channel():
    r = one("Chief Executive Ann Roy told analysts on a call that several customers had paused.")
    assert (r.text, r.reported_to, r.channel) == (
        "several customers had paused",
        "analysts",
        "conference call",
    )


def test_a_court_hearing_a_case_is_no_statement():
    df = attributed(
        "The court heard the case on Monday. The court heard the driver had been using his phone."
    )
    assert df.text.tolist() == ["the driver had been using his phone"]


# ------------------------------------------ ninth session: round 12 of unseen-style articles
def test_the_chief_minister_is_an_office():
    df = attributed(
        "Chief Minister Ravi Sen said relief had been sent. “No one will be left behind,” the "
        "Chief Minister wrote."
    )
    # (an office, not a person named "Chief"; since the twenty-second session, the capitalised
    # office after "the" is the one titled person who holds it)
    wrote = df.set_index("cue").loc["wrote"]
    assert (wrote.source, wrote.descriptor) == ("Ravi Sen", "Chief Minister")


def test_a_dateline_colon_and_an_acronym_before_a_gerund_subject():
    r = one(
        "PATNA: The India Meteorological Department (IMD) on Tuesday issued a red alert, "
        "warning that heavy rain was likely."
    )
    assert (r.source, r.text) == ("India Meteorological Department", "heavy rain was likely")


def test_described_as_in_an_aside_is_a_name():
    assert attributed("The park, often described as the “Amazon of the east”, is closed.").empty


def test_according_to_a_communique_issued_at_a_meeting():
    df = attributed(
        "According to a communique issued at the end of the meeting, the unions are demanding "
        "a higher minimum wage."
    )
    r = df.set_index("kind").loc["according-to"]
    assert r.source.startswith("communique")
    assert r.text == "the unions are demanding a higher minimum wage"


def test_a_subject_ending_in_and_is_a_verb_phrase():
    r = one(
        "A statement signed by the union's general secretary directed all members to stop work "
        "and warned that “any employer victimising workers will be dealt with”."
    )
    assert r.source.startswith("statement") and r.cue == "warned"


def test_the_reason_for_anonymity_after_a_comma():
    df = attributed(
        "Three developers who spoke to the Ledger on condition of anonymity, because they feared "
        "losing their severance, described months of crunch."
    )
    assert df.cue.tolist() == ["described"]
    assert df.source.tolist() == ["Three developers"]


def test_in_an_update_is_the_channel():
    r = one(
        "The province said in an update late Saturday that 1,850 homes were under evacuation order."
    )
    assert (r.text, r.channel) == ("1,850 homes were under evacuation order", "update")


# ------------------------------------------ ninth session: round 13 of unseen-style articles
def test_a_person_name_before_where_they_work():
    r = one(
        "Energy analyst Chris Venter of the Pretoria-based consultancy GridWise predicted that "
        "outages would continue."
    )
    assert r.source == "Chris Venter"


def test_a_leading_time_before_the_subject():
    df = attributed(
        "On Thursday evening Eskom said schedules would be online, and urged customers to save "
        "power."
    )
    assert df.source.tolist() == ["Eskom", "Eskom"]


def test_a_place_before_a_name_is_no_descriptor():
    r = one(
        "In Orlando East, Soweto, Thandiwe Nkosi, who runs a salon, said she had sold her "
        "generator."
    )
    assert r.source == "Thandiwe Nkosi"


def test_a_comparison_after_a_mid_sentence_frame():
    r = one(
        "The round values the firm at about $540 million, people familiar with the deal said, "
        "more than three times its valuation in 2024."
    )
    assert r.text == "The round values the firm at about $540 million"


def test_no_comment_is_no_statement():
    assert attributed('The rival firm replied "no comment" when contacted.').empty


def test_an_infinitive_of_purpose_after_a_noun_is_no_cue():
    r = one(
        "Voltaro, a startup that uses software to predict when batteries will fail, has raised "
        "$85 million, the company said on Tuesday."
    )
    assert (r.source, r.cue) == ("company", "said")


def test_a_relative_clause_content_ends_before_the_main_verb():
    r = one(
        "Hale, who argued in his opening statement that the crash was an isolated error, "
        "returned to that theme repeatedly."
    )
    assert (r.source, r.text) == ("Hale", "the crash was an isolated error")


def test_expected_to_in_an_aside_is_no_statement():
    assert attributed("The trial, expected to last two weeks, resumes on Thursday.").empty


def test_an_adverb_after_a_mid_sentence_frame():
    r = one("Parties facing voters, she noted, rarely volunteer to raise contributions.")
    assert r.text.startswith("Parties facing voters")


def test_an_office_for_the_body_is_one_name():
    r = one(
        "According to the UN Office for the Coordination of Humanitarian Affairs, 92,000 people "
        "remain displaced."
    )
    assert r.source == "UN Office for the Coordination of Humanitarian Affairs"


# ------------------------------------------------------------------- round 15 (tenth session)
def test_a_relative_clause_on_a_parenthetical_according_to_source_is_not_its_content():
    df = attributed(
        "The levy passed with support from the Greens, according to a party official, whose "
        "colleagues have long called the tax too low."
    )
    r = df[df.kind == "according-to"].iloc[0]
    assert r.text == "The levy passed with support from the Greens"


def test_a_comparison_with_what_analysts_expected_has_no_such_speaker():
    df = attributed(
        "The retailer forecast revenue of $4.2 billion for the year, below the $4.5 billion "
        "analysts had expected."
    )
    assert not df.source.str.contains("below").any()
    assert "The retailer forecast revenue of $4.2 billion for the year" not in set(df.text)
    df = attributed("Sales rose 4 percent, short of the 6 percent that economists had predicted.")
    assert not df.source.str.contains("short of").any()


def test_a_surname_that_is_a_preposition_still_speaks():
    r = one('"We needed Wall Street for investment," From said.')
    assert (r.source, r.cue) == ("From", "said")


def test_an_appositive_with_a_relative_clause_after_an_inverted_speaker():
    r = one(
        "“We are delighted” with the ruling, said Rosa Delgado, director of the Nurses Alliance, "
        "a union that has split from the larger federation."
    )
    assert (r.source, r.text) == ("Rosa Delgado", "“We are delighted” with the ruling")


def test_a_when_clause_between_speaker_and_cue():
    r = one("Ms Farouk, when asked about the permits, said the council had “nothing to hide”.")
    assert (r.source, r.cue) == ("Farouk", "said")
    assert r.text == "the council had “nothing to hide”"


def test_asked_while_addressing_is_no_content():
    r = one(
        "“They arrest our people at night and ask us to debate in the morning. What kind of "
        "democracy is this?” Mr Qadir asked while addressing the rally."
    )
    assert (r.source, r.cue, r.kind) == ("Qadir", "asked", "direct")


def test_an_office_whose_complement_names_a_department_keeps_the_whole_name():
    r = one(
        "Minister for Parliamentary Affairs Rana Tahir Mehmood said the session would go ahead."
    )
    assert r.source == "Rana Tahir Mehmood"
    r = one("Leader of the Opposition Chaudhry Nadeem Warraich accused the government of lying.")
    assert r.source == "Chaudhry Nadeem Warraich"
    r = one("Secretary of State for Health Ann Lee said the wards would reopen.")
    assert r.source == "Ann Lee"


def test_a_possessive_before_a_which_clause_keeps_the_content_whole():
    r = one(
        "Ms Brandt insisted that the bank's work on a digital currency, which has drawn "
        "criticism from lawmakers, would complement cash."
    )
    assert r.text.endswith("would complement cash")


def test_a_whose_clause_before_a_gerund_speaker():
    r = one(
        "Party leader Anton Hessler, whose party governs only in Bavaria, went further, writing "
        "on X: “The deal was relief for all.”"
    )
    assert (r.source, r.text) == ("Anton Hessler", "“The deal was relief for all.”")


def test_a_country_label_in_a_headline_is_no_speaker():
    text = "Germany: Coalition row over power tax cut escalates\n\nThe dispute began on Monday."
    df = statements(art(text), narrator=False, canonical=False)
    assert df.empty
    text = "Obama: Americans will reject fear\n\nThe president spoke on Monday."
    df = statements(art(text), narrator=False, canonical=False)
    assert list(df.source) == ["Obama"]


def test_an_anonymous_official_at_the_company_is_not_the_company():
    df = attributed(
        "Kestrel Shipbuilding raised its offer on Monday, the union said.\n\nAn official at the "
        "company, who requested anonymity, said the demands would add $300 million to costs."
    )
    r = df[df.cue == "said"].iloc[-1]
    assert (r.source, r.source_type) == ("official at the company", "anonymous")


def test_an_outlet_citing_officials_at_the_end_of_a_sentence_relays_them():
    df = attributed(
        "A delegation will travel to Cairo on Tuesday, Axios reported, citing two US officials."
    )
    assert len(df) == 1
    r = df.iloc[0]
    assert (r.source, r.source_type, r.via) == ("two US officials", "anonymous", "Axios")
    assert r.text == "A delegation will travel to Cairo on Tuesday"


def test_a_person_citing_precedent_keeps_her_own_words():
    r = one('"The State has put its thumb on the scale," Judge Reeves wrote, citing precedent.')
    assert r.source == "Reeves"


def test_a_quoted_cited_source_before_that():
    r = one(
        'The state-linked Nile Courier said, citing a "high-level source", that Cairo had '
        "offered both sides a bridging proposal."
    )
    assert (r.source, r.via) == ("high-level source", "Nile Courier")
    assert r.text == "Cairo had offered both sides a bridging proposal"


def test_it_after_an_armed_wing_is_the_wing():
    df = attributed(
        "The group's armed wing, the Tariq Brigades, said on Telegram that the delay was a "
        "violation. It warned that the other side would bear full responsibility."
    )
    assert set(df.source) == {"Tariq Brigades"}
    assert set(df.source_type) == {"organisation"}


def test_a_gerund_after_from_is_no_cue():
    assert attributed(
        "The act bars video providers from disclosing a person's viewing history."
    ).empty
    r = one("Mr Hale offered few ideas aside from stating that loans should be cheaper.")
    assert (r.source, r.text) == ("Hale", "loans should be cheaper")


def test_a_possessor_after_a_preposition_is_the_claimant():
    r = one(
        "Several justices appeared doubtful of a streaming company's argument that the law "
        "does not cover free videos."
    )
    assert (r.source, r.cue) == ("streaming company", "argument")


def test_a_body_named_with_and_in_its_complement_is_one_row():
    r = one(
        "The Department of Health and Human Services’ Office for Civil Rights said it was aware "
        "of the breach."
    )
    assert r.source == "Department of Health and Human Services’ Office for Civil Rights"


def test_a_participle_after_a_number_word_is_an_adjective():
    df = attributed(
        "Two proposed class-action lawsuits filed on Thursday accuse Carrowind of failing to "
        "protect patient data."
    )
    assert "Two" not in set(df.source)
    r = one("The two proposed a ceasefire on Monday.")
    assert r.cue == "proposed"


# ----------------------------------------------------------------- round 16 (eleventh session)
def test_a_one_word_name_opening_a_body_name_is_that_body():
    df = attributed(
        "Brannock Grain Logistics said on Monday that exports had doubled. Later, Brannock "
        "said it would hire 200 drivers."
    )
    assert set(df.source) == {"Brannock Grain Logistics"}
    assert set(df.source_type) == {"organisation"}
    # a person of that name stays a person
    df = attributed(
        "Brannock Grain Logistics said exports had doubled. Jane Brannock, its founder, "
        "said in 2019 that she would retire. Brannock said she was proud."
    )
    assert df.source.iloc[-1] == "Jane Brannock"


def test_a_one_word_name_after_an_indefinite_article_is_no_body():
    df = attributed(
        "The Republican Party said turnout was high. “We will win,” said one Republican "
        "involved in the campaign."
    )
    assert "Republican Party" not in set(df[df.kind == "direct"].source)


def test_analytics_and_economics_firms_are_organisations():
    r = one("Prices rose 3%, according to data compiled by Quellmar Analytics.")
    assert r.source_type == "organisation"
    r = one("Growth will slow next year, Tarrow Economics said in a note.")
    assert (r.source, r.source_type) == ("Tarrow Economics", "organisation")


def test_the_company_is_never_a_university():
    df = attributed(
        "Halden University defended its researchers on Friday. Late last month, the company "
        "wrote that the articles were misleading."
    )
    assert "Halden University" not in set(df[df.cue == "wrote"].source)


def test_whose_names_the_noun_phrase_before_its_comma():
    df = attributed(
        "The plan won support from the Greens, according to a party official, whose "
        "colleagues have complained that the tax is too low."
    )
    r = df[df.cue == "complained"].iloc[0]
    assert (r.source, r.text) == ("party official’s colleagues", "the tax is too low")
    r = one(
        "The ruling was a setback for Senator Ann Kowal, whose lawyers argued that the law was void."
    )
    assert r.source == "Ann Kowal’s lawyers"


def test_a_whose_clause_ends_before_the_main_verb():
    r = one("The Greens, whose leader said the tax was too low, voted against the budget.")
    assert (r.source, r.text) == ("Greens’ leader", "the tax was too low")


def test_a_dateline_with_two_places_is_not_content():
    r = one(
        "LONDON/DUBAI, Aug 1 (Wire) - Producers are likely to agree a larger increase on "
        "Sunday, delegates said."
    )
    assert r.text.startswith("Producers are likely")
    assert (r.source, r.source_type) == ("delegates", "anonymous")


def test_quoted_as_saying_on_a_day_that():
    r = one(
        "The oil minister was quoted by the state news agency KNA as saying on Friday that "
        "Baghdad would back the decision."
    )
    assert (r.text, r.via) == ("Baghdad would back the decision", "KNA")


def test_a_capital_city_speaks_for_its_government():
    df = attributed("Canberra complained that a jet had released flares. Sofia said she was tired.")
    assert dict(zip(df.source, df.source_type, strict=True)) == {
        "Canberra": "government",
        "Sofia": "person",
    }


def test_an_expert_is_a_person_whatever_body_modifies_the_title():
    r = one("Military expert Song Zhiwen said the flares were a standard warning.")
    assert r.source_type == "person"
    r = one("Army general Ali Abbas said the troops had withdrawn.")
    assert r.source_type == "government"


def test_a_fronted_place_phrase_is_no_descriptor():
    r = one("At a shelter in Barangay Linao, Remedios Cabrera, 54, said the water rose fast.")
    assert (r.source, r.source_type) == ("Remedios Cabrera", "person")


def test_a_body_name_with_commas_is_one_source():
    r = one(
        "The storm made landfall at 2 a.m., according to the Philippine Atmospheric, "
        "Geophysical and Astronomical Services Administration (PAGASA)."
    )
    assert r.source.startswith("Philippine Atmospheric, Geophysical")
    assert r.source_type == "government"
    r = one(
        "A spokesperson for the Department for Environment, Food and Rural Affairs said the "
        "rules were clear."
    )
    assert r.source_type == "government"
    assert r.text == "the rules were clear"


def test_based_on_reports_from_a_body_is_an_attribution():
    r = one(
        "Seven of the deaths were recorded in Cagayan, based on police reports from the "
        "Regional Police Office."
    )
    assert (r.kind, r.source) == ("according-to", "Regional Police Office")
    assert attributed("The film is based on data from the census.").empty


def test_declaring_a_state_of_emergency_is_no_statement():
    df = attributed(
        "The governor declared a state of calamity in the province and said schools would stay "
        "shut."
    )
    assert list(df.cue) == ["said"]


def test_a_gerund_after_a_past_form_tagged_as_participle():
    df = attributed(
        "The African Union's observer mission struck a more positive tone, describing the vote "
        "as peaceful."
    )
    r = df[df.cue == "describing"].iloc[0]
    assert r.source == "African Union's observer mission"
    assert r.source_type == "organisation"


def test_a_descriptor_then_a_titled_name_after_a_quote():
    r = one(
        "“Our observers were denied access,” the mission's chief observer, Portuguese MEP "
        "Helena Ramos Faria, told a news conference."
    )
    assert r.source == "Helena Ramos Faria"


def test_an_mp_for_a_constituency_then_the_name():
    r = one(
        "The Labour MP for Medway Valley, Daniel Okoro, asked whether data had been misreported."
    )
    assert r.source == "Daniel Okoro"


def test_a_named_executive_of_a_body_takes_its_type():
    r = one("The chief executive of Southmere Water said the company fell short.")
    assert r.source_type == "organisation"
    r = one("Water use rose 4%, according to Environment Agency data.")
    assert (r.source, r.source_type) == ("Environment Agency", "government")


def test_a_quote_relayed_by_documents_keeps_its_speaker():
    df = attributed(
        "“We need to hit the target by June,” the company's operating chief, Dan Pruitt, wrote "
        "to regional managers in April 2023, according to internal emails seen by the paper."
    )
    r = df[df.kind == "direct"].iloc[0]
    assert (r.source, r.via) == ("Dan Pruitt", "internal emails")


def test_an_aside_between_subject_and_verb_before_a_gerund():
    df = attributed(
        "A 2023 internal presentation, also reviewed by the paper, found that the cuts "
        "would save $48 million.",
        learned=False,
    )
    assert list(df.source) == ["2023 internal presentation"]


def test_an_intransitive_verb_before_and_said():
    df = attributed("Asked whom she backed, Ms Sherry smiled and said: “I am waiting.”")
    assert "Sherry" in set(df[df.kind == "direct"].source)


def test_held_that_in_a_judgment_is_a_cue():
    r = one("The court held that the rule was void.")
    assert (r.source, r.cue, r.text) == ("court", "held", "the rule was void")
    assert attributed("He held that job for years. The talks were held in Doha.").empty


def test_a_fronted_clause_before_said_colon_and_a_quote_in_the_next_paragraph():
    df = attributed(
        "Rejecting the ministry's argument on cost, the Court said:\n\n"
        "“Cost is an administrative convenience. It is not a constitutional justification.”"
    )
    assert list(zip(df.kind, df.source, strict=True)) == [("direct", "Court")]


def test_a_minister_of_state_for_a_department_with_and():
    r = one(
        "Welcoming the verdict, Minister of State for Electronics and IT Rajiv Chandra wrote on "
        "X: “We respect the judgment.”"
    )
    assert r.source == "Rajiv Chandra"


def test_a_party_and_a_title_before_a_name_are_no_part_of_it():
    a = art(
        "Pressed by the committee chair, the Liberal Democrat MP Helen Rowcroft, on the bonus, "
        "Ellwood said the board would decide.\n\n“That is not an answer,” Rowcroft replied."
    )
    df = statements(a, narrator=False)
    assert df[df.kind == "direct"].source.tolist() == ["Helen Rowcroft"]


def test_a_named_spokeswoman_speaks_for_the_body_just_named():
    df = attributed(
        "Crestview said in a statement that it disagreed with the report. The company said it "
        "could not comment.\n\nA spokeswoman, Laura Benton, said the emails were routine."
    )
    r = df[df.source == "Laura Benton"].iloc[0]
    assert r.source_type == "organisation"


def test_an_appositive_on_the_last_noun_of_a_reduced_relative():
    r = one(
        "A lawsuit filed in March by the family of Harold Jenkins, a 71-year-old former mail "
        "carrier, alleges that understaffing led nurses to miss signs of bleeding."
    )
    assert r.source == "lawsuit"


def test_an_appositive_then_a_one_word_verb_before_a_gerund():
    # the sentence crashed the rules (an index past a one-word chunk) and lost its statement
    r = one("Dion Chambers, a pundit, disagreed, arguing that the arm had been tucked in.")
    assert (r.source, r.cue) == ("Dion Chambers", "arguing")


def test_an_aside_after_an_auxiliary():
    r = one(
        "The opposition party had, in a statement on Saturday, alleged that the results had "
        "been written in advance."
    )
    assert (r.source, r.cue) == ("opposition party", "alleged")


def test_a_whose_clause_between_speaker_and_cue():
    r = one(
        "Ruti Shamir, whose son Omer is held in Gaza, told reporters that she had not slept in "
        "days."
    )
    assert (r.source, r.reported_to) == ("Ruti Shamir", "reporters")


def test_an_audience_with_a_number_or_of_the():
    df = attributed(
        "An official told Channel 12 news that the plan was ready. Ortiz told BBC Match of the "
        "Day that it was a penalty."
    )
    assert list(df.reported_to) == ["Channel 12", "BBC Match of the Day"]


def test_an_even_as_clause_is_the_narrators():
    r = one(
        "The president said homicides had fallen for a third month, even as families of the "
        "disappeared marched through the capital."
    )
    assert r.text == "homicides had fallen for a third month"
    r = one("Even as Mr. Hale has repeatedly said that he opposes the plan, his aides back it.")
    assert (r.source, r.text) == ("Hale", "he opposes the plan")


def test_an_asked_about_question_with_an_abbreviation():
    df = attributed(
        "Asked about reports that U.S. drones had been flying over the state, Ms Carrasco said "
        "Mexico had authorized the flights."
    )
    assert df.text.iloc[0] == "about reports that U.S. drones had been flying over the state"


def test_the_statement_said_after_someone_released_one():
    df = attributed(
        "Monroe’s family released a statement on Friday night thanking the police.\n\n"
        "“Keisha was a loving mother,” the statement said."
    )
    assert list(df.source) == ["Monroe’s family"]


def test_email_channels():
    df = attributed(
        "The company said in an email that the fee was fair. Its director, Pieter van Aalst, "
        "said in an emailed comment that the fee was “a first step”."
    )
    assert list(df.channel) == ["email", "email"]
    assert df.text.iloc[1] == "the fee was “a first step”"


def test_a_perceived_gerund_is_no_second_speaker():
    r = one("The neighbour said she heard Monroe and a man arguing late on Wednesday night.")
    assert r.text == "she heard Monroe and a man arguing late on Wednesday night"
    df = attributed(
        "The two met on Thursday, with Ryan saying he was “very encouraged” and Trump calling "
        "it a “great meeting”."
    )
    assert {"Ryan", "Trump"} <= set(df.source)


def test_a_reflexive_after_the_speaker_is_no_part_of_the_name():
    r = one("Takahashi himself told reporters that he would stay on.")
    assert r.source == "Takahashi"


def test_a_media_report_on_a_day_citing_sources():
    r = one(
        "The prime minister plans to visit Washington in January, Kyodo News reported Sunday, "
        "citing government sources."
    )
    assert (r.source, r.via) == ("government sources", "Kyodo News")


def test_irish_offices_are_titles():
    df = attributed(
        "Later, the Tánaiste, Siobhán Keane, defended the changes, telling reporters that rents "
        "would stay capped."
    )
    assert set(df.source) == {"Siobhán Keane"}
    assert set(df.source_type) == {"government"}


def test_a_more_label_is_no_speaker():
    assert attributed("MORE: Deputies search for inmate who walked away from work detail").empty


def test_the_agency_after_a_named_company_and_no_headline_pair():
    df = attributed(
        "Singer to halt activities; agency and broadcaster respond to fan backlash\n\n"
        "On July 14, Starwave Entertainment announced that the singer will rest.\n\n"
        "“Hello, this is Starwave Entertainment,” the agency said in an official statement."
    )
    r = df[df.kind == "direct"].iloc[0]
    assert (r.source, r.source_type) == ("Starwave Entertainment", "organisation")


def test_with_another_speaker_saying_ends_the_content():
    df = attributed(
        "Party sources said there was growing unease among backbenchers, with one TD "
        "describing the mood at the meeting as “grim”."
    )
    assert df[df.cue == "said"].text.tolist() == ["there was growing unease among backbenchers"]
    assert "describing" in set(df.cue)
    # a stance gerund after "with" stays inside a poll's content
    r = one("The poll showed Hale ahead, with 40 percent supporting him.")
    assert r.text == "Hale ahead, with 40 percent supporting him"


def test_projected_that_is_a_cue():
    r = one("A 2023 internal presentation projected that the cuts would save $48 million a year.")
    assert (r.source, r.cue) == ("2023 internal presentation", "projected")
    assert attributed("The company projected revenue of $4 billion.").empty


def test_a_surname_after_its_full_name_is_no_company():
    df = attributed(
        "The sale would be the latest step in Chief Executive Officer Dana Whitcombe's plan. "
        "Whitcombe has said she wants to focus on adhesives.\n\n"
        "“We keep reviewing our portfolio,” the company said in a statement."
    )
    assert df.source.tolist()[0] in ("Whitcombe", "Dana Whitcombe")
    assert df.source_type.tolist()[0] == "person"
    assert df.source.tolist()[1] != df.source.tolist()[0]


def test_reported_in_a_month_that():
    r = one(
        "Trade publication Coatings Ledger reported in May that the firm had sounded out buyers."
    )
    assert r.text == "the firm had sounded out buyers"


def test_a_seats_member_before_the_name():
    df = statements(
        art(
            "Nationals member for Wimmera West Greg Tolhurst accused the government of being "
            "“asleep at the wheel”. “Farmers can't eat press releases,” Mr Tolhurst said."
        ),
        narrator=False,
    )
    assert set(df.source) == {"Greg Tolhurst"}
    assert set(df.source_type) == {"government"}


def test_the_reader_is_no_source():
    assert attributed("If you or anyone you know needs help, call Lifeline on 13 11 14.").empty


def test_a_channel_after_an_inverted_source():
    r = one(
        "“We would rather ask you for money,” writes chief executive Anika Sorensen in the post."
    )
    assert r.source == "Anika Sorensen"


def test_camel_case_names_are_bodies_and_party_tags_with_a_stop():
    r = one("The startup raised $22 million in 2023, according to PitchBook.")
    assert r.source_type == "organisation"
    r = one("Mike DuHaime said the vote was a wake-up call.")
    assert r.source_type == "person"
    r = one(
        "Rep. Tom Brannigan, R-Fla., a member of the House Freedom Caucus, wrote on X that the "
        "bill was “a good start”."
    )
    assert r.source == "Tom Brannigan"


def test_she_is_never_a_document_and_a_surname_opening_her_sentence():
    df = attributed(
        "“We would rather ask you for money,” writes chief executive Anika Sorensen in the post. "
        "Free users can export their notes, according to a support document.\n\n"
        "Sorensen hinted at the change last month on a podcast, where she said the company had "
        "been “subsidizing sync”."
    )
    assert df.source.tolist()[-1] == "Anika Sorensen"


# --- twelfth session: leftovers of rounds 17 and 18


def test_one_of_a_group_is_a_member_not_the_group():
    df = attributed(
        "Two of the sources said the talks had stalled over the border question. One of them "
        "described the mood in the room as “poisonous”."
    )
    assert df.source.tolist() == ["Two of the sources", "one of the sources"]
    assert set(df.source_type) == {"anonymous"}
    df = attributed(
        "Residents said the water had been brown for weeks. One said she had stopped bathing "
        "her children in it."
    )
    assert df.source.tolist() == ["Residents", "one of the residents"]


def test_another_subjects_act_after_as_ends_the_content():
    df = attributed(
        "The minister admitted the scheme had been mismanaged, as MPs accused him of hiding the "
        "true cost."
    )
    assert df.text.tolist()[0] == "the scheme had been mismanaged"
    r = one("She said the team had played well, as expected, and would win the league.")
    assert r.text == "the team had played well, as expected, and would win the league"


def test_a_quote_a_post_reads_after_a_longer_lead():
    r = one(
        "Singer deletes clip\n\nHours later, Dalton left a comment on the post "
        "reading, “I never said that and I never will.”"
    )
    assert (r.source, r.kind, r.cue, r.channel) == ("Dalton", "direct", "reading", "comment")
    r = one(
        "Singer deletes clip\n\nHours later, Dalton left a comment on the post: “I "
        "never said that and I never will.”"
    )
    assert (r.source, r.cue) == ("Dalton", ":")
    # a placard or a sign is no one's statement, nor a short scare quote after a colon
    assert attributed(
        "Protesters gathered outside parliament holding placards reading “Hands off our "
        "pensions” and “Not in our name”."
    ).empty
    assert attributed(
        "The shop in the arcade had a handwritten sign in its window: “Closed for stocktaking.”"
    ).empty


# ------------------------------------------ twelfth session: round 19 of unseen-style articles
def test_surnames_with_particles_open_or_inside_a_name():
    df = attributed(
        "At dawn, Marieke van den Heuvel walks the dyke with a clipboard.\n\n"
        "“The water comes a little higher every spring,” she says.\n\n"
        "Later, van den Heuvel says the pumps cannot keep up."
    )
    assert set(df.source) == {"Marieke van den Heuvel"}
    r = one(
        "The builder, Ramon de los Santos of Santos Civil Works, denied that the wall had cracked."
    )
    assert r.source == "Ramon de los Santos"
    r = one("“The queues start at six,” said Ms Siti Nurhaliza binte Osman, a cashier.")
    assert r.source == "Siti Nurhaliza binte Osman"
    r = one("Minister of State for Health Rahim bin Yusof said the clinics would stay open.")
    assert (r.source, r.descriptor) == ("Rahim bin Yusof", "Minister of State for Health")


def test_the_company_is_the_business_named_before_not_a_public_body():
    df = attributed(
        "The regulator said it would audit the payments made to the supplier, Ndlovu Pipe "
        "Systems. On Facebook, the Financial Intelligence Unit said it had opened a file.\n\n"
        "The company has denied any wrongdoing. In a statement, Ndlovu Pipe said it had met "
        "every term of the contract."
    )
    by_cue = df.set_index("cue")["source"]
    assert by_cue["denied"] == "Ndlovu Pipe Systems"
    assert by_cue["said"].tolist()[-1] == "Ndlovu Pipe Systems"
    assert df.set_index("cue").loc["denied", "source_type"] == "organisation"


def test_one_of_them_after_an_according_to_group():
    df = attributed(
        "According to three police officers who asked not to be named, the van had been "
        "stolen a week earlier.\n\n“Nobody checked the plates,” one of them said."
    )
    assert df.source.tolist() == ["three police officers", "one of the police officers"]


def test_signs_and_boards_are_no_sources():
    for text in (
        "A notice taped to the window of the bakery read “Back in ten minutes”.",
        "A departure board in the hall displayed the word “CANCELLED” beside every flight.",
        "Posters bearing the slogan “Ride early, pay less” hang in every station.",
        "“We are still here,” the banner read.",
    ):
        for learned in (False, True):
            assert attributed(text, learned=learned).empty, (text, learned)
    # a board that meets still speaks
    assert one("The school board said the building would close in June.").source == "school board"


def test_a_survey_by_a_named_school_and_a_trade_title():
    r = one(
        "A survey of 120 clinics by Otago University's School of Dental Science found that one "
        "in three had no hygienist."
    )
    assert r.source == "Otago University's School of Dental Science"
    r = one("Hydrologist Megan Tuhoe, who ran the tests, said the river was rising.")
    assert (r.source, r.descriptor) == ("Megan Tuhoe", "Hydrologist")


def test_a_question_with_no_words_of_its_own_is_no_statement():
    df = attributed("Asked about it, Okonjo shrugs. He says the rota will not change.")
    assert df.cue.tolist() == ["says"]


def test_places_joined_by_and_qualify_one_group():
    r = one("Farmers in Otago and Southland told the paper that lambing had come early.")
    assert r.source == "Farmers in Otago and Southland"


def test_a_relative_clause_on_a_name_does_not_type_the_speaker():
    text = (
        "“Sit down, please,” said Senator Imelda dela Paz to the engineer.\n\nDela Paz, who "
        "chairs the finance committee, waved an audit that found 14 projects unfinished.\n\n"
        "“You signed every page,” she said."
    )
    df = attributed(text, learned=False)
    assert df.source.tolist()[-1] in ("Dela Paz", "Imelda dela Paz")  # (the same senator)
    r = one("Jane Doe, who runs the company, said the plant would close.")
    assert r.source_type == "person"


def test_an_outlet_citing_sources_relays_them():
    r = one(
        "El País, citing three officials at the ministry, reported that the budget would be "
        "cut by a fifth."
    )
    assert (r.source, r.via, r.source_type) == (
        "three officials at the ministry",
        "El País",
        "anonymous",
    )
    r = one("The ministry, citing new figures, said prices had fallen.")
    assert r.source == "ministry"


def test_a_poll_published_in_a_paper_and_a_figure_opening_the_content():
    r = one(
        "According to an Elabe survey published Sunday in Le Parisien, 61 percent of voters back "
        "the bill, up from 48 percent in June."
    )
    assert (r.source, r.via) == ("Elabe survey", "Le Parisien")
    assert r.text.startswith("61 percent of voters back the bill")
    r = one("A national poll released Monday by the Lowy Institute shows support for the plan.")
    assert r.source == "Lowy Institute"


def test_a_rank_opening_a_bodys_name_is_no_title():
    r = one("General Motors said it would recall 40,000 trucks.")
    assert (r.source, r.source_type) == ("General Motors", "organisation")
    r = one("The General Confederation of Workers said the strike would go on.")
    assert r.source == "General Confederation of Workers"
    assert one("General Ali Haddad said the border was calm.").source == "Ali Haddad"
    art_ = art("The General Confederation of Workers said the strike would go on.")
    assert "General Confederation of Workers" in set(toolkit.mentions(art_).entity)


def test_a_hyphenated_role_before_a_name_and_a_co_author():
    df = attributed(
        "“I like my school,” said Tom Baird.\n\n"
        "Third-grader Mia Kowal, 8, read a poem she had written. “Please keep our library,” she "
        "read.\n\nLena Ortiz, a co-author of the report, is more upbeat. “It can be fixed,” she "
        "says."
    )
    assert df.source.tolist() == ["Tom Baird", "Mia Kowal", "Lena Ortiz"]


def test_a_name_opening_with_its_particle_is_a_later_subject():
    df = attributed(
        "Marieke van den Heuvel, an engineer, says the dyke will hold.\n\n“It was built for "
        "this,” said Piet Jansen, a farmer.\n\nBack at the pumping station, van den Heuvel checks "
        "a gauge. “Two more days of rain and we are in trouble,” she says."
    )
    assert df.source.tolist()[-1] == "Marieke van den Heuvel"
    assert attributed("Asked about it, van den Heuvel shrugs.").empty


def test_printed_shirts_and_a_bare_to_are_no_statements():
    text = (
        "The council voted 7-2 on Tuesday to shut the pool, a move officials say will save "
        "$200,000.\n\nMany in the crowd wore T-shirts printed with the words “Save Our Pool.”"
    )
    for learned in (True, "encoder"):
        df = attributed(text, learned=learned)
        assert df.cue.tolist() == ["say"], (learned, df[["source", "cue", "text"]])


def test_she_after_a_reporter_talked_to_someone_is_that_someone():
    df = attributed(
        "Firefighters were called to a blaze on Mill Road overnight. KTVB's Dana Ortiz talked "
        "to a neighbor who did not want to be named. She said the flames reached the roof "
        "within minutes."
    )
    assert df.source.tolist() == ["neighbor"]
    # a mayor who spoke to a resident still speaks herself
    df = attributed("Mayor Ann Ruiz spoke to a resident on Monday. She said the road would reopen.")
    assert df.source.tolist() == ["Ann Ruiz"]


def test_trades_before_a_name_and_a_long_body_after_of():
    r = one("“The bridge was never inspected,” said engineer Marco Salas, who led the survey.")
    assert (r.source, r.descriptor) == ("Marco Salas", "engineer")
    df = attributed(
        "Pastor Daniel Okafor of Grace Hill Community Baptist Church said the food bank would "
        "open on Sundays. “We feed whoever comes,” Okafor said."
    )
    assert set(df.source) == {"Daniel Okafor"}


# ------------------------------------------ twelfth session: round 20 of unseen-style articles
def test_an_indefinite_descriptor_taken_up_by_the_named_commander():
    df = attributed(
        "A platoon commander in the 92nd Assault Brigade, crouched by a radio, said the "
        "enemy had attacked twice before noon.\n\n"
        "“They come in pairs now,” said the commander, Lieutenant Andrii Savchuk, 33, a former "
        "engineer from Sumy."
    )
    assert df.source.tolist() == ["Andrii Savchuk", "Andrii Savchuk"]


def test_according_to_a_press_officer_named_after_a_comma():
    df = attributed(
        "According to the regiment's spokeswoman, Captain Olena Hrytsenko, the unit downed 40 "
        "drones in a week.\n\nBack at the map, he pointed to the river. The crossings, he "
        "explained, were mined.\n\n“We wait,” said Sergeant Taras Melnyk."
    )
    assert df.source.tolist()[0] == "Olena Hrytsenko"
    assert df.source.tolist()[1] != "Olena Hrytsenko"  # "he" is not the spokeswoman
    # a document is no person: its named subject stays in the content
    r = one(
        "According to the FBI summary of the case, Dana Mills, a top aide, sent the email in March."
    )
    assert r.text.startswith("Dana Mills")


def test_asked_to_be_identified_by_a_call_sign_is_no_statement():
    df = attributed(
        "A medic with the call sign Fox, who asked to be identified only by his call sign, said "
        "the evacuation road was under fire. “We drive at night,” he said."
    )
    assert df.source.tolist() == ["Fox", "Fox"]


def test_the_former_and_the_latter():
    df = attributed(
        "Moira Keane, the council leader, and Declan Ó Súilleabháin, the opposition whip, both "
        "sat on the inquiry. The former said the report was fair, while the latter said it was "
        "“a whitewash”."
    )
    assert df.source.tolist() == ["Moira Keane", "Declan Ó Súilleabháin"]


def test_a_later_she_skips_a_groups_member_and_an_old_unnamed_source():
    df = attributed(
        "“Turnover is the real problem,” chief executive Laura Mendes said in an interview.\n\n"
        "The round valued the firm at $300 million, a person familiar with the deal said.\n\n"
        "Tom Reyes, who runs an agency in Ohio, said turnover had fallen.\n\n"
        "Two nurses who use the app said they liked it, though one said it sent too many "
        "alerts.\n\n“Flexibility is a pitch-deck word,” said union official Mark Dyer.\n\n"
        "The contracts, she said, bar agencies from using the data against workers."
    )
    assert df.source.tolist()[-1] == "Laura Mendes"


def test_cfo_is_a_title_chairman_a_man_and_a_courtesy_title_ends_an_office():
    df = attributed(
        "“The yen decides everything,” said the CFO, Emiko Sato.\n\n"
        "“Our members will fight this,” union chairman Kenta Mori told reporters.\n\n"
        "Back at the briefing, she said all staff would be offered transfers."
    )
    assert df.source.tolist() == ["Emiko Sato", "Kenta Mori", "Emiko Sato"]
    r = one(
        "Nakuru County Executive Committee Member for Health Dr Amina Hassan said the ward "
        "would reopen."
    )
    assert r.source == "Amina Hassan"


def test_a_denied_motion_and_no_visible_reaction_are_no_statements():
    assert attributed("Judge Ellen Park denied the defence motion on Friday.").empty
    assert attributed("The defendant showed no visible reaction as the verdict was read.").empty
    assert one("The mayor denied the allegations.").text == "the allegations"


def test_a_she_after_the_latter_is_the_latter():
    df = attributed(
        "Graham Boyd, the Conservative spokesman, and Aileen Rourke, Labour's whip, both sat on "
        "the inquiry. The former said the report was fair, while the latter said it was “a "
        "whitewash”.\n\n“Nobody was asked,” Mr Boyd said.\n\nSpeaking after the vote, she said "
        "Labour would force a second inquiry."
    )
    assert df.source.tolist() == ["Graham Boyd", "Aileen Rourke", "Graham Boyd", "Aileen Rourke"]


def test_words_relayed_in_testimony_are_the_original_speakers():
    df = attributed(
        "Ellen Ruiz told her brother weeks before he died that the landlord had threatened "
        "her.\n\n“She said, ‘If I disappear, ask Carl,’” Daniel Ruiz told jurors on Tuesday.\n\n"
        "Detective Ana Cole told jurors that Carl Voss initially told officers he had been at a "
        "bowling alley that night."
    )
    rows = df[["source", "via", "text"]].values.tolist()
    assert ["Ellen Ruiz", "Daniel Ruiz", "‘If I disappear, ask Carl,’"] in rows
    assert any(s == "Carl Voss" and v == "Cole" for s, v, _t in rows) or any(
        s == "Carl Voss" and v == "Ana Cole" for s, v, _t in rows
    )
    # outside testimony, a quote's "he said" is left alone
    df = attributed("“He said, ‘Trust me,’ and that was that,” said Alan Berg, a voter.")
    assert df.source.tolist() == ["Alan Berg"]


# ------------------------------------------ twelfth session: round 21 of unseen-style articles
def test_a_body_opening_the_sentence_before_is_no_she():
    df = attributed(
        "Mira Kaplan, a nurse who lost her clinic, said the family was still waiting.\n\n"
        "Her brother, Yusuf, said the street had not been cleared. The Izmir Metropolitan "
        "Municipality did not respond to a request for comment.\n\n"
        "She later added that two neighbours had moved away."
    )
    assert df.source.tolist()[-1] == "Mira Kaplan"


def test_a_banner_across_a_stage_and_not_everyone_are_no_statements():
    text = (
        "Officials handed over 2,000 homes on Saturday. A banner stretched across the stage "
        "read: “We Rise Again.”\n\nNot everyone shared the mood of celebration. Leyla Demir, a "
        "teacher, said her family was still waiting."
    )
    for learned in (False, True):
        df = attributed(text, learned=learned)
        assert df.source.tolist() == ["Leyla Demir"], (learned, df[["source", "cue"]])


def test_arabic_malay_and_dutch_names_with_particles():
    r = one(
        "“We are not against the port,” village head Haji Ismail bin Said told residents on Sunday."
    )
    assert (r.source, r.cue) == ("Haji Ismail bin Said", "told")
    r = one("Sheikh Hamad bin Khalid Al Mansoori, a collector, said the works belong to everyone.")
    assert r.source == "Hamad bin Khalid Al Mansoori"
    r = one("Its curator, Dr. Noura bint Saeed Al Hameli, said the idea began at home.")
    assert r.source == "Noura bint Saeed Al Hameli"
    r = one("In a statement, Van der Berg denied any wrongdoing.")
    assert r.source == "Van der Berg"
    r = one("“The sea is empty,” said Moh. Rizal Lamusa, a fisherman.")
    assert r.source == "Moh. Rizal Lamusa"


def test_a_fronted_time_phrase_and_an_apostrophe_in_a_later_subject():
    df = attributed(
        "The case began when a student raised concerns.\n\nMonths earlier, Dr. Aoife O'Dwyer, "
        "an image analyst, had flagged problems. In a post in 2022, she wrote that two figures "
        "matched."
    )
    assert df.source.tolist()[-1] == "Aoife O'Dwyer"


def test_an_abbreviated_captain_is_a_title_and_gives_a_given_name():
    df = attributed(
        "“The crew did what they were trained to do,” said Capt. Niamh Byrne, the airline's "
        "head of flight operations.\n\nGordon Reid, the union's officer, was less measured. "
        "“Every worker will ask the same thing,” he said."
    )
    assert df.source.tolist() == ["Niamh Byrne", "Gordon Reid"]
    r = one("The Marine Accident Investigation Branch said the ferry's ramp had failed.")
    assert (r.source, r.source_type) == ("Marine Accident Investigation Branch", "government")


# ------------------------------------------ thirteenth session: round 21 leftovers, round 22
def test_a_now_at_aside_after_the_name_is_no_source():
    r = one(
        "Another co-author, Dr. Lena Vos, now at the Pasteur Institute in Lille, said she had "
        "only run the statistics."
    )
    assert r.source == "Lena Vos"
    r = one("Tom Hale, formerly of the High Court, said the ruling was sound.")
    assert r.source == "Tom Hale"


def test_a_place_after_a_dash_belongs_to_the_bodys_name():
    r = one(
        "The Department of Culture and Tourism – Abu Dhabi, which funded the show, said in a "
        "statement that a second venue would open."
    )
    assert r.source == "Department of Culture and Tourism"
    # a dash before a clause that opens with a name is still a boundary
    r = one("The strike hit the port hard – Dawson said it had lost millions.")
    assert r.source == "Dawson"


def test_a_portfolio_listed_with_commas_is_one_title():
    for text in (
        "“We will finish the work,” Environment, Forest and Climate Change Minister Bhupender "
        "Yadav said.",
        "“We will finish the work,” said Environment, Forest and Climate Change Minister "
        "Bhupender Yadav.",
        "Environment, Forest and Climate Change Minister Bhupender Yadav said the work would end.",
    ):
        assert one(text).source == "Bhupender Yadav", text
    # the title before the name: one row (not "Forest" and "Minister of Environment" as well)
    r = one(
        "“We will finish the work,” Minister of Environment, Forest and Climate Change Bhupender "
        "Yadav told reporters."
    )
    assert r.source.endswith("Bhupender Yadav") and r.kind == "direct"


def test_three_named_speakers_in_a_comma_list_each_get_the_statement():
    for text in (
        "Ana Smith, Ben Jones and Carl Brown said the bridge should stay shut.",
        "Ana Smith, Ben Jones, and Carl Brown said the bridge should stay shut.",
    ):
        df = attributed(text)
        assert sorted(df.source) == ["Ana Smith", "Ben Jones", "Carl Brown"], text
    # a weekday before two names is no third speaker; "and other X" is a group
    df = attributed("Monday, Smith and Jones said the bridge should stay shut.")
    assert sorted(df.source) == ["Jones", "Smith"]
    df = attributed("Ms. Toretti, Mrs. Rao and other donors said the bridge should stay shut.")
    assert len(df) == 1


def test_hon_is_a_title_and_a_bare_role_keeps_the_gender_of_its_name():
    assert one("Hon. Marsha Reid said the talks would continue.").source == "Marsha Reid"
    df = attributed(
        "“We are not on strike,” said Delroy Baptiste, president of the dockers' union.\n\n"
        "Speaking in Ocho Rios, Labour Minister Hon. Marsha Reid urged the workers to return.\n\n"
        "“Nobody wants to work and not get paid,” the minister said.\n\n"
        "He also warned that other ports could join the action."
    )
    assert df.source.tolist()[-1] == "Delroy Baptiste"


def test_she_is_no_surname_the_text_gives_after_a_mans_given_name():
    df = attributed(
        "Senators questioned chief executive Gregory T. Whitcombe for three hours.\n\n"
        "“So you commissioned a review,” said Sen. Patricia O'Rourke-Vance, the ranking "
        "Democrat.\n\nWhitcombe replied that the company's lobbying had been lawful.\n\n"
        "She told reporters that she would introduce legislation next month."
    )
    assert df.source.tolist()[-1] == "Patricia O'Rourke-Vance"


def test_a_name_in_use_is_no_statement_and_no_boundary():
    text = (
        "Elder Aunty Joan Dawes, who ran a shelter during what locals still call “the big one”, "
        "said volunteers were better prepared this time."
    )
    for learned in (False, True):
        df = attributed(text, learned=learned)
        assert df[["source", "cue"]].values.tolist() == [["Joan Dawes", "said"]], learned
    assert attributed(
        "The firm faces complaints over what rivals call a “cloud tax”.", learned=False
    ).empty
    # a named person's own characterisation stays a statement
    r = one("Nixon's strategy led to what aide Kevin Phelps called “a new Republican era”.")
    assert r.source == "Kevin Phelps"


def test_a_sign_hanging_from_a_shopfront_and_an_order_received_are_no_statements():
    text = "A hand-painted banner hanging from a shopfront on Keen Street read “Not again”."
    for learned in (False, True):
        assert attributed(text, learned=learned).empty, learned
    df = attributed(
        "Riverside residents told to leave as floodwater rises\n\n"
        "The mayor said the town was ready."
    )
    assert df.source.tolist() == ["mayor"]
    # an order given is still the speaker's
    r = one("At the debate, Trump told Jeb Bush to quiet down during a heated exchange.")
    assert r.source == "Trump"


def test_a_place_after_the_cue_is_no_inverted_source():
    r = one(
        '"We have waited 20 years," Ken Pons, president of the association, said outside the '
        "court hall."
    )
    assert (r.source, r.kind) == ("Ken Pons", "direct")


def test_a_long_participle_phrase_after_the_head_noun():
    r = one(
        "A 62-year-old retired cleaner living in a 70 sq ft cubicle in Sham Shui Po said her "
        "landlord had demanded more."
    )
    assert r.source == "62-year-old retired cleaner"
    # a relative clause after the participle keeps its own subject
    r = one(
        "The risks created by the server may matter more than the data that auditors said "
        "they found."
    )
    assert r.source == "auditors"


def test_his_after_a_subject_keeps_a_later_she_off_it():
    df = attributed(
        "Secretary Agnes Leung said 9,400 units had been registered.\n\n"
        "Councillor Kwok Wai-keung asked whether rents would be capped. Kwok shook his head as "
        "she spoke. She later told reporters that a review would follow."
    )
    assert df.source.tolist()[-1] == "Agnes Leung"


def test_a_clause_after_after_has_its_own_speaker():
    df = attributed(
        "The minister has defended the slow take-up of the scheme, after lawmakers complained "
        "that fewer than one in 10 units had been registered."
    )
    assert df[["source", "cue"]].values.tolist() == [
        ["minister", "defended"],
        ["lawmakers", "complained"],
    ]
    assert df.text.tolist()[0] == "the slow take-up of the scheme"


def test_a_country_after_a_town_closes_the_appositive():
    r = one(
        "Co-author Karim Haddad, a microbiologist at the King Abdullah University in Thuwal, "
        "Saudi Arabia, says the groups shared samples."
    )
    assert r.source == "Karim Haddad"


def test_a_long_appositive_on_a_name_opening_the_sentence_before_he():
    df = attributed(
        "Mwangi Oduya, a coral biologist at the Kenya Marine and Fisheries Research Institute in "
        "Mombasa, is also wary of the results. He argues that emissions matter more."
    )
    assert df.source.tolist() == ["Mwangi Oduya"]


def test_former_and_latter_after_titled_names():
    df = attributed(
        "Maltese MEP Daniel Azzopardi and German MEP Ulrike von Stetten, who both sit on the "
        "committee, have pushed for speed. The former posted on X that the case was “overdue,” "
        "while the latter suggested the rules should also apply to cloud deals."
    )
    assert df.source.tolist() == ["Daniel Azzopardi", "Ulrike von Stetten"]


def test_a_condition_is_no_statement():
    assert attributed(
        "If the Commission concludes that the firm broke the rules, it faces a fine."
    ).empty


def test_another_is_another_of_the_kind_named_before():
    df = attributed(
        "A statement could be sent next month, one of the people said. Another said the team "
        "was confident."
    )
    assert df.source.tolist() == ["one of the people", "another of the people"]
    df = attributed(
        "“It will collapse,” said a New Hampshire Republican. Yet another said, “Rubio is in a "
        "battle.”"
    )
    assert df.source.tolist() == ["New Hampshire Republican", "another New Hampshire Republican"]
    # after a named person, no one is "another"
    assert attributed("Ana Ruiz said the plan failed. Another said it worked.").source.tolist() == [
        "Ana Ruiz",
        "unknown",
    ]


def test_a_surname_with_two_particles_gives_no_gender():
    df = attributed(
        "Spokesperson Arianna Podestà confirmed the inquiry.\n\n"
        "Two diplomats said Commissioner Liesbeth Van den Bossche had briefed ambassadors.\n\n"
        "Speaking on Wednesday, Van den Bossche would not discuss the case. But she said the "
        "Commission would act."
    )
    assert df.source.tolist()[-1] == "Van den Bossche"


def test_interview_questions_and_their_quoted_answers():
    text = (
        "“I should have tucked my arm in,” said the defender, Jan-Pieter van der Merwe.\n\n"
        "Van der Merwe spoke to reporters in the mixed zone afterwards.\n\n"
        "Did the referee explain the decision to you?\n\n"
        "“He said his assistant had a clear view. He didn't say anything after that.”\n\n"
        "Does this set you back?\n\n"
        "“No. We are fourth, and we go to Preston to win.”"
    )
    df = attributed(text)
    assert df.source.tolist() == ["Jan-Pieter van der Merwe", "Van der Merwe", "Van der Merwe"]
    # the question line stays in the text (it is no subheading)
    assert "Did the referee explain" in art(text).text


def test_a_quote_inside_a_relative_clause_on_the_subject():
    df = attributed(
        "Asked by analyst Nadia Farouk whether the firm would sell to Asia, Mr. de Villiers said "
        "talks had begun. Ms. Farouk, who has a “market perform” rating on the stock, had noted "
        "earlier that two rivals had done exactly that. He cautioned, however, that freight "
        "costs would rise."
    )
    assert df.source.tolist() == ["Nadia Farouk", "de Villiers", "Nadia Farouk", "de Villiers"]


def test_words_passed_on_by_the_speaker_are_also_their_authors():
    df = attributed(
        "He was angry. Rui Tavares said Ashdown had told him in the tunnel that the assistant was "
        "“certain” it was handball."
    )
    rows = df[["source", "via"]].fillna("-").values.tolist()
    assert rows == [["Rui Tavares", "-"], ["Ashdown", "Rui Tavares"]]
    df = attributed("Pryce wrote that a council engineer had told her the pumps were failing.")
    assert df[["source", "via"]].fillna("-").values.tolist()[-1] == ["council engineer", "Pryce"]
    # a pronoun's words are not passed on
    df = attributed("Ana Ruiz said he had told her the plan was dead.")
    assert df.source.tolist() == ["Ana Ruiz"]


def test_a_passive_nickname_is_no_learned_statement():
    text = (
        "“It hit my shoulder,” said the defender, Jan de Wit, who has been nicknamed “the Wall "
        "of Paarl” by supporters."
    )
    for learned in (True, "encoder"):
        df = attributed(text, learned=learned)
        assert df.source.tolist() == ["Jan de Wit"], learned


def test_a_body_with_and_before_its_acronym_is_one_source():
    r = one(
        "A record 931 patients were on trolleys, according to the Irish Nurses and Midwives "
        "Organisation (INMO)."
    )
    assert (r.source, r.kind) == ("Irish Nurses and Midwives Organisation", "according-to")


def test_former_and_latter_in_the_sentence_naming_them():
    df = attributed(
        "Labour TD Aoife Ní Fhloinn and Social Democrats TD Ruairí de Búrca also raised the "
        "crisis, with the former warning that a ward had closed, and the latter claiming that "
        "consultants had been told to cancel lists."
    )
    assert df.source.tolist() == ["Aoife Ní Fhloinn", "Ruairí de Búrca"]


def test_a_reporting_verb_read_as_a_noun_before_that():
    r = one(
        "However, minutes of a board meeting held in January, released under the Freedom of "
        "Information Act, record that several board members warned the strategy was failing."
    )
    assert r.source == "several board members"


def test_a_place_called_by_a_quoted_name_is_no_learned_statement():
    text = (
        "She said she had considered emigrating. Staff at the hospital refer to one overflow "
        "corridor as “the Green Mile”."
    )
    for learned in (True, "encoder"):
        assert attributed(text, learned=learned).cue.tolist() == ["said"], learned


def test_the_learned_layers_skip_an_interview_question_and_a_condition():
    text = (
        "Van der Merwe spoke to reporters afterwards.\n\n"
        "Did the referee explain the decision to you?\n\n"
        "“He said his assistant had a clear view.”\n\n"
        "If the Commission concludes that Kestrel broke EU competition rules, the company could "
        "face a fine."
    )
    for learned in (True, "encoder"):
        df = attributed(text, learned=learned)
        assert df.source.tolist() == ["Van der Merwe"], (learned, df[["source", "cue", "text"]])


def test_a_closing_frame_whose_verb_the_tagger_reads_as_a_noun():
    r = one(
        "Corals in the northern Red Sea owe their survival partly to heat-tolerant bacteria, "
        "researchers report in Nature today."
    )
    assert (r.source, r.cue) == ("researchers", "report")
    r = one("More than 40 percent of the money arrived in February, new fundraising reports show.")
    assert r.cue == "show"
    # a capitalised word closing a list of places is no cue
    assert attributed("The tour will visit Reno, Nevada and Washington State.").empty


def test_a_name_between_a_role_and_an_indefinite_appositive():
    df = attributed(
        "Reacting to the judgment, his lead counsel, Olumide Adeyemi-Shittu, a Senior Advocate "
        "of Nigeria, told journalists that his client would appeal. Speaking further outside "
        "the court, he argued that the panel had erred."
    )
    assert df.source.tolist() == ["Olumide Adeyemi-Shittu", "Olumide Adeyemi-Shittu"]


def test_former_and_latter_after_a_courtesy_title_and_an_unknown_given_name():
    df = attributed(
        "Mr Onyekachi and his counsel, Chinwe Uzoma-Okeke, were both in court. The former left "
        "without a word, but the latter said the judgment was “a victory”. “The people voted,” "
        "Uzoma-Okeke said."
    )
    assert df.source.tolist()[0] == "Chinwe Uzoma-Okeke"


def test_she_skips_a_double_surname_the_text_gives_after_a_mans_given_name():
    df = attributed(
        "The board voted 4-1, with Deputy Governor Tomás Elizondo Barragán dissenting.\n\n"
        "Governor Mariana Ortega Villaseñor told reporters the board was in no hurry.\n\n"
        "Elizondo Barragán has argued that real rates are too high.\n\n"
        "She said the bank had not sold dollars."
    )
    assert df.source.tolist()[-1] == "Mariana Ortega Villaseñor"


def test_a_document_sent_to_someone_before_that_is_the_channel():
    r = one(
        "The legal adviser warned in a legal opinion submitted to the Defense Committee last "
        "month that any blanket exemption would be struck down."
    )
    assert r.text == "any blanket exemption would be struck down"


def test_a_long_asked_by_phrase_before_whether():
    df = attributed(
        "Asked by reporters at the Knesset later on Sunday whether the coalition had the votes, "
        'Dahan-Levy replied: "We will have them when we need them."'
    )
    assert df[["source", "cue"]].values.tolist() == [
        ["unknown", "Asked"],
        ["Dahan-Levy", "replied"],
    ]


def test_an_indefinite_role_before_keeps_a_later_definite_role_unlinked():
    df = attributed(
        "Housing Minister Yitzhak Ben-Shimol said the party would walk out.\n\n"
        "A senior Likud minister, speaking on condition of anonymity, was dismissive. “They have "
        "threatened before,” the minister told The Times of Israel."
    )
    assert df.source.tolist() == ["Yitzhak Ben-Shimol", "minister"]


def test_signs_and_names_in_use_are_no_learned_statements():
    text = (
        "Outside parliament, hundreds rallied with signs reading “Equal Service, Equal Burden” "
        "and “We Are Not Suckers.” The party has for years demanded passage of what it calls the “Basic Law: "
        "Torah Study,” which would exempt students. The forum said in a statement that 40,000 "
        "families had been affected."
    )
    for learned in (True, "encoder"):
        df = attributed(text, learned=learned)
        assert "forum" in df.source.tolist(), learned
        # (the party's demand may be a row: PolNeAR counts demands; the name it uses is none)
        assert not any(
            t.startswith(("what it calls", "“Equal")) or "Not Suckers" in t for t in df.text
        ), (learned, df[["source", "cue", "text"]])


def test_a_weekday_after_the_cue_is_no_inverted_source():
    r = one(
        "The Japan Meteorological Agency, which issued its first “megaquake advisory” in August "
        "2024 after a quake off Miyazaki, said Friday that it would convene its committee faster."
    )
    assert r.source == "Japan Meteorological Agency"
    assert one('"We will win," said Monday Okafor, the coach.').source == "Monday Okafor"


def test_interview_answers_after_a_paragraph_whose_statement_names_the_interviewee():
    df = attributed(
        "“A film nobody forgives is a film nobody forgets,” Marthe van den Broeck said.\n\n"
        "“I am too old to cry on camera,” said the actor Jonas De Wilde. “But I did.”\n\n"
        "In the same conversation, she answered a few more questions. The exchange has been "
        "edited.\n\nWhy Ostend?\n\n“Because it is a town that always looks like it is waiting.”"
    )
    assert df.source.tolist()[-1] == "Marthe van den Broeck"


def test_she_is_no_body_and_no_relative_clause_without_content():
    df = attributed(
        "“A film that everyone forgives is a film nobody remembers,” Marthe van den Broeck said "
        "at the press conference.\n\n"
        "Jonas De Wilde said he had initially turned the role down.\n\n"
        "One audience member who shouted during the end credits was told to leave by security. "
        "The festival said in a statement that the ovation was among the longest.\n\n"
        "She said she had not read any reviews."
    )
    assert df.source.tolist() == [
        "Marthe van den Broeck",
        "Jonas De Wilde",
        "festival",
        "Marthe van den Broeck",
    ]


def test_a_posts_caption_is_its_posters_statement():
    r = one(
        "Whitfield posted a photo of himself in a walking boot on Instagram on Monday night "
        "with the caption “Minor setback. Major comeback.”"
    )
    assert (r.source, r.cue, r.text) == ("Whitfield", "posted", "“Minor setback. Major comeback.”")
    assert attributed("The company posted a loss of $3 million.").empty


def test_former_and_latter_of_a_coordinated_pair():
    df = attributed(
        "Suns coach Raúl Etxeberria and Osei both checked on Whitfield after the game. The "
        "former said he hoped the injury was not serious, while the latter said he had "
        "apologized to Whitfield in the tunnel."
    )
    assert df.source.tolist() == ["Raúl Etxeberria", "Osei"]


def test_she_skips_a_man_named_with_a_particle_and_a_business():
    df = attributed(
        "Meridian Labs said in a blog post that the model had been tested. One of the "
        "researchers who resigned, Yusuf al-Rashidi, told WIRED that his manager had been "
        "dismissive.\n\nMeridian said the review was thorough.\n\nIn the blog post, she wrote "
        "that the model would be monitored."
    )
    assert df.source.tolist()[-1] not in ("al-Rashidi", "Yusuf al-Rashidi", "Meridian")


def test_said_her_gives_the_speakers_gender():
    df = attributed(
        "Her lawyer, Pavel Lomakin, said the verdict had been ready long before.\n\n"
        "In a letter, Vorontsova said her lawyer had advised her to plead guilty. She wrote "
        "that she had refused.\n\n"
        "He said the defense would appeal."
    )
    assert df.source.tolist()[-1] == "Pavel Lomakin"


def test_an_outlet_spoke_to_the_interviewee():
    df = attributed(
        "Her lawyer, Pavel Lomakin, said the verdict had been ready long before.\n\n"
        "Meduza spoke to Lomakin briefly after the hearing.\n\n"
        "Does your client have any chance on appeal?\n\n"
        "“Realistically, no. But an appeal is also about the record.”"
    )
    assert df.source.tolist() == ["Pavel Lomakin", "Pavel Lomakin"]


def test_the_latter_two_sentences_after_the_pair():
    df = attributed(
        "Claire Ashdown said the deal was right.\n\n"
        "Talks broke down after Ashdown and Rupert Vane failed to agree on leadership. The "
        "former will run the bank. The latter, who will step down, conceded that leadership had "
        "been the hardest part."
    )
    assert df.source.tolist() == ["Claire Ashdown", "Rupert Vane"]


def test_the_person_is_the_unnamed_source_just_before():
    df = attributed(
        "One banker who worked on the deal said the breakthrough came in June. “Once that was "
        "off the table, it was a matter of weeks,” the person said."
    )
    assert df.source.tolist() == ["One banker", "One banker"]


def test_a_hyphenated_given_name_opens_a_sentence_before_he():
    df = attributed(
        "The judge, Choi Min-seok, told both sides he would rule within weeks.\n\n"
        "Group leader Kang Tae-min broke his silence on Tuesday night with a handwritten "
        "letter. “We never wanted this to become a war,” he wrote."
    )
    assert df.source.tolist()[-1] == "Kang Tae-min"


def test_a_profile_is_no_speaker_and_its_owner_writes():
    r = one(
        "One fan, whose profile says she has followed the group since its debut, wrote: "
        "“Seven years of sold-out tours, and now they owe the company money?”"
    )
    assert (r.source, r.cue) == ("One fan", "wrote")


def test_she_is_no_ministry():
    df = attributed(
        "Dr. Noura Al-Suwailem told Arab News that heights had been kept low.\n\n"
        "The Ministry of Tourism posted a video on X: “Asir’s peaks, now open to the world.”\n\n"
        "She also said the company would reserve 40 percent of jobs for residents."
    )
    assert df.source.tolist()[-1] == "Noura Al-Suwailem"


def test_a_name_with_an_appositive_naming_the_body_is_no_body():
    df = attributed(
        "One climber is still missing, according to the Department of Tourism.\n\n"
        "Rajendra Prasad Bhattarai, director at the department, said the avalanche struck at "
        "around 4:30am."
    )
    assert df.source.tolist() == ["Department of Tourism", "Rajendra Prasad Bhattarai"]


def test_former_and_latter_of_a_pair_named_in_full_earlier():
    df = attributed(
        "“We checked the slope,” said Phurba Tenzing Sherpa, the expedition leader. “The snow "
        "was stable,” said Mingma Chhiring Sherpa, the company's owner.\n\n"
        "Both Phurba Tenzing and Mingma Chhiring spoke to the Post on Monday. The former said "
        "he had discussed the conditions with the team. The latter maintained that the company "
        "had followed every protocol."
    )
    assert df.source.tolist()[-2:] == ["Phurba Tenzing Sherpa", "Mingma Chhiring Sherpa"]


def test_documents_with_participle_phrases_and_a_caption_after_and():
    r = one(
        "More than 2,300 people signed a petition presented to the meeting, which states that "
        "the village “has already absorbed more than its fair share of growth”."
    )
    assert r.source == "petition"
    r = one(
        "A petition organized by the fan union Lumi Alliance and signed by more than 82,000 "
        "people demands that the agency publish the members' settlement records."
    )
    assert (r.source, r.cue) == ("petition", "demands")
    r = one(
        "Greg Tillman, 52, a trial participant, posted a photo on X of himself with his dog "
        "and the caption: “Can't tell you if I got drug or placebo.”"
    )
    assert (r.source, r.kind) == ("Greg Tillman", "direct")


def test_document_subjects_with_asides_numbers_and_contact_clauses():
    r = one(
        "A letter signed by 17 aldermen, including Wierzbicki, and delivered to the mayor's "
        "office Monday warns that the plan would saddle the city with debt."
    )
    assert (r.source, r.cue) == ("letter", "warns")
    r = one(
        "A petition the group delivered to the commissioner’s office last week, signed by more "
        "than 11,000 homeowners, demands that any rate increase be tied to new policies."
    )
    assert (r.source, r.cue) == ("petition", "demands")


def test_a_speech_gerund_before_a_relayed_speaker_and_testimony_without_content():
    df = attributed(
        "He returned to the point, saying the city's inspector general had warned in a 2019 "
        "audit that securitizing revenue masks deficits."
    )
    assert "city's inspector general" in df.source.tolist()
    assert not any(s.startswith("saying") for s in df.source)
    assert attributed(
        "Both Ashcombe and Ybarra testified before the Assembly Insurance Committee in February.",
        learned=False,
    ).empty


def test_a_so_called_term_is_no_claim():
    text = (
        "The court tightened the rules under which landlords may evict tenants by claiming "
        "so-called “own use”, in a decision with wide consequences."
    )
    for learned in (False, True):
        assert attributed(text, learned=learned).empty, learned


def test_fr_is_a_title_and_a_wife_named_after_he_is_the_latter():
    r = one(
        "“The people in the mountain villages have not seen anyone,” said Fr. Emmanuel dela "
        "Peña, who heads the diocese's social action center."
    )
    assert r.source == "Emmanuel dela Peña"
    df = attributed(
        "Mr Sokha said 40 of his co-workers had gone home. He and his wife, Keo Sreymom, worked "
        "on the same line. The latter said she had borrowed 15,000 baht from a broker."
    )
    assert df.source.tolist() == ["Sokha", "Keo Sreymom"]


def test_a_party_name_opens_a_sentence_subject_before_she():
    df = attributed(
        "“These are workers who came legally,” Mr Sothea said.\n\n"
        "People’s Party list MP Sirilak Boonmee posted a video of the rally on Facebook. “These "
        "people peel the shrimp,” she wrote in the caption."
    )
    assert df.source.tolist()[-1] == "Sirilak Boonmee"


def test_an_outlet_citing_unnamed_people_relays_them_and_asked_names_the_interviewee():
    r = one(
        "The Tages-Anzeiger, citing people familiar with the discussions, reported that the "
        "office was drafting a compromise."
    )
    assert (r.source, r.via) == ("people familiar with the discussions", "Tages-Anzeiger")
    df = attributed(
        "“We will come back,” said Regula Zürcher-Aebischer, co-president of the committee.\n\n"
        "swissinfo.ch asked political scientist Lukas Gfeller of the University of Bern what "
        "the result means.\n\nWas the result a surprise?\n\n“Not really. Initiatives almost "
        "always lose support in the final weeks.”"
    )
    assert df.source.tolist()[-1] == "Lukas Gfeller"


def test_a_field_and_country_body_is_government_and_no_she():
    r = one("Health Canada said the advisory would stay in place.")
    assert (r.source, r.source_type) == ("Health Canada", "government")
    df = attributed(
        "Chief Dolores Kakegamic said the community had been patient.\n\n"
        "Indigenous Services Canada said in a statement that a unit had failed. Health Canada "
        "did not respond to a request for comment.\n\n"
        "She said the band council had written to the department three times."
    )
    assert df.source.tolist()[-1] == "Dolores Kakegamic"


def test_an_outlet_asked_a_name_with_a_particle_and_traders_around_him():
    df = attributed(
        "“You cannot plan for us without us,” said the association’s chairperson, Kennedy "
        "Kiprono arap Langat.\n\nAround him, traders waved twigs and chanted “Soko ni letu!”\n\n"
        "The Standard asked arap Langat what traders would do next.\n\n"
        "Will you move if the county wins on appeal?\n\n"
        "“If the court says so, we will respect it.”"
    )
    rows = df[["source", "cue"]].fillna("-").values.tolist()
    assert ["traders", "chanted"] in rows
    assert df.source.tolist()[-1] in ("Langat", "arap Langat", "Kennedy Kiprono arap Langat")


def test_an_outlet_asked_a_name_about_and_a_shopkeeper_is_a_she():
    df = attributed(
        "The former described the plan as fragile, said Maarten van den Heuvel.\n\n"
        "Euronews asked Van den Heuvel about the legal concerns after the summit.\n\n"
        "Is the plan compatible with EU law?\n\n"
        "“Our lawyers say yes.”"
    )
    assert "asked" not in df.cue.fillna("").tolist()
    # the person asked, by the full name the text gives first (particle in its case)
    assert df.source.tolist()[-1] in ("Van den Heuvel", "Maarten van den Heuvel")
    df = attributed(
        "Magistrate Anthea Grech Zammit is leading an inquiry.\n\n"
        "A shopkeeper across the road, who gave only her first name, Rita, told Times of Malta "
        "she heard a noise like thunder.\n\n"
        "“I ran out and the dust was everywhere,” she said.\n\n"
        "A sign still hanging at the site entrance read “Safety First”."
    )
    # the first name she gave is her name (before the sixteenth session: the descriptor)
    assert df.source.tolist() == ["Rita", "Rita"]


def test_the_reason_for_anonymity_gives_a_gender_and_a_dated_aside():
    df = attributed(
        "“Nobody is being thrown onto the street,” said Dr Faith Chepkoech, the county's "
        "executive for trade.\n\n"
        "A senior county official, who asked not to be named because he was not authorised to "
        "speak to the media, told The Standard that the county would appeal.\n\n"
        "She said the county had bent over backwards for traders."
    )
    assert df.source.tolist()[-1] == "Faith Chepkoech"
    r = one("The letter, dated 17 March, accuses the council of balancing the books on the poor.")
    assert (r.source, r.cue) == ("letter", "accuses")


def test_a_place_dateline_with_a_colon_and_dubbing_are_no_statements():
    df = attributed(
        "UAE labour law changes\n\n"
        "Dubai: Private-sector employees who resign before one year will be entitled to a "
        "gratuity.\n\nThe ministry said in a statement that the changes were fair."
    )
    assert df.source.tolist() == ["ministry"]
    assert attributed(
        "Commuter forums had already dubbed the line the “Metro Tunnel of Doom” after a fault."
    ).empty


def test_a_member_with_a_person_appositive_can_be_she_and_a_passive_told_is_no_relay():
    df = attributed(
        "Minister Danielle Huang said the delay was not good enough.\n\n"
        "One of those passengers, a nurse from Sunbury who asked not to be named, said staff "
        "had given almost no information. “People were fainting,” she said."
    )
    assert df.source.tolist()[-1].startswith("One of those passengers")
    df = attributed(
        "Suresh said a colleague who complained to the ministry last year was told to wait."
    )
    assert df.source.tolist() == ["Suresh"]


def test_a_fronted_citing_and_a_told_her_at_a_hearing_relay():
    r = one(
        "Citing people familiar with the matter, the news portal Bangla Barta reported that two "
        "buyers had suspended orders."
    )
    assert (r.source, r.via) == ("people familiar with the matter", "Bangla Barta")
    df = attributed(
        "Maribel Quintanilla-Reyes said the wells ran dry. She said an attorney for the export "
        "company had told her at a 2022 permit hearing that the district had no authority."
    )
    assert df[["source", "via"]].fillna("-").values.tolist()[-1] == [
        "attorney for the export company",
        "Maribel Quintanilla-Reyes",
    ]


def test_former_and_latter_after_names_with_characters_in_brackets():
    df = attributed(
        "“Everything is on the table,” Hsieh said. “Not at any price,” Huang said.\n\n"
        "Minister of Economic Affairs Hsieh Ming-tsung (謝明宗) and Chiayi County Commissioner "
        "Huang Shu-fen (黃淑芬) both addressed the dispute yesterday. The former said the "
        "ministry would protect farmers; the latter said the county would ask for a review."
    )
    assert df.source.tolist()[-2:] == ["Hsieh Ming-tsung", "Huang Shu-fen"]


def test_an_interview_question_may_quote_a_title():
    df = attributed(
        "“The noise was an accident,” said Inés de la Cruz-Okafor.\n\n"
        "Pitchfork spoke to de la Cruz-Okafor by phone from Lisbon in February.\n\n"
        'Is "Father Tongue" about your father?\n\n'
        '"Partly. It\'s about everyone who had to change languages to survive."'
    )
    assert df.source.tolist()[-1] in ("de la Cruz-Okafor", "Inés de la Cruz-Okafor")


# ----------------------------------------------- round 28 (fourteenth session): unseen styles
def test_a_long_role_then_the_name_opens_a_sentence_for_a_later_she():
    df = attributed(
        "Her neighbour, Tobias Lindqvist, a ferryman, said the pumps had failed.\n\n"
        "The head of the Harbour Board and Mayor of Eastport, Councillor Greta Moberg-Holm, "
        "disputed that account. She insisted the board had paid every invoice."
    )
    assert df.source.tolist() == ["Tobias Lindqvist", "Greta Moberg-Holm"]


def test_coordinated_named_bodies_with_an_appositive_or_both_each_speak():
    df = attributed(
        "Veritas, the country's oldest union of prosecutors, and the National Notaries Chamber "
        "said the reform would slow every probate case."
    )
    assert sorted(df.source) == ["National Notaries Chamber", "Veritas"]
    df = attributed(
        "Both the National Notaries Chamber and Veritas said the reform would slow every case."
    )
    assert sorted(df.source) == ["National Notaries Chamber", "Veritas"]
    # a person stays a person, without the "Both"
    df = attributed("Both Irena Pawlak, a notary, and Jan Sobczak, a clerk, said it was rushed.")
    assert sorted(df.source) == ["Irena Pawlak", "Jan Sobczak"]
    # two offices of one person are no two speakers
    r = one(
        "The Volta Regional Minister and Chairperson of REGSEC, Akosua Mensah, told the Daily "
        "Graphic that a committee would be set up."
    )
    assert r.source == "Akosua Mensah"
    # "both of" is a quantity, not a coordination: the phrase keeps it
    r = one("Both of the city's senators opposed the plan.")
    assert r.source.startswith("Both of")


def test_an_inverted_speaker_ends_before_the_setting():
    df = attributed(
        "“A statute cannot strip judges of their office,” said Nowak in the oral justification."
    )
    assert df.source.tolist() == ["Nowak"]
    df = attributed("“We will appeal,” said Maria Keller at the hearing.")
    assert df.source.tolist() == ["Maria Keller"]
    # a body after "at the" is part of the source, not a setting
    r = one("“We will appeal,” said a spokesman at the Home Office.")
    assert "Home Office" in r.source


def test_fact_check_labels_name_no_speaker():
    text = (
        "The senator spoke at a rally on Friday.\n\n"
        "CLAIM: Marsh said the county had “lost half its bus routes since 2020.”\n\n"
        "THE FACTS: County records show 41 routes in 2020 and 38 today.\n\n"
        "AP FACT CHECK: Other claims were misleading."
    )
    df = attributed(text)
    assert "CLAIM" not in df.source.tolist() and "FACTS" not in df.source.tolist()
    assert df.loc[df.text.str.contains("lost half"), "source"].tolist() == ["Marsh"]
    assert not df.cue.fillna("").eq(":").any()
    # nor does a learned layer read the rubric as a speaker
    title = "AP FACT CHECK: Marsh's claims on buses and fares don't hold up"
    a = Article.from_text(title + "\n\n" + text, title=title, published="2025-01-15")
    df = statements(a, narrator=False, canonical=False, learned="encoder")
    assert not df.cue.fillna("").str.endswith(":").any(), df[["source", "cue", "text"]]


def test_no_response_to_questions_is_no_statement_but_a_negated_wish_is_one():
    assert attributed("The campaign did not respond to follow-up questions about the figure.").empty
    df = attributed("The mayor did not reply to a request about the budget.")
    assert df.empty
    for learned in (True, "encoder"):  # (nor a learned row in its place)
        df = statements(
            art("The campaign did not respond to follow-up questions about the $2 billion figure."),
            narrator=False,
            canonical=False,
            learned=learned,
        )
        assert df.empty, df[["cue", "text"]]
    r = one("The council did not want to raise fares before the election.")
    assert r.cue == "want"


def test_a_fronted_weekday_before_a_colon_quote():
    r = one(
        "Late Sunday, Okonkwo doubled down in a post on X, writing: “The auditors can say what "
        "they like. Families know their bills.”"
    )
    assert r.source == "Okonkwo" and r.kind == "direct"


def test_a_document_by_one_body_to_another_is_the_first_bodys():
    r = one(
        "A filing by Lakeshore Power with the State Utilities Board last year states that "
        "capacity charges caused half of the increase."
    )
    assert r.source == "Lakeshore Power" and r.channel == "filing"
    r = one(
        "A report by the department submitted to the city's People's Council last month said "
        "the city still had 28 flooding spots."
    )
    assert r.source == "department" and r.channel == "report"
    # a plain past verb after a document is the document's own verb: no row from "relied on"
    df = attributed(
        "The analysis relied on thousands of reports that campaigns are required to file."
    )
    assert df.empty


def test_records_and_documents_show():
    r = one(
        "Records from the Ohio Department of Commerce show the program has paid $9 million "
        "since its launch."
    )
    assert (r.source, r.descriptor, r.cue) == ("Ohio Department of Commerce", "records", "show")
    r = one(
        "The documents, which include a board presentation and the minutes of two meetings, "
        "show the company feared a cut of 30% in output."
    )
    assert r.source == "documents" and r.text.startswith("the company feared")
    # a capitalised "State" inside a name is no verb
    assert attributed(
        "Addressing members of the New York State Bar Association, the judge smiled."
    ).empty


def test_grumbles_and_reckons_and_a_frame_before_a_semicolon_or_a_condition():
    r = one("One fund manager grumbles that the big lenders are “circling like vultures”.")
    assert (r.source, r.cue) == ("One fund manager", "grumbles")
    df = attributed(
        "Amara Osei is an economist at a Nairobi consultancy.\n\n"
        "Forcing mergers will not fix weak governance, reckons Ms Osei; it may hide it.\n\n"
        "The regulator may yet extend the deadline, says Ms Osei, if too many banks miss it."
    )
    assert df.cue.tolist() == ["reckons", "says"]
    assert df.source.tolist() == ["Osei", "Osei"]
    assert df.text.tolist() == [
        "Forcing mergers will not fix weak governance",
        "The regulator may yet extend the deadline",
    ]


def test_a_thousands_comma_is_no_apposition_in_a_source():
    r = one("A poll of 2,400 voters found that 41% backed the plan.")
    assert r.source == "poll of 2,400 voters"


def test_the_former_and_the_latter_after_two_bodies_or_two_titled_names():
    df = attributed(
        "Kestrel Bank and Northgate Savings Bank both have the capital to buy rivals. The former "
        "says it has no appetite for deals; the latter has hired advisers, according to people "
        "close to the bank."
    )
    assert df.source.tolist() == ["Kestrel Bank", "people close to the bank"]
    assert df.source_type.tolist() == ["organisation", "anonymous"]
    df = attributed(
        "Datuk Tan Boon Heng (PH-Seri Kembangan) and Datuk Aziz Karim (BN-Kuala Kangsar) were "
        "both in the hall; the former said the Speaker had acted within the rules, but the "
        "latter conceded that the penalty was “a bit heavy”."
    )
    # (the honorific "Datuk" may or may not stay in the name: the person is what counts)
    assert [x.replace("Datuk ", "") for x in df.source] == ["Tan Boon Heng", "Aziz Karim"]


def test_it_after_a_government_body_named_as_a_name():
    df = attributed(
        "Lakeshore Bank says it has no appetite for acquisitions.\n\n"
        "The Treasury denies any link. In a statement, it said the capital rules were a matter "
        "for the central bank alone."
    )
    assert df.source.tolist()[-1] == "Treasury"
    # a named minister is still no "it"
    df = attributed(
        "Lakeshore Bank says it has no appetite for acquisitions. Finance Minister Anna Berg "
        "said the plan was sound. It said the plan would go ahead."
    )
    assert df.source.tolist()[-1] == "Lakeshore Bank"


def test_a_pronoun_after_a_subject_with_a_party_tag_and_a_setting_before_that():
    r = one(
        "Azlan Rahim (PN-Gunung Semanggol) was ordered out of the chamber after he claimed "
        "during the debate on the Water Tariff (Amendment) Bill that the state was "
        "“robbing the people”."
    )
    assert r.source == "Azlan Rahim"
    assert r.text.startswith("the state was")
    # "at least" opens no setting: the number is the content
    r = one("Police reported at least 20 victims at a clinic that serves disabled adults.")
    assert r.text.startswith("at least 20 victims")


def test_an_inverted_epithet_is_the_person_just_named():
    df = attributed(
        "Former Chief Minister Tan Sri Ismail Hamzah said the Speaker was tired.\n\n"
        "“Six months for words? Never,” said the Umno veteran."
    )
    assert df.source.tolist() == ["Tan Sri Ismail Hamzah"] * 2
    # a newspaper or the Vatican is no epithet
    r = one("The Vatican says the pope has no plans to travel.")
    assert (r.source, r.source_type) == ("Vatican", "government")
    r = one("The Tennessean first reported the decision on Sunday.")
    assert (r.source, r.source_type) == ("Tennessean", "media")


def test_according_to_documents_and_people_and_a_which_clause_on_the_source():
    df = attributed(
        "SANTIAGO, April 8 (Reuters) - The miner lobbied officials to delay an audit, "
        "according to internal company documents reviewed by Reuters and three people "
        "familiar with the matter."
    )
    assert sorted(df.source) == [
        "internal company documents",
        "three people familiar with the matter",
    ]
    assert all(t.startswith("The miner lobbied") for t in df.text)
    r = one(
        "According to the minutes of the March meeting, which were prepared by company staff, "
        "the officials made no promise."
    )
    assert r.text == "the officials made no promise"


def test_a_long_relayed_speaker_and_a_dated_call_before_that():
    df = attributed(
        "In an email, Ignacio Duarte told colleagues that a senior official at the "
        "Superintendency of Water Resources (SWR) had told him the agency “could live with” a "
        "later start."
    )
    relayed = df[df.via.fillna("").eq("Ignacio Duarte")]
    assert relayed.source.tolist() == [
        "senior official at the Superintendency of Water Resources (SWR)"
    ]
    r = one(
        "Reyes told analysts on a Feb. 26 earnings call that the company expected higher output."
    )
    assert r.text == "the company expected higher output"


def test_during_ends_no_frame_before_a_gerund():
    df = attributed(
        "“Watch the tape,” said former executive Dana Whitfield during the second debate, "
        "suggesting that she had seen such a video."
    )
    assert df.source.tolist() == ["Dana Whitfield", "Dana Whitfield"]


def test_the_learned_layers_skip_a_name_in_use_with_a_preposition():
    for learned in (True, "encoder"):
        df = statements(
            art(
                "Residents now refer to the flood barrier as “the eternal project.”\n\n"
                "Rahim, who is known among supporters as “Brother Water” for his campaign, had "
                "been asked three times to withdraw the remark."
            ),
            narrator=False,
            canonical=False,
            learned=learned,
        )
        assert not df.text.str.contains("eternal|Brother Water").any(), df[["cue", "text"]]


def test_a_translation_in_brackets_between_a_quote_and_its_frame():
    df = attributed(
        "Nguyen An sold noodles on the corner.\n\n"
        "“Basta! Basta!” (Enough! Enough!) shouted the crowd.\n\n"
        "“Nous sommes prêts.” (“We are ready.”), said the minister."
    )
    assert df.source.tolist() == ["crowd", "minister"]
    assert df.text.tolist()[0].startswith("“Basta! Basta!”")


def test_advice_given_is_a_statement_and_counsel_is_none():
    df = attributed(
        "Maria Keller rents a flat on Elm Street. She said her lawyer had advised her that the "
        "lease was void."
    )
    relayed = df[df.via.fillna("").eq("Maria Keller")]
    assert relayed[["cue", "text"]].values.tolist() == [["advised", "the lease was void"]]
    r = one("The water board advised its customers that the supply was unsafe.")
    assert (r.cue, r.text) == ("advised", "the supply was unsafe")
    assert attributed("Lazard is advising Pfizer on its merger with Allergan.").empty


def test_a_photo_shared_with_a_caption_is_the_posters():
    r = one(
        "The Harbour Workers Union shared a photo of the picket line on Facebook, captioned "
        "“We are not going anywhere.”"
    )
    assert (r.source, r.kind, r.cue) == ("Harbour Workers Union", "direct", "captioned")
    # a caption no one is said to have written is no statement
    assert attributed("A video of the strike, captioned “Day 40”, went viral.").empty


# ----------------------------------------------- round 29 (fourteenth session): unseen styles
def test_a_bodys_regional_arm_is_no_person_for_it():
    df = attributed(
        "The nurses' union said 98 people were waiting.\n\n"
        "In a statement, HSE South West said the hospital had been busy. It said extra beds "
        "would open by the end of the month."
    )
    assert df.source.tolist() == ["nurses' union", "HSE South West", "HSE South West"]
    assert df.source_type.tolist()[1] == "organisation"


def test_an_office_at_a_department_before_the_name():
    r = one(
        "Minister of State at the Department of Health Colm Breathnach said the Government had "
        "funded 1,100 beds."
    )
    assert (r.source, r.descriptor) == (
        "Colm Breathnach",
        "Minister of State at the Department of Health",
    )


def test_an_indefinite_role_restated_with_the_name_is_that_person():
    df = attributed(
        "The figures came as a senior consultant at the hospital warned that patients were "
        "coming to harm.\n\n"
        "“We are seeing people on trolleys for 80 hours,” said a consultant in emergency "
        "medicine at the hospital, Dr Niamh Ferris-Doyle.\n\n"
        "The consultant, who has worked there for 14 years, said the unit was built for 130 "
        "patients a day."
    )
    assert set(df.source) == {"Niamh Ferris-Doyle"}


def test_a_prepositional_tail_after_a_trailing_frame():
    r = one(
        "Commuters will pay up to 10 rupees more per journey from Monday, the metro corporation "
        "announced on Friday, in the steepest fare revision since 2017."
    )
    assert r.text.startswith("Commuters will pay") and r.cue == "announced"


def test_a_name_given_by_whom_and_those_close_to_someone():
    assert attributed(
        "It is the third time that the former rapporteur, whom some deputies now mockingly "
        "call “Monsieur 49.3,” has used the procedure."
    ).empty
    r = one("According to those close to the president, the head of state had hoped for a vote.")
    assert (r.source, r.source_type) == ("those close to the president", "anonymous")


def test_a_gerund_after_a_fronted_description_takes_the_pronoun_subject():
    df = attributed(
        "Budget Minister Claire Dumont spoke on Tuesday.\n\n"
        "An economist who spent a decade at the central bank, she rejected the criticism, "
        "insisting that the deficit would fall below 5% in 2027."
    )
    assert df[df.cue == "insisting"].source.tolist() == ["Claire Dumont"]
    # a fronted time phrase is no description: no pronoun is taken from it
    df = statements(
        art("In 2011, he resigned after accidentally tweeting a photo of himself."),
        narrator=False,
        canonical=False,
        learned=False,
    )
    assert df.empty


def test_a_poll_for_a_newspaper_is_the_pollsters_and_a_figure_in_apposition():
    df = attributed(
        "According to an Ifop poll for Le Journal du Dimanche published on Sunday, 61% of "
        "voters would approve. The same survey found that a narrow majority of Socialist "
        "voters, 54%, want their deputies to vote for censure."
    )
    assert df.source.tolist()[0] == "Ifop poll"
    assert df.text.tolist()[1].endswith("want their deputies to vote for censure")


def test_a_titled_name_takes_up_the_role_descriptor_and_a_later_she():
    df = attributed(
        "A young driver was spared jail, with a magistrate telling him he had shattered a "
        "family.\n\n"
        "Magistrate Helen Okafor on Thursday sentenced Morris to a community order.\n\n"
        "“No sentence can return Mr Kelly to his family,” the magistrate said.\n\n"
        "Police prosecutor Sergeant David Lowe argued that deterrence should weigh heavily.\n\n"
        "His barrister, Nicholas Petrakis, said his client was remorseful.\n\n"
        "She accepted that the remorse was genuine, but said the choice had been “a choice, not "
        "an accident”."
    )
    assert df.source.tolist() == [
        "Helen Okafor",
        "Helen Okafor",
        "David Lowe",
        "Nicholas Petrakis",
        "Helen Okafor",
        "Helen Okafor",
    ]
    # a titled name with another named speaker in between takes up no descriptor
    a = art(
        "World Bank President Jim Yong Kim welcomed the deal in Paris.\n\n"
        "Obama said the accord would send a signal. The president also said he imagined "
        "a quiet sunset."
    )
    df = statements(a, narrator=False, canonical=False, learned=False)
    assert "Jim Yong Kim" not in df.source.tolist()[1:]


def test_a_statement_read_on_someones_behalf_and_an_answer_after_asked():
    df = attributed(
        "Mr Kelly's brother, Patrick, read a victim impact statement on behalf of the dead "
        "man's wife, Anne, who sat in the front row.\n\n"
        "“You chose a text message over my husband's life,” the statement read.\n\n"
        "Outside court, Patrick Kelly said the family was “bitterly disappointed”.\n\n"
        "Asked whether the family would push for an appeal, the 49-year-old did not hesitate. "
        "“We'll be writing to the DPP on Monday.”"
    )
    assert df[df.text.str.contains("text message")].source.tolist() == ["Anne"]
    assert df[df.text.str.contains("DPP")].source.tolist() == ["Patrick Kelly"]


def test_a_friend_with_a_relative_clause_is_a_person():
    r = one(
        "“It is not too late,” said Terry Gilman, a longtime friend who left the campaign in "
        "October."
    )
    assert (r.source, r.source_type) == ("Terry Gilman", "person")


def test_one_of_a_group_with_a_long_appositive_closes_a_sentence():
    r = one(
        "The deal would see salaries paid from a fund, one of the officials, a Gulf diplomat who "
        "spoke on condition of anonymity because he was not authorized to brief the press, said."
    )
    assert r.source == "one of the officials"
    assert r.text == "The deal would see salaries paid from a fund"


def test_a_copy_of_which_is_an_aside_and_what_critics_somewhere_call():
    r = one(
        "A letter sent last week by the foreign minister, Khaled Basha, to the Security Council, "
        "a copy of which was obtained by the paper, warns that the government “will not be "
        "bound”."
    )
    assert r.source == "Khaled Basha" and r.cue == "warns"
    for learned in (True, "encoder"):
        df = statements(
            art("What critics in Aden call a “separate peace” has been taking shape since 2023."),
            narrator=False,
            canonical=False,
            learned=learned,
        )
        assert df.empty, df[["cue", "text"]]


def test_two_bodies_that_both_say_each_speak():
    df = attributed(
        "The office of the UN envoy for Yemen and the European Union's delegation to Yemen both "
        "said they had been kept informed."
    )
    assert sorted(df.source) == [
        "European Union's delegation to Yemen",
        "office of the UN envoy for Yemen",
    ]
    df = attributed(
        "Both the Southern Weather Center and the city's Steering Committee for Disaster "
        "Prevention and Control warned that heavy rain would continue."
    )
    assert sorted(df.source) == [
        "Southern Weather Center",
        "Steering Committee for Disaster Prevention and Control",
    ]


def test_an_epithet_and_a_she_after_an_aside_on_an_asked_phrase():
    df = attributed(
        "Isaac Bearskin, a band councillor and elder, spoke to CBC News.\n\n"
        "“We drank straight from the lake,” he said.\n\n"
        "The 71-year-old said a nurse had told him the rashes came from the water.\n\n"
        "“The promise was never matched by a plan,” said Carla Dejardin, a researcher.\n\n"
        "Asked whether the community would sue, as other First Nations have done, Lorna "
        "Meeks paused for a long moment.\n\n"
        "“We've talked about it,” she said."
    )
    rows = df[df.via.isna()]
    assert rows.source.tolist() == [
        "Isaac Bearskin",
        "Isaac Bearskin",
        "Carla Dejardin",
        "unknown",
        "Lorna Meeks",
    ]


def test_a_role_of_a_named_body_stays_a_person_with_entity_names():
    a = art(
        "For Lorna Meeks, the worst part is the waiting.\n\n"
        "“They ask me why our water is sick,” the chief of Kashkewan Lake First Nation said."
    )
    r = statements(a, narrator=False, learned=False).iloc[0]
    assert r.source == "chief of Kashkewan Lake First Nation"


def test_a_gerund_after_a_fronted_phrase_and_a_denied_motion():
    df = attributed(
        "In October, US District Judge Margaret Ellis denied Basketly's motion to dismiss, "
        "writing that the fees were “fine print locked in a drawer”."
    )
    assert df[["source", "cue"]].values.tolist() == [["Margaret Ellis", "writing"]]


def test_a_plan_inside_a_trailing_speech_frame_and_per():
    r = one(
        "The Kings have agreed to trade Darnell Whitby to Charlotte, league sources told The "
        "Athletic on Wednesday night."
    )
    assert (r.source, r.cue) == ("league sources", "told")
    assert r.text.startswith("The Kings have agreed")
    r = one("Per sources briefed on the deal, the Kings will also send $2 million to Charlotte.")
    assert (r.source, r.kind) == ("sources briefed on the deal", "according-to")
    assert attributed("Tickets for the final cost $5 per person.").empty
    # people with knowledge of something are several: no "he" for them
    df = attributed(
        "The 31-year-old guard Darnell Whitby asked for a trade in December, according to "
        "people with knowledge of the request, though he publicly denied that he wanted out."
    )
    assert df[df.cue == "denied"].source.tolist() == ["Darnell Whitby"]


def test_a_gerund_takes_the_named_subject_of_the_nearest_clause():
    df = attributed(
        "The deal comes five months after U.S. District Judge Margaret Ellis denied Basketly's "
        "motion to dismiss, writing in an October order that the disclosures were “fine print "
        "locked in a drawer.”"
    )
    assert df[["source", "cue"]].values.tolist() == [["Margaret Ellis", "writing"]]


def test_entity_names_keep_a_possessor_and_a_name_cut_at_its_apostrophe():
    a = art(
        "The Delhi Metro Commuters' Forum warned that the hike could push riders back to "
        "buses.\n\n"
        "Oman's Foreign Ministry, in a brief statement, said the talks had been positive. "
        "Saudi Arabia's Foreign Ministry said they would go on."
    )
    df = statements(a, narrator=False, learned=False)
    assert df.source.tolist() == [
        "Delhi Metro Commuters' Forum",
        "Oman's Foreign Ministry",
        "Saudi Arabia's Foreign Ministry",
    ]


# ----------------------------------------------- round 30 (fourteenth session): unseen styles
def test_a_document_as_the_frame_after_a_quote_and_according_to_figures():
    df = attributed(
        "The ombudsman's report was published on Wednesday.\n\n"
        "“This is not a story about one bad contractor,” the report states. “It is a story "
        "about a landlord.”\n\n"
        "More than 1,900 homes had an open complaint, according to figures obtained by the "
        "Guardian under freedom of information laws."
    )
    assert df.source.tolist() == ["report", "report", "figures"]
    # a norm is still no source
    a = art("The prisoners were treated according to international law.")
    assert statements(a, narrator=False, canonical=False, learned=False).empty


def test_an_appositive_on_a_place_and_a_seat_with_and():
    r = one(
        "Tenants on the estate, six tower blocks built in the late 1960s, said black mould had "
        "crept across the ceilings."
    )
    assert r.source == "Tenants on the estate"
    df = attributed(
        "The local MP, Daniel Whitlow, has been less forgiving. In a letter to the housing "
        "secretary, the Liberal Democrat MP for Brackwell and Deptford Vale said the "
        "government should send in commissioners."
    )
    assert df.source.tolist() == ["Daniel Whitlow"]


def test_the_former_and_the_latter_after_a_second_mention():
    df = attributed(
        "“This was not a one-off lapse,” said DPP Tan.\n\n"
        "“He is not a mastermind,” said Mr Seah.\n\n"
        "DPP Tan and Mr Seah also differed on the plea. The former said it had come only after "
        "the evidence became “overwhelming”, while the latter maintained that his client had "
        "cooperated fully."
    )
    assert df.cue.tolist()[-2:] == ["said", "maintained"]
    assert df.source.tolist()[-2] in ("DPP Tan", "Tan")
    assert df.source.tolist()[-1] == "Seah"


def test_advice_to_the_public_and_they_after_it():
    df = attributed(
        "An advisory issued by the police in February said that syndicates were recruiting.\n\n"
        "The police advised members of the public never to sell their bank accounts. They "
        "warned that those who do so could be prosecuted."
    )
    assert df.source.tolist() == ["advisory issued by the police in February", "police", "police"]


def test_a_name_of_a_party_after_a_modifier_is_no_speaker():
    df = attributed(
        "Economy and Energy Minister Katja Reinholt of the conservative Christian Democrats "
        "(CDU) confirmed the plans.\n\n"
        "Environment Minister Lars Hoffmann of the center-left Social Democrats (SPD), the "
        "junior partner in the coalition, said his ministry had not yet signed off. Reinholt, "
        "by contrast, worked in industry. He warned that any weakening would have to be offset."
    )
    assert df.source.tolist() == ["Katja Reinholt", "Lars Hoffmann", "Lars Hoffmann"]
    # a lawsuit is no modifier: "Lynch" stays the speaker
    # ("… the lawsuit Lynch announced the same day": a time, no content, so no statement)
    r = one("The department responded with the lawsuit Lynch announced would be filed in court.")
    assert r.source == "Lynch"


def test_a_place_is_no_short_name_for_a_body_named_after_it_and_it_for_a_draft():
    df = attributed(
        "The far-right Alternative for Germany argued that the draft did not go far enough.\n\n"
        "Germany said the plan would go ahead."
    )
    assert df.source.tolist()[-1] == "Germany"
    df = attributed(
        "The 94-page draft states that the rule will be replaced by a target. It also proposes "
        "ending the obligation for municipalities."
    )
    assert df.source.tolist() == ["94-page draft", "94-page draft"]


def test_opposing_lines_and_what_a_tabloid_called_are_no_statements():
    for learned in (False, True, "encoder"):
        df = statements(
            art(
                "Two lawmakers, Ayla Demir and Jonas Feld, took opposing lines.\n\n"
                "It has been a lightning rod since 2023, when the tabloid Bild ran a campaign "
                "against what it called the “heating hammer.” Sales fell."
            ),
            narrator=False,
            canonical=False,
            learned=learned,
        )
        assert df.empty, (learned, df[["cue", "text"]])


def test_a_foreign_minister_is_no_defence_minister_for_a_titled_name():
    df = attributed(
        "Magistrate Helen Okafor heard the case.\n\n"
        "The defence minister said the border would stay closed. “We will not negotiate,” said "
        "the foreign minister, Ali Bakr."
    )
    assert df.source.tolist() == ["defence minister", "Ali Bakr"]


def test_the_former_after_a_business_name_and_a_survey_for_a_charity():
    df = attributed(
        "Its two largest shareholders, asset manager Calder Investors and the Hallam Pension "
        "Trust, together hold 19% of the company. The former said in a statement that it would "
        "vote in favour of the deal."
    )
    assert df.source.tolist() == ["Calder Investors"]
    r = one(
        "According to figures from a survey of 2,400 parents carried out for the charity Parents "
        "Together UK, 71% support a full ban."
    )
    assert "Parents Together" not in r.source and "survey" in r.source


def test_an_outlet_that_understands():
    r = one("BBC Sport understands the board was split over whether to act immediately.")
    assert (r.source, r.cue) == ("BBC Sport", "understands")
    a = art("He understands the problem well.")
    assert statements(a, narrator=False, canonical=False, learned=False).empty


# ----------------------------------------------- round 31 (fourteenth session): unseen styles
def test_a_quote_said_after_reporters_asked_someone_is_theirs():
    df = attributed(
        "Senator Tom Whaley asked about the budget.\n\n"
        "After the hearing, reporters asked Vance whether he still had confidence in the "
        "administrator.\n\n"
        "“I do. She inherited this, and she is fixing it,” he said."
    )
    assert df[df.kind == "direct"].source.tolist() == ["Vance"]


def test_an_epithet_subject_is_no_new_person_for_he():
    df = attributed(
        "Callum Reyes said he nearly walked away from acting.\n\n"
        "The Welshman, who first came to prominence in a BBC series, went on to praise his "
        "co-star. He said she had nearly quit too."
    )
    assert df[df.cue == "said"].source.tolist() == ["Callum Reyes", "Callum Reyes"]


def test_late_and_a_weekday_possessive_open_a_content():
    r = one("But the report warned that late and unpaid wages remain the most common grievance.")
    assert r.text.startswith("late and unpaid wages")
    r = one("Eko Prasetyo said Tuesday's eruption appeared to have been triggered by a collapse.")
    assert r.text.startswith("Tuesday's eruption")
    r = one("Obama agreed late last year to extend the tax cuts.")
    assert r.text == "to extend the tax cuts"


def test_a_clause_with_a_figure_after_according_to_is_the_content():
    r = one(
        "According to the ILO report, the wage system now covers 96 percent of eligible workers, "
        "up from 73 percent in 2021."
    )
    assert r.text.startswith("the wage system now covers")


def test_the_former_and_the_latter_after_two_bare_surnames():
    df = attributed(
        "Devon Rangi's unbeaten 87 and Kieran Hona's six for 48 won the match.\n\n"
        "Rangi and Hona were named joint players of the match. The former said the pitch had "
        "“flattened out beautifully”; the latter told Sky Sports he was “still shaking”."
    )
    assert df.source.tolist()[-2:] in (["Rangi", "Hona"], ["Devon Rangi", "Kieran Hona"])


# ------------------------------------------------------------------------------- round 32


@pytest.mark.parametrize(
    "subject",
    [
        "France's trade minister, Marie Delorme, and Spain's farm minister, Iker Zubiri, both",
        "The trade minister, Marie Delorme, and the farm minister, Iker Zubiri,",
        "Marie Delorme, France's trade minister, and Iker Zubiri, Spain's farm minister,",
    ],
)
def test_two_people_each_with_a_role_both_speak(subject):
    df = attributed(f"{subject} said they had not been consulted on the new quota.")
    assert sorted(df.source) == ["Iker Zubiri", "Marie Delorme"]
    assert set(df.text) == {"they had not been consulted on the new quota"}


def test_two_places_with_appositives_are_no_pair_of_speakers():
    df = attributed(
        "The village, Little Harrow, and the town, Great Harrow, said they would merge."
    )
    assert "Little Harrow" not in set(df.source)


def test_it_after_a_company_named_like_a_person():
    # the text gives "Harada Kogyo" as a company ("Harada Kogyo Ltd."), so "It" is the
    # company opening the sentence before, not the report of the paragraph before that
    df = attributed(
        "Shares of Harada Kogyo Ltd. fell 12 percent on Tuesday.\n\n"
        "The audit report said the practice began in 2015.\n\n"
        "Harada Kogyo makes gearboxes for farm machinery. It said about 30,000 units may be "
        "affected."
    )
    assert df[df.text.str.startswith("about 30,000")].source.tolist() == ["Harada Kogyo"]


def test_it_after_a_person_is_no_company():
    df = attributed(
        "The audit report said the practice began in 2015.\n\n"
        "Kenji Harada runs the plant in Kariya. It said about 30,000 units may be affected."
    )
    assert df[df.text.str.startswith("about 30,000")].source.tolist() != ["Kenji Harada"]


def test_a_gerund_after_a_preposition_object_is_not_that_object_s():
    df = attributed(
        "Hundreds of cattle farmers from villages around the new reservoir in the northern "
        "region have blocked the main highway since March 3, accusing the water board of "
        "stealing their grazing land."
    )
    assert "March 3" not in set(df.source)


def test_who_after_a_place_in_an_appositive_is_the_named_person():
    df = attributed(
        "Among the protesters was Thandiwe Mokoena, a 58-year-old cleaner from Soshanguve, who "
        "said she had not had running water since June."
    )
    assert df.source.tolist() == ["Thandiwe Mokoena"]
    df = attributed(
        "Among the protesters was a 58-year-old cleaner from Soshanguve, who said she had not "
        "had running water since June."
    )
    assert "Soshanguve" not in set(df.source)


def test_an_epithet_after_a_name_with_a_long_relative_clause():
    df = attributed(
        "Pieter Swanepoel, who served as chief engineer from 2016 until his dismissal in 2022, was "
        "giving evidence for a second day.\n\n"
        "“I signed what was put in front of me,” the 61-year-old told the panel."
    )
    assert df.source.tolist() == ["Pieter Swanepoel"]


def test_the_one_asked_replies_not_the_asker():
    df = attributed(
        "Under questioning by evidence leader Erasmus SC, Naledi Khumalo said the invoices had "
        "been approved by her deputy.\n\n"
        "“So you never checked a single invoice?” Erasmus asked.\n\n"
        "“Not personally, no,” she replied."
    )
    assert df[df.cue == "replied"].source.tolist() == ["Naledi Khumalo"]


def test_placards_inside_a_narrated_clause_are_no_statement():
    text = (
        "Outside the court, about 30 parents held placards reading “Our children, our schools” "
        "and “Reopen Hillview now”."
    )
    for learned in (False, True):
        assert attributed(text, learned=learned).empty


def test_section_labels_and_bullets_name_no_speaker():
    df = attributed(
        "Why it matters: Hospitals are short of nurses.\n\n"
        "What they're saying: “We cannot staff the night shifts,” chief nurse Alma Ruiz tells "
        "Axios.\n\n"
        "• “Nobody wants these hours,” she adds.\n\n"
        "• “Pay is the whole story,” says Tomasz Wrona, a union organiser in Ohio."
    )
    assert df.source.tolist() == ["Alma Ruiz", "Alma Ruiz", "Tomasz Wrona"]
    assert df.text.tolist()[0] == "“We cannot staff the night shifts,”"


QA_TEXT = (
    "Anneliese Brandt has run the Oberau dairy cooperative for eleven years.\n\n"
    "Brandt sat down with the Gazette at the cooperative's office on Monday. The interview has "
    "been edited for length.\n\n"
    "When did you see the price collapse coming?\n\n"
    "Last spring. We were selling below cost by May, and I told the board we had a year, not "
    "more.\n\n"
    "Have you asked the ministry for help?\n\n"
    "Twice. The first time, nobody answered. The second time, an official called me and said "
    "the fund was closed.\n\n"
    "Some of your members say you waited too long.\n\n"
    "Let them say it. My door has been open every day.\n\n"
    "What would you tell younger farmers?\n\n"
    "Keep your own books.\n\n"
    "After the interview, the cooperative's board met for three hours behind closed doors."
)


def test_an_interview_with_unquoted_answers():
    df = attributed(QA_TEXT)
    answers = df[df.method == "interview-answer"]
    assert answers.text.str[:12].tolist() == [
        "Last spring.",
        "Twice. The f",
        "Let them say",
        "Keep your ow",
    ]
    assert set(answers.source) == {"Anneliese Brandt"}
    # the interviewer's lines and the narration after the interview are no answers
    assert not df.text.str.contains("What would you tell|After the interview").any()
    # "I told the board" is the interviewee's, not the outlet's
    told = df[df.cue == "told"]
    assert told.source.tolist() == ["Anneliese Brandt"]


def test_an_explainer_with_question_headings_is_no_interview():
    text = (
        "The council will vote on the new bus routes next week.\n\n"
        "What happens next?\n\n"
        "The council meets on Friday and the routes start in March.\n\n"
        "Who is affected?\n\n"
        "About 40,000 riders use the three lines that will change.\n\n"
        "Why does it matter?\n\n"
        "The routes have not changed since 1998."
    )
    assert not (attributed(text).method == "interview-answer").any()


def test_an_undersecretary_is_a_title_and_a_husband_a_man():
    df = attributed(
        "Undersecretary Ernesto Galvez said on the radio that heads would roll.\n\n"
        "My husband asked me to stop. “This is a scandal,” she says in the clip."
    )
    assert df.source.tolist()[0] == "Ernesto Galvez"
    assert df[df.cue == "says"].source.tolist() != ["My husband"]


def test_a_fronted_clause_is_no_subject():
    df = attributed(
        "After I went public, pages on Facebook started calling me a liar. After the second "
        "letter, the district engineer called me and said the project was closed."
    )
    assert not df.source.str.startswith("After").any()
    assert df[df.cue == "said"].source.tolist() == ["district engineer"]


def test_a_filing_to_a_body_is_not_that_body():
    df = statements(
        art(
            "Fenwick Holdings reported a 12% fall in profit, according to a filing to the "
            "Shenzhen Stock Exchange on Tuesday."
        ),
        narrator=False,
    )
    assert "Shenzhen Stock Exchange" not in set(df.source)


def test_the_former_after_a_leading_time_phrase():
    df = attributed(
        "Its spokesman, Joan Ferrer, said the vote was close.\n\n"
        "Ferrer and Lucía Torre have clashed repeatedly. Last month the former accused the "
        "latter of lying to parliament."
    )
    assert df[df.cue == "accused"].source.tolist() == ["Joan Ferrer"]


def test_a_long_role_appositive_without_article_before_he():
    df = attributed(
        "The owners were unhappy.\n\n"
        "A study by the central bank found that rents had fallen.\n\n"
        "Fernando de Borja Sanz, president of the Valencian Association of Property Owners, was "
        "blunter. “This is an expropriation,” he told a news agency."
    )
    assert df[df.cue == "told"].source.tolist() == ["Fernando de Borja Sanz"]


def test_a_gerund_after_a_verb_with_an_object_is_the_subject_s():
    df = attributed(
        "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling "
        "him “a total stiff.”"
    )
    assert df.source.tolist() == ["Trump"]


def test_a_relay_in_the_second_of_two_coordinated_clauses():
    df = attributed(
        "Naledi Khumalo testified that the former director Pieter Swanepoel had brought the "
        "invoices to her office on a Friday afternoon in May and had told her the auditors were "
        "“breathing down our necks”."
    )
    relayed = df[df.via == "Naledi Khumalo"]
    assert relayed.source.tolist() == ["Pieter Swanepoel"]
    assert relayed.text.iloc[0].startswith("the auditors were")


def test_a_quoted_he_said_passes_on_the_person_just_relayed():
    df = attributed(
        "Naledi Khumalo said the former director Pieter Swanepoel had told her the money "
        "would be lost.\n\n"
        "“He said, ‘Naledi, if we don’t pay this week, we lose the money.’ Those were his "
        "words,” she said."
    )
    inner = df[df.text.str.startswith("‘Naledi")]
    assert inner.source.tolist() == ["Pieter Swanepoel"]
    assert inner.via.tolist() == ["Naledi Khumalo"]


def test_adverbs_before_the_cue_after_a_fronted_phrase_are_no_part_of_the_subject():
    df = attributed(
        "At the news conference, Manafort all but begged reporters to ask him about something else."
    )
    assert df.source.tolist() == ["Manafort"]


def test_according_to_one_bare_name_is_a_body_not_a_later_he():
    df = attributed(
        "Harlow Town have scored 14 goals from corners this season, according to Opta.\n\n"
        "“I’m happy here,” he said when asked about his future."
    )
    assert df[df.cue == "according to"].source_type.tolist() == ["organisation"]
    assert df[df.cue == "said"].source.tolist() != ["Opta"]
    # a person the text names in full stays a person
    df = attributed(
        "Maria Lopez runs the clinic. Waiting times fell by a third, according to Lopez."
    )
    assert df[df.cue == "according to"].source_type.tolist() == ["person"]


# ------------------------------------------------------------------------------- round 33


def test_a_quote_before_a_document_quoting_someone_as_saying():
    df = attributed(
        "“Investing in them is investing in our own security,” the ministry's statement quoted "
        "State Secretary for Defence Pieter de Wit as saying."
    )
    assert df.source.tolist() == ["Pieter de Wit"]
    assert df.text.tolist() == ["“Investing in them is investing in our own security,”"]
    assert "statement" in df.via.iloc[0]


def test_a_video_address_is_a_channel_not_a_content():
    df = attributed(
        "Power has been restored to half of the homes cut off by the strike, Yurii Korchak, "
        "head of the city administration, said in a video address."
    )
    assert df.text.tolist() == [
        "Power has been restored to half of the homes cut off by the strike"
    ]
    assert df.channel.tolist() == ["video"]


def test_a_business_named_by_its_trade_is_an_it():
    df = attributed(
        "Local officials claimed the fire was minor.\n\n"
        "Grid operator Ukrenergo said the attack had damaged a substation. It warned that "
        "outages could follow on Monday."
    )
    assert df[df.cue == "warned"].source.tolist() == ["Ukrenergo"]
    assert df[df.cue == "warned"].source_type.tolist() == ["organisation"]


def test_a_named_spokesperson_for_the_group_keeps_his_name():
    df = attributed(
        "The army's eastern group of forces denied that its units had been surrounded.\n\n"
        "“Our positions are held,” Maj. Petro Hrytsenko, a spokesperson for the group, told "
        "reporters."
    )
    assert df[df.cue == "told"].source.tolist() == ["Petro Hrytsenko"]


def test_a_closing_the_study_found_takes_the_sentence():
    df = attributed(
        "Farm workers in the valley showed signs of kidney strain after the hottest weeks of "
        "2024, a study by university researchers has found."
    )
    assert df.cue.tolist() == ["found"]
    assert df.text.iloc[0].startswith("Farm workers in the valley showed")


def test_the_former_of_two_roles_and_its_gerund():
    df = attributed(
        "The secretary told the committee that funds were short.\n\n"
        "Both the dam authority member and the secretary were asked to respond. The former "
        "denied that compensation was pending, saying most of it had been paid."
    )
    assert df[df.cue.isin(["denied", "saying"])].source.tolist() == [
        "dam authority member",
        "dam authority member",
    ]


OBITUARY = (
    "Maria Alves, the architect who rebuilt the tenements of La Boca, dies at 88\n\n"
    "Maria Alves, the Brazilian-born architect whose courtyard housing became a model across "
    "Latin America, died on Sunday in Buenos Aires. She was 88.\n\n"
    "Her son, Tomás Alves Braga, said in a statement that she died at home.\n\n"
    "Alves spent two years visiting the tenements before she drew a single line.\n\n"
    "“I did not want to design for the poor. I wanted to design with them,” she told a "
    "newspaper in 1994."
)


def test_an_obituary_s_she_is_the_person_it_is_about():
    df = attributed(OBITUARY)
    assert df[df.cue == "told"].source.tolist() == ["Maria Alves"]


def test_her_son_is_a_man():
    # a guard for the possessor dropped before the gender words (passes before and after)
    from toolkit.sources import _gender

    assert _gender("Her son, Tomás Braga", "Tomás Braga") == "m"
    assert _gender("his wife", "his wife") == "f"


TRANSCRIPT = (
    "Tran Thi Lan runs the packaging plant. She spoke with the Gazette about the expansion.\n\n"
    "Q: Will your customers stay?\n\n"
    "Lan: One of our Korean customers told me last year, “We came for the cost, we will stay "
    "for the people.” I think about that every week.\n\n"
    "Q: Who taught you the trade?\n\n"
    "Lan: My mother, Le Thi Sau, sold noodles for 30 years. She told me, “Whatever you do, do it "
    "so well that nobody can ignore it.”\n\n"
    "If a worker finds a problem, I want to hear it first."
)


def test_words_passed_on_inside_a_transcript_answer():
    df = attributed(TRANSCRIPT)
    inner = df[df.cue == "told"]
    assert inner.source.tolist() == ["One of our Korean customers", "Le Thi Sau"]
    assert set(inner.via) == {"Lan"}
    # the answer's own "I want" after it is the interviewee's, not the writer's
    assert df[df.cue == "want"].source.tolist() == ["Lan"]
    # a question's premises stay the interviewer's line
    assert not (df.via == "Gazette").any()


def test_a_habit_of_saying():
    df = attributed(
        "The chairman spoke.\n\nMr. Phuc likes to say that a company should list at home.",
        learned=False,
    )
    assert df.source.tolist() == ["Phuc"]
    assert df.text.tolist() == ["a company should list at home"]


def test_a_closing_records_show_keeps_an_inner_agreement():
    # a guard for the closing "…, the study found" (it passes before and after that fix)
    df = attributed(
        "A company controlled by Paul Allen had bought the plane in 1995.\n\n"
        "He agreed to sell it to Mr. Trump in 2010, records show."
    )
    assert df[df.cue == "agreed"].source.tolist() == ["Paul Allen"]


# ------------------------------------------------------------------------------- round 34


def test_writers_named_after_in_the_paper_speak_for_it():
    df = attributed(
        "In the report, the auditors wrote that the payroll system, which was installed in "
        "2019 without a tender, “cannot be relied on for pension calculations”.",
        learned=False,
    )
    assert df.source.tolist() == ["auditors"]
    # the relative clause on the content's subject closes before the quoted verb
    assert df.text.iloc[0].startswith("the payroll system, which was installed")
    assert df.text.iloc[0].endswith("pension calculations”")


def test_two_titled_surnames_both_speak():
    df = attributed(
        "Dr Okafor and Prof Brandt said the trial would resume in April.", learned=False
    )
    assert sorted(df.source) == ["Brandt", "Okafor"]
    # a body's name with "and" before a role stays one speaker
    df = attributed(
        "Fisheries and Oceans Canada biologist Ana Ruiz said the stock was recovering.",
        learned=False,
    )
    assert df.source.tolist() == ["Ana Ruiz"]


def test_a_she_after_a_man_resolved_by_his_he():
    df = attributed(
        "Professor Ingrid Solberg led the survey. Professor Solberg said the ice had thinned.\n\n"
        "Dr Bao Quoc Tran, a co-author, said the team had been cautious. “We checked it twice,” "
        "he said.\n\n"
        "She added that more flights were planned.",
        learned=False,
    )
    assert df[df.cue == "added"].source.str.endswith("Solberg").tolist() == [True]


def test_a_surname_with_a_particle_keeps_the_given_names_gender():
    # "Van der Berg" is "Pieter van der Berg" (a man's name), so a later "she" is someone else
    df = attributed(
        "Prof. Pieter van der Berg has led the lab since 2009.\n\n"
        "In a statement, Van der Berg denied any wrongdoing.\n\n"
        "The case began when a technician raised concerns. Speaking on condition of anonymity, "
        "she said the images had been altered.",
        learned=False,
    )
    she = df[df.text.str.startswith("the images")]
    assert len(she) == 1
    assert "Berg" not in she.source.iloc[0]


def test_an_audience_with_a_slash_in_its_name():
    df = attributed(
        "Thousands of farmers blocked the main highway into the capital on Monday to protest a "
        "cut in grain subsidies, organisers told RFE/RL's Tajik Service, in the largest protest "
        "in the country in a decade.",
        learned=False,
    )
    assert df.source.tolist() == ["organisers"]
    assert df.text.iloc[0].startswith("Thousands of farmers blocked")
    assert df.reported_to.iloc[0].startswith("RFE/RL")


def test_shouted_questions_and_a_trial_claimed_are_no_statements():
    df = attributed(
        "The governor left the stage early. Several people in the hall shouted questions about "
        "his new helicopter.\n\n"
        "The former mayor was charged in March with three counts of graft. He has claimed trial.",
        learned=False,
    )
    assert df.empty


def test_a_witness_questioned_is_no_statement():
    df = attributed(
        "Defence counsel Amarjit Kaur questioned the witness at length about his gambling debts.",
        learned=False,
    )
    assert df.empty


def test_an_employee_of_a_body_is_not_that_body():
    df = attributed(
        "A current employee of the Department of Water Resources, who spoke on condition of "
        "anonymity, said staff had long understood the reservoir to be “untouchable.” “Nobody "
        "wanted to be the one to drain it,” the employee said.\n\n"
        "In a written statement, the Department of Water Resources said it reviews every dam "
        "each year.",
        learned=False,
    )
    assert df.source.tolist() == [
        "current employee of the Department of Water Resources",
        "current employee of the Department of Water Resources",
        "Department of Water Resources",
    ]


def test_a_participle_naming_a_place_after_a_person():
    df = attributed(
        "Last spring, a county inspector visiting the Millbrook Tannery in Upper Darby found "
        "drums leaking into the creek. She wrote in her inspection report that the site posed "
        "“an imminent risk.”",
        learned=False,
    )
    assert df.source.tolist() == ["county inspector", "county inspector"]
    # the channel before "that" is no part of the content
    assert df.text.iloc[1].startswith("the site posed")


def test_a_name_between_a_role_and_an_appositive_role():
    df = attributed(
        "Her manager, Colin Ferreira, then head of the city's Parks Department, replied the next "
        "day that the request was “out of scope.”",
        learned=False,
    )
    assert df.source.tolist() == ["Colin Ferreira"]
    assert df.text.iloc[0].startswith("the request")
    # a time that is the content's own subject stays in it
    df = attributed("The forecaster said the next morning would bring snow.", learned=False)
    assert df.text.tolist() == ["the next morning would bring snow"]


def test_a_dated_message_from_a_person():
    df = attributed(
        "The witness testified for three hours about the payments.\n\n"
        "A text message from Okonjo to the witness dated May 9, 2022, which was shown in court, "
        "said: “Bring it to the usual place.”",
        learned=False,
    )
    assert df.source.tolist() == ["Okonjo"]


def test_a_named_persons_claim_passed_on_without_that():
    df = attributed(
        "Sgt. Lena Marsh testified that she stopped the van at a checkpoint in June.\n\n"
        "She said Petrov claimed the cash was from the sale of a boat.",
        learned=False,
    )
    inner = df[df.source == "Petrov"]
    assert inner.text.tolist() == ["the cash was from the sale of a boat"]
    assert inner.via.tolist() == ["Lena Marsh"]


def test_a_third_party_inside_a_quote_is_passed_on():
    df = attributed(
        "Her brother, Daniyar, said he had not heard from her since Friday. “Her phone is off. "
        "The prosecutor told us she is ‘helping the inquiry,’ nothing more,” he said.\n\n"
        "“I left the envelope in the car. Bekov said it was safer that way because nobody "
        "searches a hearse,” the driver said.",
        learned=False,
    )
    relayed = df[df.method == "quote-relayed"]
    assert relayed.source.tolist() == ["prosecutor", "Bekov"]
    assert relayed.via.tolist() == ["Daniyar", "driver"]
    assert relayed.text.iloc[1] == "it was safer that way because nobody searches a hearse"
    # the quote's own speaker is not the person it names
    assert df[df.text.str.startswith("“I left")].source.tolist() == ["driver"]
    # the speaker's own "I said" or a pronoun is no third party
    df = attributed("“I’ve said many times that I would back the nominee,” Grassley said.")
    assert not (df.method == "quote-relayed").any()


def test_a_story_told_by_numbers_and_a_topic_written_about():
    df = attributed(
        "The statistics told the story of a side that would not give up.\n\n"
        "Dr Anneke Visser-de Boer has written about that fatigue in a blog her colleagues read.",
        learned=False,
    )
    assert df.empty


def test_a_venue_between_reports_and_that():
    df = attributed(
        "Chemists have tried for decades. Now a group of researchers in Chile reports in Science "
        "that a fungal enzyme can split the polymer at room temperature.",
        learned=False,
    )
    assert df.source.tolist() == ["group of researchers in Chile"]
    assert df.text.iloc[0].startswith("a fungal enzyme")


def test_a_reason_inside_a_relative_clause_on_the_subject():
    df = attributed(
        "Tenants gathered outside on Sunday. A tenant who asked not to be named because he feared "
        "eviction told the Courier he had reported the leak three times.",
        learned=False,
    )
    assert df.source.tolist() == ["tenant"]
    assert df.text.iloc[0].startswith("he had reported the leak")


def test_a_hyphenated_name_with_a_particle_is_a_persons_name():
    df = attributed(
        "Dr Saskia Visser-de Boer has run the island's clinic since 2017. “It is lonely,” she "
        "says.\n\n"
        "“We need a second doctor,” said the mayor, Helga Stavrou.\n\n"
        "The association has been blunter. In a letter to the minister, it warned that the "
        "system was failing.\n\n"
        "Visser-de Boer trained in Leiden. She told a radio station last year that she gets "
        "letters from students.",
        learned=False,
    )
    told = df[df.cue == "told"]
    assert told.source.str.endswith("Visser-de Boer").tolist() == [True]


def test_a_named_mans_words_opening_her_quote():
    df = attributed(
        "Dr Ilse Maren Strand took the island posting in 2016. She says she came partly because "
        "of a promise to her old professor, the late Karl Brenner.\n\n"
        "“He told me, ‘Anybody can be a good doctor in a big hospital. Go where you are the only "
        "one,’” she recalls.",
        learned=False,
    )
    inner = df[df.via.fillna("").str.endswith("Strand")]
    assert inner.source.str.endswith("Brenner").tolist() == [True]
    assert inner.text.iloc[0].startswith("‘Anybody can be")
    # mid-quote, a "he" may be someone the quote names: no one is guessed
    df = attributed(
        "Okafor sold the devices for a year.\n\n"
        "“One of the buyers laughed at me. He said, ‘We don’t even sell medical devices,’” "
        "Okafor said.",
        learned=False,
    )
    assert df.source.tolist() == ["Okafor"]


def test_a_translated_he_said_opening_a_quote():
    df = attributed(
        "Ahmed Karimi, 80, who lived on the ground floor, speaks little English. His "
        "granddaughter, Sara Karimi-Holt, translated for him.\n\n"
        "“He said he woke to the smell of smoke and crawled to the door,” she said.",
        learned=False,
    )
    inner = df[df.method == "quote-relayed"]
    assert inner.source.tolist() == ["Ahmed Karimi"]
    assert inner.via.tolist() == ["Sara Karimi-Holt"]
    assert inner.text.iloc[0].startswith("he woke to the smell")
    # no one named just before: the quote stays the speaker's alone
    df = attributed(
        "Residents gathered on the pavement.\n\n"
        "“He said he had never seen anything like it,” said Maria Lopes, a neighbour.",
        learned=False,
    )
    assert not (df.method == "quote-relayed").any()


def test_the_person_a_recollection_is_about_speaks_after_and_said():
    df = attributed(
        "Ortega-Lind ran the lab for a decade. She recalled that a technician on the night "
        "shift, Bilal Haddad, burst into the control room and said: “The sample is glowing.”",
        learned=False,
    )
    said = df[df.cue == "said"]
    assert said.source.tolist() == ["Bilal Haddad"]
    assert said.via.tolist() == ["Ortega-Lind"]
    # a recollection of events without a person opening it keeps the speaker
    df = attributed(
        "Dr Sato led the team. She recalled that the results came in late and said the team had "
        "been lucky.",
        learned=False,
    )
    assert df.source.tolist() == ["Sato", "Sato"]


def test_an_office_named_general_is_no_persons_name():
    df = attributed(
        "The opposition spokesperson, Mr Athumani Said Kombo, accused the government of "
        "protecting importers. He quoted a 2023 report by the Controller and Auditor General "
        "(CAG) as saying that “only 11 of the 48 enforcement patrols” had been carried out.\n\n"
        "The Attorney General said the fines were lawful.",
        learned=False,
    )
    assert "General" not in df.source.tolist()
    assert df[df.cue == "said"].source.tolist() == ["Attorney General"]
    assert any("Auditor General" in s for s in df.source)


def test_a_failing_pass_keeps_the_statements(monkeypatch):
    # a refinement pass that breaks on odd text loses its refinement, not the article
    import toolkit.sources as sources_module

    def broken(self):
        raise IndexError("list index out of range")

    monkeypatch.setattr(sources_module._Engine, "merge_aliases", broken)
    art = Article.from_text(
        "Hospital director Amina Yusuf said the ward would reopen on Monday.",
        id="odd",
        published="2025-03-01",
    )
    df = toolkit.statements(art, learned=False, narrator=False)
    assert df.source.tolist() == ["Amina Yusuf"]
    issues = sources_module._analyse(art, True, False)[1]
    assert any("merge_aliases failed" in msg for _, msg in issues)


def test_a_radio_programme_is_a_channel_not_content():
    df = attributed(
        "The minister spoke on Tuesday. “The islands belong to everyone,” she said on the "
        "morning programme “Agenda Azul”.",
        learned=False,
    )
    assert df.kind.tolist() == ["direct"]
    assert df.channel.tolist() == ["programme"]


def test_a_relative_clause_on_the_outlet_told():
    df = attributed(
        "The ministry was angry. A spokesman, Paolo Venturi-Sala, told Il Sole 24 Ore, which "
        "first reported the dispute, that the minister had learned of the fee from the papers.",
        learned=False,
    )
    assert df.source.tolist() == ["Paolo Venturi-Sala"]
    assert df.text.iloc[0].startswith("the minister had learned")


def test_a_protagonist_after_a_dateline_and_two_opening_phrases():
    df = attributed(
        "PINE RIDGE STATION -- At six every morning, before the kettle boils and before the fog "
        "lifts off the valley, Ruth Okonkwo-Hale climbs the tower stairs.\n\n"
        "Most days there is nothing. Some days there is, and then the 68-year-old reaches for "
        "the radio.\n\n"
        "“People think this job is about fire. It is about paying attention,” she says.",
        learned=False,
    )
    assert df.source.tolist() == ["Ruth Okonkwo-Hale"]


def test_degrees_after_a_name_are_no_source():
    df = attributed(
        "Discussing the trial, Amara Nwosu-Lind, MBBS, PhD, of King's College London, called "
        "the results “a real advance” for patients.\n\n"
        "Relapse rates fell by a third at 12 months, reported Tomasz Wierzbicki, MD, PhD, of "
        "the Medical University of Warsaw, at the European Respiratory Society Congress.",
        learned=False,
    )
    assert df.source.tolist() == ["Amara Nwosu-Lind", "Tomasz Wierzbicki"]


def test_a_second_relative_clause_on_the_subject():
    df = attributed(
        "Pricing was not disclosed. An analyst who covers the sector for a Swiss bank, and who "
        "asked not to be named for that reason, said the launch price would decide everything.",
        learned=False,
    )
    assert df.source.tolist() == ["analyst"]


def test_a_paper_is_no_she():
    df = attributed(
        "Dr Nadia Farouk-Weiss of Leiden University led the study. According to the Lancet "
        "paper, mild reactions occurred in 4% of patients.\n\n"
        "She cautioned that the follow-up had been short.",
        learned=False,
    )
    assert df[df.cue == "cautioned"].source.str.endswith("Farouk-Weiss").tolist() == [True]


def test_a_memo_that_was_obtained_is_no_content():
    df = attributed(
        "Korvel is cutting about 300 jobs and closing its Leeds plant, chief executive Mira "
        "Asante told staff in a memo on Monday that was obtained by the Courier.\n\n"
        "The board said in a letter that was seen by Reuters that it backed the plan.",
        learned=False,
    )
    assert df.source.tolist() == ["Mira Asante", "board"]
    assert df.text.iloc[0].startswith("Korvel is cutting")
    assert df.text.iloc[1] == "it backed the plan"


def test_an_entry_in_a_guest_book_is_no_she():
    df = attributed(
        "Ruth Okafor-Lind has kept the lighthouse for 20 years. “It is home,” she says.\n\n"
        "One entry in the visitors' book reads: “Thank you for the light.”\n\n"
        "“I will miss it,” she says finally.",
        learned=False,
    )
    assert df[df.text.str.startswith("“I will")].source.str.endswith("Okafor-Lind").tolist() == [
        True
    ]


def test_members_named_with_seat_and_party_tags():
    df = attributed(
        "The Bill passed after a long debate.\n\n"
        "The Member for Kilwa, Mr Juma Said Mketo (CCM), broke ranks, warning that the fines "
        "would “ruin” coastal villages. “Where will a fisherman find the money?” he said.\n\n"
        "The opposition spokesperson, Mr Ally Hamisi Kombo (Mtwara, ACT Wazalendo), accused the "
        "government of ignoring the importers.\n\n"
        "READ: Tanzania and Kenya agree joint patrols\n\n"
        "The district fisheries officer declined to comment, referring questions to the ministry.",
        learned=False,
    )
    assert df.source.tolist() == ["Juma Said Mketo", "Juma Said Mketo", "Ally Hamisi Kombo"]


def test_given_names_the_tagger_reads_as_verbs():
    df = attributed(
        "Tuition rose again this year.\n\n"
        "Will Doyle, an economist at Vanderbilt, said the model was expensive.\n\n"
        "Does the plan help? Critics said it would not.",
        learned=False,
    )
    assert df.source.tolist()[0] == "Will Doyle"
    assert not df.source.str.startswith("Does").any()


def test_a_speaker_heard_in_a_recording():
    df = attributed(
        "Police released the emergency call on Monday. In the recording, a caller can be heard "
        "telling a dispatcher: “The whole back of the building is on fire.”\n\n"
        "In the video, Officer Dana Pruitt is heard saying that the driver was unarmed.\n\n"
        "Residents were seen fleeing the building as smoke poured out.",
        learned=False,
    )
    assert df.source.tolist()[0] == "caller"
    assert df.source.iloc[1].endswith("Dana Pruitt")
    assert len(df) == 2
    assert df.text.iloc[0] == "“The whole back of the building is on fire.”"


def test_a_kin_subject_before_she_says():
    df = attributed(
        "Ruth Okafor-Lind has kept the lighthouse for 20 years. “It is home,” she says. “The "
        "sea is my neighbour,” she says.\n\n"
        "Her daughter, Amara Lind-Mensah, 41, says her mother was afraid of heights. “She "
        "hated ladders,” Lind-Mensah says.\n\n"
        "Her mother laughs at that. “Amara is the storyteller,” she says.",
        learned=False,
    )
    last = df[df.text.str.contains("storyteller")]
    assert last.source.str.endswith("Okafor-Lind").tolist() == [True]


# ------------------------------------------------------------------------------- round 36


def test_a_charge_answered_in_a_reduced_relative():
    df = attributed(
        "The council met on Monday.\n\n"
        "Opposition members accused the mayor of hiding the audit, a charge the deputy mayor "
        "dismissed as “offensive and false”.",
        learned=False,
    )
    assert df.source.tolist() == ["Opposition members", "deputy mayor"]
    assert "offensive and false" in df.text.iloc[1]


def test_a_saying_mid_quote_of_the_woman_the_quote_calls_her():
    df = attributed(
        "Dr Ana Petrova-Lund runs the only clinic on the island. “I came for a year,” she says. "
        "“I stayed for the people,” she says.\n\n"
        "Residents adore her. Tomas Ekwall, 70, says she saved his leg in 2020.\n\n"
        "“I owe her my leg, and I told her so. She said, ‘Then you owe me a fish every week.’ "
        "So every Friday I bring a fish,” Ekwall says.\n\n"
        "“One of them laughed at me. He said, ‘Go home, doctor,’” Petrova-Lund says.",
        learned=False,
    )
    fish = df[df.text.str.contains("fish every week") & ~df.text.str.contains("owe her")]
    assert fish.source.tolist() == ["Ana Petrova-Lund"]
    assert fish.via.tolist() == ["Ekwall"] or fish.via.tolist() == ["Tomas Ekwall"]
    assert not df.text.str.startswith("‘Go home").any()


def test_a_list_of_names_after_of_is_one_source_and_a_list_from_the_start_gives_each():
    df = attributed(
        "The tax row deepened on Friday.\n\n"
        "In a joint letter, the energy ministers of Portugal, Greece, Malta and Cyprus warned the "
        "Commission that the levy would hit island grids hardest.\n\n"
        "Repsol, Galp and Enel said the levy would raise prices.",
        learned=False,
    )
    assert df.source.iloc[0] == "energy ministers of Portugal, Greece, Malta and Cyprus"
    levy = df[df.text.str.contains("raise prices")]
    assert sorted(levy.source) == ["Enel", "Galp", "Repsol"]


def test_that_descriptor_is_the_second_one_introduced_since():
    df = attributed(
        "One NATO diplomat said the summit had gone “better than feared”. “Nobody walked out,” "
        "the diplomat said.\n\n"
        "A second diplomat, from an eastern member state, was less sure. “We papered over the "
        "cracks again,” that diplomat said.",
        learned=False,
    )
    assert df.source.tolist()[:2] == ["One NATO diplomat", "One NATO diplomat"]
    assert df.source.tolist()[2] == "second diplomat"


def test_a_quoted_nickname_inside_a_name_is_no_quote():
    df = attributed(
        "The club named its new coach on Monday.\n\n"
        "Veteran coach Maria “Mags” Ellison, a former league champion, said she had been "
        "“a bit overwhelmed” by the welcome.",
        learned=False,
    )
    assert df.source.tolist() == ["Maria Ellison"]
    assert df.text.iloc[0].startswith("she had been")


def test_a_name_after_a_description_with_commas_is_the_subject_for_a_later_he():
    df = attributed(
        "Coach Tom Brankin said the side was ready. “We are fit,” Brankin said.\n\n"
        "The 61-year-old goalkeeper, dairy farmer and grandfather Colin Ruddock, last played "
        "in 1994. He said his knees were “not what they were”.",
        learned=False,
    )
    assert df.source.tolist()[-1] == "Colin Ruddock"


def test_a_first_name_given_in_the_relative_clause_is_the_source():
    df = attributed(
        "Shelling hit the market at dawn.\n\n"
        "One vendor, who asked that only his first name, Yusuf, be used for his safety, said "
        "the stalls had burned within minutes.",
        learned=False,
    )
    assert df.source.tolist() == ["Yusuf"]
    assert "asked" not in df.cue.tolist()


def test_a_transcript_label_with_a_long_title():
    df = attributed(
        "The company answered questions after the recall.\n\n"
        "Q: Will customers be refunded?\n\n"
        "Chief Operating Officer Helga Marin: We will refund every affected order by June.\n\n"
        "Marin also said the supplier had been dropped.",
        learned=False,
    )
    refund = df[df.text.str.contains("refund every")]
    assert refund.source.tolist() == ["Helga Marin"]
    assert refund.cue.tolist() == [":"]


def test_a_reply_in_a_letter_also_seen_by_an_outlet_has_no_content():
    df = attributed(
        "The mayors wrote to the minister on March 2.\n\n"
        "The minister replied on March 9 in a letter also seen by the Gazette. She wrote that "
        "the fund would be “reviewed carefully”.",
        learned=False,
    )
    assert not df.text.str.contains("seen by").any()
    assert df.text.str.contains("reviewed carefully").any()


def test_learned_rows_that_are_names_shares_votes_or_a_subject():
    df = attributed(
        "Town council backs new pool\n\n"
        "The plan would convert the old mill on Quay Street — known to older residents as "
        "“the Flour House” — into a leisure centre.\n\n"
        "Council voted 7-4 on Monday to approve the plan and asked staff to report back.\n\n"
        "Former swimmer Kerry Lowe shared the post on Facebook, writing: “Best news this "
        "town has had in years.”\n\n"
        "The developer, which residents accuse of cutting corners, has denied the claim."
    )
    cues = df.cue.fillna("").str.lower().tolist()
    assert not any(c.startswith(("known", "vot", "shar")) for c in cues), cues
    assert not (df.source == "unknown").any()
    assert "Best news this town has had in years" in " ".join(df.text)


def test_made_it_clear_that_is_a_statement():
    df = attributed(
        "Ordering the council to publish its plan, the judges made it clear that any delay "
        "would bring the mayor before the court.",
        learned=False,
    )
    assert df.source.tolist() == ["judges"]
    assert df.text.iloc[0].startswith("any delay")


def test_a_finding_inside_what_a_person_said_is_no_second_statement():
    df = attributed(
        "Councillor Ruth Obi said she was angry about the delay. She told the Gazette that she "
        "had visited the depot last week and found the trucks “rusting in the rain”.\n\n"
        "The audit said costs had risen and found that two managers had left.",
        learned=False,
    )
    told = df[df.cue == "told"]
    assert told.text.iloc[0].endswith("“rusting in the rain”")
    assert not (df.cue == "found").iloc[:2].any()
    audit = df[df.source == "audit"]
    assert audit.cue.tolist() == ["said", "found"]  # a body's second finding is its own


def test_learned_rows_for_orders_and_bare_reporting_clauses():
    df = attributed(
        "Clinics fear for their future\n\n"
        "Council voted 8-5 late Tuesday to defer the matter to its April 8 meeting and "
        "directed staff to report back on two alternative sites.\n\n"
        "“We will not close any ward this year,” the health minister told the Herald. She also "
        "said the fund would grow, the SZ reported.",
        learned="encoder",
    )
    assert not df.cue.fillna("").str.startswith("direct").any()
    assert "She also said" not in df.text.tolist()
    assert df.text.str.contains("the fund would grow").any()


def test_the_subject_of_a_which_clause_speaks_and_its_content_ends_with_the_clause():
    df = attributed(
        "The levy, which the finance minister called “overdue”, was approved on Tuesday.\n\n"
        "The bridge, which engineers say will last a century, opened in May.",
        learned=False,
    )
    assert df.source.tolist() == ["finance minister", "engineers"]
    assert df.text.tolist() == ["“overdue”", "will last a century"]


def test_a_report_that_recorded_something_is_a_source_but_recording_songs_is_not():
    df = attributed(
        "Counsel cited a 2021 audit by the state water board, which had recorded that the "
        "lake had lost a third of its area since 1990.\n\n"
        "The choir recorded 12 hymns in the cathedral last spring.",
        learned=False,
    )
    assert len(df) == 1
    assert df.cue.iloc[0] == "recorded"
    assert df.text.iloc[0].startswith("the lake had lost")
    assert "water board" in df.source.iloc[0] or df.source.iloc[0] == "audit"


def test_a_body_named_with_a_list_of_portfolios_is_one_source():
    df = attributed(
        "A spokesperson for Immigration, Refugees and Citizenship Canada said in an email that the "
        "quota “reflects the science”.\n\n"
        "The Faculty of Law, Economics and Governance said its library would close.",
        learned=False,
    )
    assert df.source.tolist() == [
        "Immigration, Refugees and Citizenship Canada",
        "Faculty of Law, Economics and Governance",
    ]


def test_a_learned_clause_before_an_inverted_cue_survives_a_misread_rule_subject():
    df = attributed(
        "Researchers tracked the birds for two seasons.\n\n"
        "The nest that worried them most was a single cup built on a power line in May, says "
        "the project's field coordinator.",
        learned="encoder",
    )
    assert df.text.str.startswith("The nest that worried them most").any()


# ------------------------------------------------------------------------------- round 37


def test_a_country_before_a_name_and_a_topic_fronted_with_for():
    df = attributed(
        "MEPs voted on Tuesday.\n\n"
        "Hungary's Gábor Szalai (EPP) said his group had won a delay, which he called fair.\n\n"
        "For Spain's Lucía Ferrándiz (S&D), the vote was too timid. She noted that the ban "
        "left refills untouched.",
        learned=False,
    )
    assert df.source.iloc[0] == "Gábor Szalai"
    refills = df[df.text.str.contains("refills")]
    assert refills.source.tolist() == ["Lucía Ferrándiz"]


def test_a_lawmaker_titled_with_a_body_is_a_person_for_a_later_he():
    df = attributed(
        "Ng Mei-kuen, a spokeswoman for the Tenants Alliance, said families could not wait.\n\n"
        "Federation of Trade Unions lawmaker Lam Kin-wah warned that trust would suffer. He "
        "urged officials to publish a progress table.",
        learned=False,
    )
    table = df[df.text.str.contains("progress table")]
    assert table.source.tolist() == ["Lam Kin-wah"]


def test_she_after_a_charge_someone_denied_is_the_one_who_denied():
    df = attributed(
        "Councillor Joyce Tam said the plan was late. Tam accused the bureau of hiding the "
        "delay, a charge Chan denied. She said the chairman had been told in January.",
        learned=False,
    )
    told = df[df.text.str.contains("chairman")]
    assert told.source.tolist()[0] == "Chan"


def test_a_surname_shared_with_a_business_is_still_a_person_named_in_full():
    df = attributed(
        "Mbeki Water Logistics won every contract. Its director, Thandi Mbeki, is the mayor's cousin.\n\n"
        "Councillor Ruth Dlamini said the tenders were rigged.\n\n"
        "Reached by phone, Mbeki denied any wrongdoing. “I had the trucks when nobody else "
        "did,” she said.",
        learned=False,
    )
    trucks = df[df.text.str.contains("trucks")]
    assert trucks.source.str.endswith("Mbeki").tolist() == [True]


def test_a_name_the_outlet_gives_an_unnamed_source():
    df = attributed(
        "A clerk in the permits office, who asked not to be named, leaked the ledgers. The "
        "Courier is calling her “Amina”.\n\n"
        "“Everyone knew the stamps were for sale,” she said.",
        learned=False,
    )
    assert df.source.tolist() == ["Amina"]


def test_an_answer_after_a_pause_sentence_and_a_husband_named_in_an_appositive():
    df = attributed(
        "Ruth Okafor has kept the lighthouse for 20 years. “It is home,” she says.\n\n"
        "The keeper Dana Wells said the lamp was old.\n\n"
        "I asked Okafor what she hears now. She put the cup down before answering.\n\n"
        "“Wind,” she said finally.\n\n"
        "Okafor lives in the cottage with her husband, Emeka Obi, a fisherman. “She hears "
        "storms before they come,” he told me.",
        learned=False,
    )
    assert df[df.text.str.contains("Wind")].source.tolist() == ["Ruth Okafor"]
    assert df[df.text.str.contains("storms")].source.tolist() == ["Emeka Obi"]


def test_she_remembers_him_saying_is_his_words():
    df = attributed(
        "Her adviser was the physicist Martin Hale. When she told him she wanted to study bees, "
        "he frowned. “That is not physics, Clara,” she remembers him saying. “That is a "
        "hobby.”",
        learned=False,
    )
    said = df[df.text.str.contains("not physics|a hobby")]
    assert set(said.source) == {"Martin Hale"}


def test_a_signed_statement_and_a_dateline_in_capitals_after_a_byline():
    df = attributed(
        "Gunmen attack village\n\n"
        "Ada Obi / Metro Desk / Updated: Apr 2, 2025, 04:12 IST\n\n"
        "Relatives outside the hospital on Friday.\n\n"
        "JOS: Twelve people were killed in an overnight attack, police said on Friday.\n\n"
        "Governor Samuel Dalyop, in a statement signed by his Chief Press Secretary, Musa Bitrus, "
        "condemned the attack as “cowardly”.",
        learned=False,
    )
    assert df.source.tolist() == ["police", "Samuel Dalyop"]
    assert df.text.iloc[0].startswith("Twelve people")


def test_who_after_a_role_with_a_long_party_name_and_a_clause_opened_by_as():
    df = attributed(
        "The delay drew criticism from Alice Wong Mei-ling, a lawmaker from the Alliance for "
        "the Betterment and Progress of Kowloon (ABPK), who said tenants had been promised "
        "keys by Christmas.\n\n"
        "The minister admitted the flats would be late, as lawmakers across the camp accused "
        "officials of hiding the slippage.",
        learned=False,
    )
    assert df.source.tolist() == [
        "Alice Wong Mei-ling",
        "minister",
        "lawmakers across the camp",
    ]
    assert df.text.iloc[1] == "the flats would be late"


def test_a_capitalised_speaker_label_that_is_also_a_place_and_as_well_as_in_a_content():
    df = attributed(
        "Hillary Clinton spoke to the host on Sunday.\n\n"
        "CLINTON: I believe this is the most important job in the world.\n\n"
        "A voter, 57, said she was disturbed by the violence, as well as by the insults.",
        learned=False,
    )
    assert df.source.tolist()[0] in ("CLINTON", "Hillary Clinton", "Clinton")
    assert df.cue.tolist()[0] == ":"
    assert df.text.tolist()[-1].endswith("as well as by the insults")


def test_a_court_rejecting_a_plea_and_doctors_declaring_a_death_are_no_statements():
    df = attributed(
        "Court rejects bail plea of accused\n\n"
        "The victim was rushed to hospital, where doctors declared him brought dead. A sessions "
        "court on Thursday rejected the bail plea of the accused, police said.",
        learned=False,
    )
    assert df.cue.tolist() == ["said"]
    assert df.source.tolist() == ["police"]


def test_a_canonical_name_is_not_a_body_name_cut_at_its_last_and():
    a = art(
        "Councils asked for more money on Monday.\n\n"
        "A spokesperson for the Ministry of Housing, Communities and Local Government said the "
        "secretary would respond in due course."
    )
    df = statements(a, narrator=False, learned=False)
    assert df.source.tolist() == ["Ministry of Housing, Communities and Local Government"]


# ------------------------------------------------------------------------------- round 38


def test_the_authority_is_the_body_of_that_head_named_since():
    df = attributed(
        "Exports rose 9 percent, according to the General Authority for Statistics.\n\n"
        "A spokesperson for the Red Sea Ports Authority declined to comment, but referred "
        "reporters to a statement in which the authority said it had added two berths.\n\n"
        "Omar Haddad, chief executive of the Export Credit Authority, was more upbeat. In a "
        "post on X on Tuesday, the authority said it had signed deals with Kenya.",
        learned=False,
    )
    berths = df[df.text.str.contains("berths")]
    kenya = df[df.text.str.contains("Kenya")]
    assert berths.source.tolist() == ["Red Sea Ports Authority"]
    assert kenya.source.tolist() == ["Export Credit Authority"]


def test_a_gerund_after_an_object_and_a_relative_aside_before_the_verb():
    df = attributed(
        "“We will not govern by ultimatum,” Finance Minister Claire Dufresne told reporters as "
        "she left a meeting with group leaders, adding that the budget would be “serious”.\n\n"
        "Interior Minister Paul Vidal, whom his supporters like to call “le premier flic” "
        "(“the top cop”), has taken the opposite line. “If we touch the reform, we lose,” he "
        "told Le Figaro.",
        learned=False,
    )
    assert df.source.tolist() == ["Claire Dufresne", "Claire Dufresne", "Paul Vidal"]


def test_quoted_as_saying_after_the_quote_and_an_outlet_asking():
    a = Article.from_text(
        "Strike enters third day\n\n"
        "“Prolonged conflict is in nobody's interest,” Park Jin-woo was quoted as saying during "
        "a visit to Gumi.\n\n"
        "The Clarion asked Mr Kandjii whether the State was satisfied. He said the prosecution "
        "would not appeal.",
        outlet="The Clarion",
        published="2025-04-02",
    )
    df = statements(a, narrator=False, learned=False, canonical=False)
    assert df.source.tolist()[:2] == ["Park Jin-woo", "The Clarion"]
    assert df.source.tolist()[2].endswith("Kandjii")


def test_relays_of_what_was_told_a_court_and_an_outlet_with_a_headline():
    df = attributed(
        "Vera Lind “spread false information on purpose,” the agency quoted prosecutor Ivan "
        "Sorin as telling the court. Prosecutors had asked for nine years.\n\n"
        "Deputy Oleg Marin told the state-run Ria Daily, which ran the interview under the "
        "headline “Traitors must go,” that critics should lose their passports.",
        learned=False,
    )
    assert df.source.tolist() == ["Ivan Sorin", "Oleg Marin"]
    assert df.text.tolist()[0] == "“spread false information on purpose,”"
    assert df.text.tolist()[1] == "critics should lose their passports"


def test_a_verdict_declared_seats_and_a_rebuttal_with_a_time_phrase():
    df = attributed(
        "The district court found Vera Lind, 41, guilty of spreading fakes, TASS said, "
        "citing the court's press service.\n\n"
        "Turnout across the first 40 declared seats stands at 58 per cent, according to a PA "
        "analysis.\n\n"
        "Ravel accused the government of an ambush, a claim Dufresne rejected on Tuesday in "
        "the Senate. “There is no ambush,” she said.",
        learned=False,
    )
    assert "found" not in df.cue.tolist() and "declared" not in df.cue.tolist()
    assert df.source.tolist()[0] == "court's press service"
    assert df.source.tolist()[-1] == "Dufresne"


def test_an_answer_quoted_after_an_outlet_asked_a_named_person():
    a = Article.from_text(
        "Villagers want a stake\n\n"
        "Chief Gaob Petrus //Hoëseb says the community was never consulted.\n\n"
        "The Clarion asked //Hoëseb what a fair deal would look like.\n\n"
        "“Ten percent of the project company and a seat on the board. That is the minimum.”\n\n"
        "The mayor said the town was ready. “It is home,” the mayor said. In the minutes of a "
        "meeting, the mayor recalled the prefect's words: “‘Mr Mayor, you worry about the "
        "tickets.’”",
        outlet="The Clarion",
        published="2025-04-02",
    )
    df = statements(a, narrator=False, learned=False, canonical=False)
    answer = df[df.text.str.contains("Ten percent")]
    assert answer.source.str.endswith("//Hoëseb").tolist() == [True]
    assert "Mr Mayor" not in df.source.tolist()


def test_a_closing_frame_of_another_speaker_says_the_whole_clause():
    df = attributed(
        "Polls closed at ten.\n\n"
        "The party's campaign chief had told activists to stay off social media until the "
        "first results came in, one party aide said.\n\n"
        "The minister told reporters that the plan was dead, an aide said.",
        learned=False,
    )
    assert df.source.tolist()[1::2] == ["party's campaign chief", "minister"]
    assert df.source.str.endswith("aide").tolist()[0::2] == [True, True]
    assert df.text.iloc[1] == "activists to stay off social media until the first results came in"
    assert df.text.iloc[2] == "The minister told reporters that the plan was dead"
    assert df.via.iloc[3].endswith("aide")


# ------------------------------------------------------------------------------- round 39
def test_a_title_with_its_office_before_an_appositive_name_is_no_name():
    df = attributed(
        "Chief Medical Officer of Tasmania, Mark Veitch, said the clinics would stay open.",
        learned=False,
    )
    assert df.source.tolist() == ["Mark Veitch"]


def test_she_skips_a_man_whose_given_name_is_rarer_in_english_text():
    df = attributed(
        "Priyanka Shrestha, the district's health officer, said the clinics would stay open.\n\n"
        "Mahendra Thapa, a teacher, said the school would reopen on Monday.\n\n"
        "The road to the valley is closed until Wednesday, Thapa said.\n\n"
        "She also said two nurses had been sent to the upper villages.",
        learned=False,
    )
    nurses = df[df.text.str.contains("two nurses")]
    assert nurses.source.tolist() == ["Priyanka Shrestha"]


def test_she_in_a_later_clause_is_the_sentence_subject_named_by_surname():
    df = attributed(
        "The governor met Attorney General Maureen Whitlock on Monday.\n\n"
        "Senator Raymond Ellis said the meeting was a mistake.\n\n"
        "Whitlock still has the final say, and though she has said she will follow the "
        "prosecutors' advice, critics are unconvinced.",
        learned=False,
    )
    advice = df[df.text.str.contains("prosecutors' advice")]
    assert advice.source.tolist() == ["Whitlock"]


def test_a_dateline_in_mixed_case_after_a_byline_and_caption_is_no_speaker():
    a = Article.from_text(
        "Tessaro Foods profit falls 9%\n"
        "Net profit fell as input costs rose, though management said demand held up\n"
        "By Ruth Achieng\n"
        "2 min read . Updated: 14 Feb 2026\n\n"
        "Tessaro Foods' margins narrowed in the quarter. (File photo)\n\n"
        "Nairobi: Tessaro Foods Plc on Thursday reported a 9% fall in quarterly net profit.\n\n"
        "Revenue rose 2%, the company said in a filing.\n\n"
        "Shares of the Nairobi-based company fell 4%, according to exchange data.",
        outlet="Business Daily",
        published="2026-02-14",
    )
    df = statements(a, narrator=False, learned=False, canonical=False)
    assert "Nairobi" not in df.source.tolist()
    assert df[df.text.str.contains("Revenue rose")].source.tolist() == ["Tessaro Foods Plc"]


def test_a_title_opening_with_a_participle_before_a_name_after_a_quote():
    df = attributed(
        "“The quarter was tougher than we expected,” managing director Grace Otieno said on a "
        "call with analysts.",
        learned=False,
    )
    assert df.source.tolist() == ["Grace Otieno"]
    assert df.text.tolist() == ["“The quarter was tougher than we expected,”"]


def test_a_parenthetical_frame_mid_sentence_says_the_clause_before_it():
    df = attributed(
        "Grace Otieno spoke to analysts on Thursday.\n\n"
        "Volumes in the snacks business grew 7%, she said, the fastest pace in two years, led "
        "by smaller towns in Kisumu, Nakuru and Eldoret.\n\n"
        "Prices fell 3%, she said, and margins would recover next year.",
        learned=False,
    )
    assert df.source.tolist() == ["Grace Otieno", "Grace Otieno"]
    assert df.text.tolist() == ["Volumes in the snacks business grew 7%", "Prices fell 3%"]


def test_runs_added_and_an_ally_found_are_no_statements():
    df = attributed(
        "The left-hander found an ally in wicketkeeper Sam Pollard, and the pair added 84 for "
        "the seventh wicket before Pollard was bowled.",
        learned=False,
    )
    assert df.empty


def test_figures_released_by_a_body_are_the_bodys():
    df = attributed(
        "The win lifts them to third in the table, according to figures released by Hockey "
        "New South Wales last night.",
        learned=False,
    )
    assert df.source.tolist() == ["Hockey New South Wales"]
    assert df.source_type.tolist() == ["organisation"]


def test_a_result_label_is_no_speaker():
    df = attributed(
        "The match ended at dusk.\n\nRESULT: Otago won by three wickets.", learned=False
    )
    assert df.empty


def test_a_dash_after_the_frame_is_the_writers_comment():
    df = attributed(
        "A new drug cut heart attacks by 19% in a large trial, researchers reported Sunday - the "
        "first hard evidence that lowering the particle protects patients.",
        learned=False,
    )
    assert df.text.tolist() == ["A new drug cut heart attacks by 19% in a large trial"]


def test_an_analysis_a_source_co_authored_is_the_analysis():
    df = attributed(
        "Nakamura spoke at the meeting. Fewer than 1 in 20 adults have had their level checked, "
        "according to a 2024 analysis he co-authored.",
        learned=False,
    )
    assert df.source.tolist() == ["2024 analysis"]


def test_calls_answered_are_no_statement():
    df = attributed(
        "The pager went off 212 times this year. She has answered 140 of them.", learned=False
    )
    assert df.empty


def test_a_surname_two_people_bear_is_the_one_named_first():
    df = attributed(
        "Kwame Boateng, the drummer whose records defined a generation, has died. He was 79.\n\n"
        "“He left this world singing,” said the statement, signed by his eldest son, Yaw "
        "Boateng.\n\n"
        "In a 1994 interview, Boateng said he had learned to play on a biscuit tin.\n\n"
        "His daughter, Abena Boateng, said he had stayed sharp until his final week.",
        learned=False,
    )
    tin = df[df.text.str.contains("biscuit tin")]
    assert tin.source.tolist() == ["Kwame Boateng"]
    sharp = df[df.text.str.contains("stayed sharp")]
    assert sharp.source.tolist() == ["Abena Boateng"]


def test_learned_rows_for_a_title_a_bare_noun_phrase_or_a_cue_with_quote_marks_are_dropped():
    memoir = attributed(
        "He later softened that view. In his 2009 memoir, “Strings Across the Volta”, he wrote "
        "that the band had “kept the fire burning”."
    )
    assert memoir.text.tolist() == ["the band had “kept the fire burning”"]
    trial = attributed(
        "The results of the trial, known as LIBERATE-CV, were presented at the annual meeting "
        "and published in the New England Journal of Medicine."
    )
    assert trial.empty
    star = attributed(
        "Afrobeats star Kweku Flames, who sampled “Accra By Night” on his 2023 hit “Night "
        "Shift”, wrote on Instagram: “Without Sweet Papa there is no me.”"
    )
    assert star.text.tolist() == ["“Without Sweet Papa there is no me.”"]


def test_a_saying_mid_quote_is_the_woman_the_quote_calls_her_when_the_speakers_name_is_male():
    df = attributed(
        "Dr Ana Petrova-Lund runs the only clinic on the island. “I came for a year,” she says. "
        "“I stayed for the people,” she says.\n\n"
        "Her husband, Joost de Lund, mends nets on the harbour wall. “She works too hard,” he "
        "says.\n\n"
        "The island has no pharmacy, no dentist and no road wider than a delivery van. The "
        "ferry calls three times a week in summer and twice in winter, weather permitting, and "
        "a helicopter from the mainland takes forty minutes when the wind allows it to fly at "
        "all. The clinic is a converted schoolhouse with two beds, a defibrillator bought by "
        "emigrants in Melbourne and a satellite link that drops out when it rains.\n\n"
        "Residents adore her. Yiannis Kalogirou, 70, says she saved his leg in 2020.\n\n"
        "“I owe her my leg, and I told her so. She said, ‘Then you owe me a fish every week.’ "
        "So every Friday I bring a fish,” Kalogirou says.",
        learned=False,
    )
    fish = df[df.text.str.contains("fish every week") & ~df.text.str.contains("owe her")]
    assert fish.source.tolist() == ["Ana Petrova-Lund"]


def test_testified_in_a_place_with_an_abbreviation_that():
    df = attributed(
        "Linda Haugen runs the crew. In March, she testified before a House committee in St. "
        "Paul that rural volunteers were “running on fumes.”",
        learned=False,
    )
    assert df.source.tolist() == ["Linda Haugen"]
    assert df.text.tolist() == ["rural volunteers were “running on fumes.”"]


def test_a_bandmate_or_teammate_the_tagger_reads_as_a_verb_is_a_person():
    df = attributed(
        "His old bandmate recalled that the leader paid the band before himself.\n\n"
        "Her teammate said the coach had been fair to everyone.",
        learned=False,
    )
    assert df.source.tolist() == ["His old bandmate", "Her teammate"]


def test_a_closing_frame_with_a_pronoun_says_the_whole_clause():
    df = attributed(
        "John Reed runs the shelter on Dock Street.\n\n"
        "The council had told staff the money would run out in May, he said.",
        learned=False,
    )
    assert df.source.tolist() == ["John Reed", "council"]
    assert df.text.tolist() == [
        "The council had told staff the money would run out in May",
        "the money would run out in May",
    ]
    assert df.via.iloc[1] == "John Reed"


# ------------------------------------------------------------------------------- round 40
def test_a_gerund_after_a_dateline_with_a_place_takes_the_sentence_subject():
    df = attributed(
        "KINGSTON, Jamaica — The Supreme Court yesterday quashed a permit for a resort in "
        "Negril, ruling that the agency had accepted an assessment that did not add up.",
        learned=False,
    )
    assert df.source.tolist() == ["Supreme Court"]
    assert df.text.tolist() == ["the agency had accepted an assessment that did not add up"]


def test_who_after_a_role_at_a_university_is_the_named_person_before_it():
    df = attributed(
        "The ruling quotes an affidavit by Dr Paulette Reid, a marine biologist at the "
        "University of the West Indies, who told the court that the meadows are nurseries.",
        learned=False,
    )
    assert df.source.tolist() == ["Paulette Reid"]


def test_a_role_with_its_portfolio_before_a_name_is_one_person_for_a_later_he():
    df = attributed(
        "Opposition spokesman on land and environment Ravon Pryce told the paper that the "
        "Government should publish every assessment. He also accused the administration of "
        "“fast-tracking friends”.",
        learned=False,
    )
    assert df.source.tolist() == ["Ravon Pryce", "Ravon Pryce"]


def test_someone_who_gave_his_name_only_as_a_first_name_is_that_name():
    df = attributed(
        "Its attorney, Garth Lee, would not say whether it would appeal. “Everything is on the "
        "table,” he said.\n\n"
        "Fishers gathered at the beach. One of them, who gave his name only as Junior, was "
        "blunter. “Mi nuh trust dem,” he said.",
        learned=False,
    )
    assert df.source.tolist() == ["Garth Lee", "Junior"]


def test_a_team_sheet_after_a_club_name_is_no_statement():
    df = attributed(
        "The match ended 30-14.\n\n"
        "Hull KR: Cole; Ashworth, Daley, Whitehead, Pick; Lamb, Fenwick; Marsden, Boyd. "
        "Interchanges: Barrett, Finch.\n\n"
        "Castleford Tigers: Hinds; Wray, Trotter, Moss; Okafor, Heppell; Vaipulu, Dunn.",
        learned=False,
    )
    assert df.empty


def test_a_reduced_relative_on_a_subject_is_no_part_of_its_clause():
    df = attributed(
        "Residents contacted on Monday said the water had been off since Friday.\n\n"
        "Labour rights group Migrant Watch said conditions were mixed. Workers interviewed on "
        "one estate told its researchers that deductions for electricity had risen, according "
        "to the group.",
        learned=False,
    )
    assert df.source.tolist() == ["Residents", "Migrant Watch", "Migrant Watch", "Workers"]
    assert df.method.iloc[3].endswith("-relayed")  # (its via keeps the text's "group")


def test_researchers_not_involved_speak_and_are_not_the_studys_researchers():
    df = attributed(
        "The findings add to growing evidence that the drugs could curb drinking. But "
        "researchers not involved in the work warn that the data cannot show cause.\n\n"
        "In their paper, published in JAMA Psychiatry, the researchers write that the drugs "
        "may act on reward circuits in the brain.",
        learned=False,
    )
    assert df.source.tolist() == ["researchers not involved in the work", "researchers"]


def test_a_body_name_with_a_lower_case_word_is_one_source():
    df = attributed(
        "The UK's Medicines and Healthcare products Regulatory Agency told the magazine that it "
        "had not received any application.",
        learned=False,
    )
    assert len(df) == 1
    assert df.source.iloc[0].endswith("Regulatory Agency")


def test_kin_named_two_sentences_back_and_an_in_law_are_the_pronouns_speakers():
    df = attributed(
        "“My husband said I had gone crazy,” Aizada Toktosunova recalled.\n\n"
        "Her husband, Nurlan, now drives the delivery van. Asked about his early doubts, he "
        "laughed and pointed at his wife. “She remembers everything,” he said.\n\n"
        "Cholpon Sadykova runs the shop's account. “Older people buy,” Sadykova said. Her "
        "mother-in-law, who does not use social media, said she had first considered the "
        "videos a waste. Now, she said, she asks Sadykova to read her the comments.",
        learned=False,
    )
    remembers = df[df.text.str.contains("remembers everything")]
    assert remembers.source.tolist() == ["Nurlan"]
    comments = df[df.text.str.contains("read her the comments")]
    assert comments.source.tolist() == ["Her mother-in-law"]


def test_a_gloss_after_or_is_no_second_source():
    df = attributed(
        "Bakyt Osmonov, head of the local aiyl okmotu, or rural council, acknowledged that "
        "there had been arguments in 2022.",
        learned=False,
    )
    assert df.source.tolist() == ["Bakyt Osmonov"]


def test_a_leaked_memo_its_recommendation_and_what_board_members_said_of_its_language():
    df = attributed(
        "MANILA, Philippines — The ministry is preparing to import sugar, according to an "
        "internal memorandum obtained by the Inquirer and three officials familiar with the "
        "plan.\n\n"
        "The five-page memo, dated Sept. 3 and addressed to Secretary Ramon Villa, recommends "
        "that the shipments be “front-loaded” to arrive by October.\n\n"
        "It describes current stocks as “tight but not critical,” language that two board "
        "members said contradicted the agency's own data.\n\n"
        "The Inquirer could not independently verify all the figures cited in the memo.",
        learned=False,
    )
    assert df.source.tolist() == [
        "internal memorandum",
        "five-page memo",
        "five-page memo",
        "two board members",
    ]
    assert df.text.iloc[2] == "current stocks as “tight but not critical,”"
    assert df.text.iloc[3] == "contradicted the agency's own data"


def test_a_parenthetical_condition_does_not_cut_the_content():
    df = attributed(
        "Party spokesperson Teresa Lagdameo said the memo, if authentic, showed that the "
        "ministry had made up its mind.",
        learned=False,
    )
    assert df.text.tolist() == [
        "the memo, if authentic, showed that the ministry had made up its mind"
    ]


def test_a_surname_the_tagger_reads_as_an_adverb_opens_the_sentence_before_she():
    df = attributed(
        "Tonya Barefoot said the water came fast.\n\n"
        "Keisha Langdon, the county's emergency director, said an alert was sent at 3:52 p.m. "
        "“We're going to look at that timeline,” Langdon said.\n\n"
        "Barefoot wasn't convinced. She said her phone buzzed “about the time the water was at "
        "my knees.”",
        learned=False,
    )
    buzzed = df[df.text.str.contains("phone buzzed")]
    assert buzzed.source.tolist() == ["Tonya Barefoot"]


def test_a_lead_author_and_her_colleagues_is_the_lead_author():
    df = attributed(
        "Elin Sandberg of the Karolinska Institute led the study. In their paper, Sandberg and "
        "her colleagues estimate that the drug cut admissions by a third.",
        learned=False,
    )
    assert df.source.tolist() == ["Sandberg"]  # (canonical=False: the text's own short name)
    assert df.source_type.tolist() == ["person"]


def test_a_headlines_speaker_is_no_antecedent_for_a_pronoun_in_the_body():
    df = attributed(
        "Dunne: “We Were Ready for the Floods”\n\n"
        "The clinic on Quay Street ran out of bandages on the second day. My daughter works "
        "there. Last week she told me, “Nobody expected the river to rise so fast.”"
    )
    rise = df[df.text.str.contains("river to rise")]
    assert len(rise) == 1
    assert rise.source.iloc[0] != "Dunne"


# ------------------------------------------------------------------------------- round 41
def test_a_statement_quoted_by_an_agency_before_the_name_is_the_names():
    df = attributed(
        "In an end-of-mission statement quoted by AFP, mission chief Elena Varga said the talks "
        "had made “significant progress”.",
        learned=False,
    )
    assert df.source.tolist() == ["Elena Varga"]


def test_he_after_one_of_the_officials_whose_anonymity_reason_says_he():
    df = attributed(
        "“We were close on most of the numbers,” one of the officials told the news agency, "
        "speaking on condition of anonymity because he was not authorised to speak to the "
        "media.\n\n"
        "He said the Fund wanted the provinces to start collecting the tax from July 1.",
        learned=False,
    )
    fund = df[df.text.str.contains("the Fund wanted")]
    assert fund.source.tolist() == ["one of the officials"]


def test_a_mc_surname_the_tagger_reads_as_a_noun_opens_the_sentence_before_he():
    df = attributed(
        "Calum McAvoy's side drew again.\n\n"
        "According to Opta, Hearts have now gone six home games without a win.\n\n"
        "McAvoy was still seething when he faced the media. “I've watched it back three times "
        "now,” he said.",
        learned=False,
    )
    watched = df[df.text.str.contains("watched it back")]
    assert watched.source.str.endswith("McAvoy").tolist() == [True]


def test_a_list_inside_a_relative_clause_on_the_subject_is_no_list_of_speakers():
    df = attributed(
        "Lumora, which is headquartered in Delaware and employs 4,000 people across Nairobi, "
        "Manila, and Cebu, describes itself on its website as an “ethical” company.",
        learned=False,
    )
    assert df.source.tolist() == ["Lumora"]


def test_a_pronoun_after_a_noun_without_that_is_the_subject_of_said():
    df = attributed(
        "Joy, 26, joined the company in 2024. For seven months, she said, she read violent "
        "posts — content she said she had not been warned about during recruitment.",
        learned=False,
    )
    assert df.source.tolist() == ["Joy", "Joy"]


def test_a_body_named_with_its_country_is_one_name():
    df = attributed(
        "The Minerals Council South Africa said in a statement this week that producers had "
        "shed 7,400 jobs.",
        learned=False,
    )
    assert df.source.tolist() == ["Minerals Council South Africa"]


def test_a_clock_time_ends_the_sentence_before_she_added():
    df = attributed(
        "Red Cross spokeswoman Tanya Gallegos said about 160 people had registered at the "
        "shelter by 7 p.m. She added that the center could accept small pets.",
        learned=False,
    )
    assert df.source.tolist() == ["Tanya Gallegos", "Tanya Gallegos"]
    assert df.text.tolist()[1] == "the center could accept small pets"


def test_reported_a_doctor_with_degrees_an_affiliation_and_colleagues():
    df = attributed(
        "Readmission occurred in 14.2% of patients on the calls (HR 0.73, 95% CI 0.61-0.88), "
        "reported Priya Raman, MD, MPH, of Emory University in Atlanta, and colleagues.\n\n"
        "In a press release, trial participant Dolores Whitaker, 71, of Decatur, Georgia, said "
        "the calls had kept her out of hospital.\n\n"
        "Source Reference: Raman P, et al “Nurse telephone follow-up” JAMA Intern Med 2026.",
        learned=False,
    )
    assert df.source.tolist() == ["Priya Raman", "Dolores Whitaker"]


def test_the_group_after_a_lead_author_and_colleagues_is_the_lead_author():
    df = attributed(
        "Readmission fell by a quarter (HR 0.73), reported Priya Raman, MD, of Emory University "
        "in Atlanta, and colleagues.\n\n"
        "The benefit was concentrated in patients who lived alone, the group wrote in JAMA "
        "Internal Medicine.",
        learned=False,
    )
    assert df.source.tolist() == ["Priya Raman", "Priya Raman"]


# ------------------------------------------------------------------------------- round 42
def test_a_replacements_line_is_no_speaker():
    df = attributed(
        "Connacht won 23-20.\n\n"
        "Replacements: Dylan Moore, Peter Shaw, Rory Dunne, Tom Healy, Aidan Crean, Kieran Boyle.",
        learned=False,
    )
    assert df.empty


def test_a_ministers_portfolio_with_and_before_the_name_is_the_title():
    df = attributed(
        "First Deputy Minister of Energy and Water Resources Manizha Saidova said Dushanbe "
        "supported the schedule. Minister of Labour and Employment Abdur Rahim Sarkar said the "
        "government would pay.",
        learned=False,
    )
    assert df.source.tolist() == ["Manizha Saidova", "Abdur Rahim Sarkar"]


def test_a_figure_that_a_named_person_describes_as_is_the_persons_and_a_dash_ends_the_source():
    df = attributed(
        "The festival has sold more than 118,000 tickets, according to organisers - a record, "
        "and a figure that creative producer Morven Baird describes as “slightly terrifying”.",
        learned=False,
    )
    assert df.source.tolist() == ["organisers", "Morven Baird"]


def test_she_after_her_co_author_named_in_full_is_the_co_author():
    df = attributed(
        "Thandiwe Okafor led the trial. “It works in rural clinics,” she says. Her colleague "
        "Nomvula Dlamini, a nurse researcher at the University of KwaZulu-Natal in Durban, South "
        "Africa, notes that midwives needed a day of training. She adds that the readings were "
        "right in 96% of cases.",
        learned=False,
    )
    assert df.set_index("cue").loc["adds", "source"] == "Nomvula Dlamini"


def test_a_she_given_to_a_surname_outweighs_a_his_in_her_own_content():
    # "his" in "Quist says his agent …" is the man of the sentence before, not Quist
    df = attributed(
        "“We sold out,” said Zodwa Quist, the festival director. “Again,” Quist tells me. She "
        "is, she admits, tired. "
        "Yusuf Diallo nearly missed his show. Quist says his agent wrote to the Home Office. "
        "“We wrote letters every week,” she says.",
        learned=False,
    )
    assert df.set_index("cue").loc["says", "source"].tolist() == ["Zodwa Quist", "Zodwa Quist"]


def test_the_one_a_feature_asks_is_the_she_of_the_quote_after():
    df = attributed(
        "“It was a long week,” festival director Kari Nilsen said of the programme. Ask Ingrid "
        "Solberg what she wants next, and she laughs. “Sleep,” she says.",
        learned=False,
    )
    assert df.set_index("text").loc["“Sleep,”", "source"] == "Ingrid Solberg"


def test_a_source_called_they_for_anonymity_is_not_a_later_she():
    df = attributed(
        "“Exposure does not pay the ferry,” said one Orkney-based musician, who asked not to be "
        "named because they feared losing bookings. Tom Eriksen, the festival director, said "
        "fees had risen. “We cannot do more,” she says.",
        learned=False,
    )
    assert df.set_index("text").loc["“We cannot do more,”", "source"] == "unknown"


def test_a_teller_aside_passes_on_the_reply_of_the_one_named_before_it():
    df = attributed(
        "Maria Costa says she warned the chief executive in May. Okafor, she alleges, replied "
        "the next day that the figures would be fixed after the sale.",
        learned=False,
    )
    row = df[df.source == "Okafor"].iloc[0]
    assert row.text == "the figures would be fixed after the sale"
    assert row.via == "Maria Costa"
    assert df.source.tolist().count("Maria Costa") == 2  # her own statement stays


def test_a_short_noun_phrase_told_before_that_is_the_audience():
    df = attributed("The site manager had told the new hires that the scaffolding was safe.")
    assert df.text.tolist() == ["the scaffolding was safe"]
    assert df.reported_to.tolist() == ["new hires"]


def test_a_speech_verb_with_only_an_audience_after_it_says_nothing():
    df = attributed(
        "Several musicians complained to the paper. The minister apologised to reporters on "
        "Friday. She wrote to the council.",
        learned=False,
    )
    assert df.empty


# ------------------------------------------------------------------------------- round 43
def test_a_match_award_and_an_age_with_a_demonym_are_the_player_just_named():
    df = attributed(
        "Devon Ramsaran hit 91 off 52 balls. Speaking to the broadcaster, the Player of the "
        "Match said the pitch had been \u201cperfect for batting\u201d. Later, the 24-year-old "
        "Trinidadian said: \u201cI just watched the ball.\u201d",
        learned=False,
    )
    assert df.source.tolist() == ["Devon Ramsaran", "Devon Ramsaran"]


def test_the_one_asked_whether_replies_not_the_asker():
    df = attributed(
        "The site manager, Owen Clarke, said the ladder had been checked. Senior Coroner Paul "
        "Fenby asked whether anyone had inspected it that morning.\n\n"
        "\u201cNot that I know of,\u201d he replied.",
        learned=False,
    )
    assert df.set_index("cue").loc["replied", "source"] == "Owen Clarke"


def test_counsel_put_it_to_the_witness_who_rejected_it():
    df = attributed(
        "The coroner, Simon Hale, said the hearing would end on Friday. Ms Rao had earlier put "
        "it to Mr Clarke that the depot had a \u201cculture of shortcuts\u201d. He rejected "
        "that, saying staff had never been told to skip checks.",
        learned=False,
    )
    assert df.set_index("cue").loc["saying", "source"] == "Clarke"


def test_told_an_appositive_named_person_to_do_something_is_an_order():
    df = attributed(
        "The judge told the family's barrister, Nadia Rao, to confine her questions to that "
        "morning.",
        learned=False,
    )
    assert df.empty


def test_where_a_shout_came_from_is_no_content_before_the_quote():
    df = attributed(
        "Ramsaran hit 91. One fan shouted from the pavilion: \u201cPick him for the Tests!\u201d",
        learned=False,
    )
    assert df.text.tolist() == ["\u201cPick him for the Tests!\u201d"]
    assert df.source.tolist() == ["One fan"]


def test_a_voice_from_the_crowd_is_kept_as_that_voice_not_the_player_of_the_fronted_clause():
    df = attributed(
        "Ramsaran hit 91. As Ramsaran walked off, one voice carried above the rest from the "
        "stand: \u201cThat's a Test opener right there!\u201d",
        learned=False,
    )
    assert df.source.tolist() == ["one voice"]


def test_they_in_a_where_clause_is_the_plural_subject_of_the_sentence():
    df = attributed(
        "Residents gathered outside the town hall on Monday, where they said the flood "
        "defences had failed. Opposition councillors walked out in protest against what they "
        "called a \u201crushed\u201d vote.",
        learned=False,
    )
    assert df.source.tolist() == ["Residents"]  # (a label in passing: no statement, as for "it")
    assert df.text.tolist() == ["the flood defences had failed"]


def test_a_bare_several_is_the_group_just_quoted_or_named():
    df = attributed(
        "Tenants said the basement had flooded twice. Several said they had complained to the "
        "landlord. Dozens of nurses gathered outside the hospital. Several told the Courier "
        "they would strike.",
        learned=False,
    )
    assert df.source.tolist() == ["Tenants", "Tenants", "nurses"]


def test_the_writer_turning_to_a_named_person_gives_the_next_she():
    df = attributed(
        "Sara Lindqvist says she will keep teaching for as long as Annika Holm does.\n\n"
        "And Holm? \u201cUntil they reopen the ward,\u201d she says.",
        learned=False,
    )
    said = df.set_index("cue").loc["says", "source"].tolist()
    assert said[0] == "Sara Lindqvist" and said[1].endswith("Holm")


def test_a_surname_two_relatives_share_is_the_one_the_article_is_about():
    df = attributed(
        "Yvette Chartrand, the folk singer, has died at 86.\n\n"
        "Her son, Luc Chartrand, a music teacher, recalled that she made the children sing "
        "grace. Folk singer Gisele Lafreniere said she was fearless on stage.\n\n"
        "Chartrand herself told Radio-Canada in 2011 that moving to Montreal \u201cwould have "
        "made me a Quebecoise singer.\u201d In her 2013 memoir, she wrote that the river "
        "\u201ctaught me to sing.\u201d",
        learned=False,
    )
    got = df.set_index("cue")["source"]
    assert got["recalled"] == "Luc Chartrand"
    assert got["told"] == "Yvette Chartrand"
    assert got["wrote"] == "Yvette Chartrand"


def test_the_company_is_the_business_a_relative_clause_described_and_a_filed_response_is_a_channel():
    df = attributed(
        "Three tenants alleged that Harbourside Living, which manages the block, had ignored "
        "complaints. The company denied in a response filed with the court that it had been "
        "negligent.",
        learned=False,
    )
    row = df.set_index("cue").loc["denied"]
    assert row.source == "Harbourside Living"
    assert row.text == "it had been negligent"
    assert row.channel == "court filing"


def test_points_out_after_a_relative_clause_is_a_cue():
    df = attributed(
        "Statistician Meera Pillai of Leeds University, who has advised a rival firm, points out "
        "that biobank volunteers tend to be healthier.",
        learned=False,
    )
    assert df.text.tolist() == ["biobank volunteers tend to be healthier"]
    assert df.source.tolist() == ["Meera Pillai"]


def test_researchers_report_a_date_in_a_journal_after_the_content():
    df = attributed(
        "The test flagged 61 percent of cancers in stored samples, oncologist Anna Kowal of the "
        "University of Leeds and colleagues report March 4 in Nature Medicine.",
        learned=False,
    )
    assert df.text.tolist() == ["The test flagged 61 percent of cancers in stored samples"]
    assert df.source.iloc[0].startswith("Anna Kowal")


def test_a_second_that_clause_passes_on_what_the_company_told_the_speaker():
    df = attributed(
        "Kowal says a diagnostics firm, Corvel Diagnostics of Leeds, has licensed the test, and "
        "that the company has told her it hopes to begin a trial in 2027.",
        learned=False,
    )
    row = df[df.via.notna()].iloc[0]
    assert row.source == "Corvel Diagnostics"
    assert row.text == "it hopes to begin a trial in 2027"


def test_an_epithet_is_the_player_named_last_not_a_name_modifying_a_subject():
    df = attributed(
        "Keshan Ramdass smashed 78 off 41 balls. Ramdass hit six sixes. Ground officials "
        "estimated the crowd at 11,000. As Ramdass walked off, the crowd rose.\n\n"
        "Speaking afterwards, the Player of the Match said the pitch had been \u201cperfect\u201d.",
        learned=False,
    )
    assert df.set_index("cue").loc["said", "source"].endswith("Ramdass")


def test_an_epithet_far_from_the_subject_is_the_person_the_text_named_last():
    df = attributed(
        "Keshan Ramdass smashed 78 off 41 balls. The Warriors piled up 194. The Riders were "
        "bowled out for 171. The win was their fourth. As Ramdass walked off, fans cheered.\n\n"
        "Later, the 24-year-old Berbician said: \u201cI just watched the ball.\u201d",
        learned=False,
    )
    assert df.source.tolist() == ["Keshan Ramdass"]


def test_a_trailing_frame_with_a_role_a_name_an_auxiliary_and_a_place():
    df = attributed(
        "Turnout in the Cardiff seat was 44.1%, the acting returning officer, Gwen Pryce, has "
        "just announced from the stage.",
        learned=False,
    )
    assert df.text.tolist() == ["Turnout in the Cardiff seat was 44.1%"]
    assert df.source.tolist() == ["Gwen Pryce"]


def test_a_noun_a_pronoun_described_as_is_that_persons_words():
    df = attributed(
        "Tom Keane has lived on the hill since 1991. He said he was asleep when the slope gave "
        "way. Then came a sound he described as \u201ca train going through the woods.\u201d",
        learned=False,
    )
    row = df.set_index("cue").loc["described"]
    assert row.source == "Tom Keane"
    assert "a train going through the woods" in row.text


def test_a_name_fans_or_locals_call_someone_or_something_is_no_statement():
    df = attributed(
        "Ines Ferreira, the singer whose voice became so tied to her town that fans simply "
        "called her \u201cla voz de Alfama,\u201d has died. Parents drive 100 km along roads "
        "that locals have taken to calling \u201cFodselsvejen\u201d \u2013 a name with a "
        "history.",
        learned=False,
    )
    assert df.empty
    df = attributed(
        "At the rally, Dunmore called him \u201cLittle Marco\u201d again.", learned=False
    )
    assert df.source.tolist() == ["Dunmore"]  # a speaker's jibe stays a statement


# ------------------------------------------------------------------------------- round 44
def test_she_wrote_after_a_statement_from_a_daughter_is_the_daughter():
    df = attributed(
        "Defence barrister Niamh Reilly said her client was ashamed. A statement from the "
        "daughter of one victim, a retired teacher who died last year, was read to the court "
        "by the prosecutor.\n\n"
        "\u201cMum spent her last Christmas worrying about the heating,\u201d she wrote.",
        learned=False,
    )
    row = df.set_index("cue").loc["wrote"]
    assert row.source == "daughter of one victim"
    assert row.channel == "statement"


def test_the_skipper_is_the_captain_named_before():
    df = attributed(
        "Captain Rohan Desai, who top-scored with 64, said the win belonged to the bowlers.\n\n"
        "\u201cWe were 15 runs short,\u201d the skipper said.",
        learned=False,
    )
    assert df.source.tolist() == ["Rohan Desai", "Rohan Desai"]


def test_an_inverted_frame_whose_appositive_has_a_relative_clause():
    df = attributed(
        "Women have always been central to the port\u2019s economy, even if they rarely appear in "
        "photographs of it, said Ann Mulvey, a historian at Bristol University whose 2019 book, "
        "\u201cShore Work,\u201d traces generations of net menders.",
        learned=False,
    )
    assert df.source.tolist() == ["Ann Mulvey"]
    assert df.text.iloc[0].startswith("Women have always been central")


def test_what_old_timers_still_call_is_a_name_in_use():
    df = attributed(
        "She opened the shop in 1992, during what old-timers still call the fleet\u2019s "
        "\u201cgolden years.\u201d",
        learned=False,
    )
    assert df.empty


def test_a_party_before_a_full_name_and_an_attorney_at_law_title_are_no_part_of_the_name():
    df = attributed(
        "Enhedslisten\u2019s Pernille Dahl Holm said her party would push for a permanent cap. "
        "Attorney-at-law Marcus Greene said his former teacher was strict. Oman's Foreign "
        "Ministry said the talks would resume.",
        learned=False,
    )
    assert df.source.tolist() == ["Pernille Dahl Holm", "Marcus Greene", "Oman's Foreign Ministry"]


def test_parties_lined_up_to_criticise_are_the_source():
    df = attributed(
        "Opposition parties lined up to criticise the plan. Critics were quick to condemn the "
        "levy.",
        learned=False,
    )
    assert df.source.tolist() == ["Opposition parties", "Critics"]


def test_a_bare_surname_in_an_obituary_is_the_subject_not_the_son_who_spoke_first():
    df = attributed(
        "Hartwell Byfield, the calypsonian, has died. He was 81.\n\n"
        "His son, Trevor Byfield, said his father had written his own funeral programme.\n\n"
        "Born in Bridgetown in 1944, Byfield taught English for 31 years.\n\n"
        "In a 2011 interview, he recalled being called into the principal\u2019s office.\n\n"
        "\u201cSo I chose the classroom in the day and the tent at night,\u201d Byfield said.",
        learned=False,
    )
    got = df.set_index("cue")["source"]
    assert got["recalled"] == "Hartwell Byfield"
    assert got["said"].tolist() == ["Trevor Byfield", "Hartwell Byfield"]


def test_a_subject_with_a_degree_after_the_name_is_the_next_he():
    df = attributed(
        "Marcus Obi said the trial would start soon. Jonathan Rees, MD, a cardiologist at "
        "Cedars-Sinai in Los Angeles, was more skeptical. He pointed out that the absolute "
        "difference in risk was small.",
        learned=False,
    )
    assert df.set_index("cue").loc["pointed out", "source"] == "Jonathan Rees"


def test_capitalised_analysts_are_people_not_the_company():
    df = attributed(
        "Analysts polled by LSEG had expected net income of R$455 million. The company said "
        "most of the shortfall was due to curtailment.",
        learned=False,
    )
    assert df.set_index("cue").loc["said", "source"] != "Analysts"


def test_the_spokesperson_is_the_one_for_a_body_named_with_for():
    df = attributed(
        "The Belfast Trust said it had ended its contract. A spokesperson for the Commissioner "
        "for Older People for Northern Ireland described the case as \u201ca stark reminder\u201d. "
        "\u201cThere are many more cases,\u201d the spokesperson added.",
        learned=False,
    )
    got = df.set_index("cue")["source"]
    assert got["described"] == got["added"]
    assert "Commissioner for Older People" in got["added"]


def test_a_participle_writing_after_a_subject_an_adverb_and_a_past_tense():
    df = attributed(
        "Ravi Menon later shared a photo with his father on Instagram, writing: \u201cFor Appa. "
        "Every ball.\u201d",
        learned=False,
    )
    assert df.source.tolist() == ["Ravi Menon"]


# ------------------------------------------------------------------------------- round 45
def test_a_position_alone_is_the_player_just_quoted_and_found_someone_is_no_finding():
    df = attributed(
        "Kell, 22, said he had \u201cno idea\u201d whether the kick was going over.\n\n"
        "\u201cI mis-hit it slightly,\u201d the fly-half told TNT Sports. Care assistant Beth "
        "Moran, who found Mr Whitby, said she had last seen him asleep.",
        learned=False,
    )
    assert df.source.tolist() == ["Kell", "Kell", "Beth Moran"]


def test_she_after_a_second_clause_naming_her_and_a_band_is_no_she():
    df = attributed(
        "Band historian Ruth Kane said the band was proud of its past.\n\n"
        "For more than a century, the Delancey Street String Band marched without a woman.\n\n"
        "It is four days before New Year\u2019s, and Donna Marchese is on her knees, stapling "
        "plumes.\n\n"
        "\u201cDon\u2019t write that I\u2019m on the floor,\u201d she says.",
        learned=False,
    )
    assert df.source.tolist() == ["Ruth Kane", "Donna Marchese"]


def test_ms_and_a_shared_surname_is_the_woman_and_to_found_is_no_finding():
    df = attributed(
        "Riley Tran kicked the winning goal. \u201cI just shut my eyes,\u201d Riley said. His "
        "mother, Thuy Tran, said she had mixed feelings.\n\n"
        "Ms Tran said the club had promised to rotate younger players. Dana Whitby went on to "
        "found the Lp(a) Patient Alliance.",
        learned=False,
    )
    assert df.set_index("cue").loc["said", "source"].tolist()[-1] == "Thuy Tran"
    assert "found" not in df.cue.tolist()


def test_a_surname_given_once_with_a_womans_first_name_is_no_later_he():
    df = attributed(
        "The film made a star of Joanna Pyke, then 26. Pyke wrote on Instagram that Vance had "
        "\u201ctaught me silence.\u201d She added: \u201cHe was impossible.\u201d\n\n"
        "Known on sets as \u201cthe Sheriff,\u201d Vance clashed with studios. He later claimed "
        "that United Artists had recut his thriller.",
        learned=False,
    )
    assert df.set_index("cue").loc["claimed", "source"] == "Vance"


def test_titles_and_places_in_a_relative_clause_on_the_speaker():
    df = attributed(
        "Ray Dumas, who starred in three of the films, including \u201cNorthbound,\u201d said in a "
        "statement: \u201cHe fought for every movie.\u201d Director Tom Ferro, who worked on the "
        "final feature, \u201cDry Season\u201d (2004), recalled that the set was chaotic. The "
        "Sundance Institute, where Vance served as a founding adviser, said it would screen "
        "the film.",
        learned=False,
    )
    assert df.source.tolist() == ["Ray Dumas", "Tom Ferro", "Sundance Institute"]


def test_asked_after_a_fronted_place_is_a_question_and_the_reply_is_the_answerers():
    df = attributed(
        "At the Cannes press conference, asked whether the film was an allegory, Vance replied: "
        "\u201cIt's a film about thirsty people.\u201d",
        learned=False,
    )
    assert df.source.tolist() == ["unknown", "Vance"]


def test_an_unnamed_resident_is_not_the_resident_the_text_names_later():
    df = attributed(
        "Kahale said she had called the city twice last year.\n\n"
        "One resident, who asked not to be named because she works for the city, said crews had "
        "cleared the stream in October.\n\n"
        "The city said in a statement that the stream was last inspected in November.\n\n"
        "A video posted to Facebook by Punaluu resident Tasha Yoon showed brown water. In the "
        "post, Yoon wrote: \u201cPray for Punaluu.\u201d",
        learned=False,
    )
    assert df[df.text.str.startswith("crews had cleared")].source.tolist() == ["One resident"]


def test_a_statement_from_a_wife_named_after_the_kin_word_is_hers_by_name():
    df = attributed(
        "The pathologist said he died of a head injury. A statement from Mr Corran's wife, "
        "Gemma, was read to the court by the coroner's officer.\n\n"
        "\u201cLiam was always on at the kids about safety,\u201d she wrote.",
        learned=False,
    )
    assert df.set_index("cue").loc["wrote", "source"] == "Gemma"


def test_lead_author_and_colleagues_and_a_second_source_after_an_appositive():
    df = attributed(
        "The association was stronger in younger participants, Whitman and colleagues found. "
        "Generators lost R$1.9 billion to curtailment, according to Abragen, an association "
        "representing renewable generators, and consultancy Energia Viva Analytics.",
        learned=False,
    )
    assert df.source.tolist() == ["Whitman", "Abragen", "Energia Viva Analytics"]


def test_a_named_relative_before_a_teller_aside_is_passed_on():
    df = attributed(
        "The first to sign up was Rosemary Kelly, then 73. Her mother, Agnes, she said, had "
        "told her as a girl that women \u201chad no business on Broad Street.\u201d",
        learned=False,
    )
    row = df[df.source == "Agnes"].iloc[0]
    assert row.via == "Rosemary Kelly"
    assert row.text.startswith("women")


def test_one_afternoon_in_a_shed_after_said_is_when_and_where_not_who():
    df = attributed(
        "Tess Calder runs the co-op. \u201cThe boats went to the sons,\u201d Tess, 34, said one "
        "afternoon in the co-op\u2019s processing shed. \u201cKelp was new.\u201d",
        learned=False,
    )
    assert set(df.source) == {"Tess"}


# ---------------------------------------------------- round 46's leftovers (twentieth session)
def test_a_named_expert_at_an_institute_is_a_person():
    df = attributed(
        "Dr. Helen Marsh, a nephrologist at the Linden Kidney Institute, said the results were "
        "encouraging.",
        learned=False,
    )
    assert df.source_type.tolist() == ["person"]


def test_advised_after_a_quote_closes_it():
    df = attributed(
        "Dr. Helen Marsh said the results were encouraging. \u201cDrink water, and do not skip "
        "your check-ups,\u201d Marsh advised. The firm advised Pfizer on its merger.",
        learned=False,
    )
    assert df.cue.tolist() == ["said", "advised"]
    assert df.source.tolist()[1] == "Helen Marsh"


def test_they_after_two_named_writers_is_both():
    df = attributed(
        "\u201cThe margin story is fragile,\u201d Kestrel analysts Priya Nair and Tom Hale wrote "
        "in a note. They argued that the shares were \u201chard to justify\u201d at this price.",
        learned=False,
    )
    argued = df[df.cue == "argued"]
    assert sorted(argued.source) == ["Priya Nair", "Tom Hale"]


def test_they_after_one_person_with_a_two_part_role_is_not_a_pair():
    # a guard for the test above (it passes on the code before that fix too)
    df = attributed(
        "Ana Ruiz, the author and activist, said the law was unjust. They argued that the "
        "vote should be delayed.",
        learned=False,
    )
    assert (df.source == "Ana Ruiz").sum() == 1


def test_according_to_sources_then_a_clause_with_a_past_verb_keeps_the_clause():
    row = one(
        "According to three party sources, the row came to a head at Tuesday's cabinet meeting, "
        "which ended without a deal."
    )
    assert row.source == "three party sources"
    assert row.text.startswith("the row came to a head")


def test_data_cited_by_a_broker_is_the_data_providers_relayed_by_the_broker():
    df = attributed(
        "According to Circana data cited by Halden Securities, the brand's share fell to 9 "
        "percent. Prices rose 4 percent, according to Eurostat figures.",
        learned=False,
    )
    assert df.source.tolist() == ["Circana", "Eurostat"]
    assert df.via.tolist()[0] == "Halden Securities"


def test_the_company_far_from_its_one_mention_is_that_company():
    text = (
        "Orla Foods reported a 12 percent fall in quarterly profit on Tuesday.\n\n"
        + "".join(f"Analyst {n} said the quarter was weak. " for n in ("Ken Ito", "Ada Park"))
        + "Sales in the north fell. Sales in the south rose. Margins narrowed. Costs rose. "
        "Wages rose. Freight rose. Volumes held up. Exports fell.\n\n"
        "Orla's board also approved a dividend of 6 cents a share, the company said in its "
        "filing.\n\n"
        "Apex Mills, the parent company of Corra, rose 3 percent. The company reported "
        "earnings of $2 a share."
    )
    df = attributed(text, learned=False)
    assert df[df.text.str.startswith("Orla's board")].source.tolist() == ["Orla Foods"]
    assert "Orla Foods" not in df[df.cue == "reported"].source.tolist()[1:]


def test_late_on_a_date_after_said_is_a_time_not_the_content():
    row = one("Net profit fell to Rs 312 crore, the company said in a filing late on January 29.")
    assert row.text == "Net profit fell to Rs 312 crore"


def test_a_results_headline_with_a_colon_names_no_speaker():
    df = attributed(
        "Orla Foods Q3 Results: Net profit falls 12% on input costs\n\n"
        "Orla Foods said on Tuesday that profit fell.",
        learned=False,
    )
    assert df.source.tolist() == ["Orla Foods"]


def test_she_is_the_memoirist_not_the_inspector_in_her_subordinate_clause():
    df = attributed(
        "Miriam Oduya taught for 40 years. In her memoir she wrote that she chose teaching at "
        "eight, after a visiting inspector told her class that \u201cisland children could not "
        "do sums.\u201d\n\n"
        "\u201cI went home and told my mother I would prove him wrong,\u201d she wrote.",
        learned=False,
    )
    assert df[df.text.str.startswith("\u201cI went home")].source.tolist() == ["Miriam Oduya"]


def test_she_after_a_name_of_either_gender_with_her_in_its_sentence():
    df = attributed(
        "At dawn, the thermometer on Dana Pruitt's skiff reads 19 degrees, and the kelp she "
        "is pulling from Frenchman Bay squeaks against her gloves.\n\n"
        "\u201cPeople think this is gentle work,\u201d she said.",
        learned=False,
    )
    assert df.source.tolist() == ["Dana Pruitt"]


# ------------------------------------------------------------ round 47 (twentieth session)
def test_a_speech_clause_inside_a_relative_clause_ends_at_its_comma():
    df = attributed(
        "Derek Vane, the firm's director, gave evidence. He acknowledged that the safety "
        "manual, which Mr Hale said he had never seen, required harnesses \u201cat all times\u201d, "
        "but insisted every worker had been trained.",
        learned=False,
    )
    acknowledged = df[df.cue == "acknowledged"].iloc[0]
    assert acknowledged.text.endswith("\u201cat all times\u201d")
    assert df[df.source == "Hale"].text.tolist() == ["he had never seen"]
    assert df[df.cue == "insisted"].source.tolist() == ["Derek Vane"]


def test_told_the_hearing_and_the_inquest_are_audiences():
    df = attributed(
        "Mia Lund told the hearing the pair had built the frame that morning. Omar Price told "
        "the inquest the base had been set on loose gravel.",
        learned=False,
    )
    assert df.reported_to.tolist() == ["hearing", "inquest"]
    assert df.text.str.startswith(("the pair", "the base")).all()


def test_a_firms_short_name_is_no_she_and_a_who_clause_names_the_topic():
    df = attributed(
        "The worker had been employed by Calder Roofing Ltd since 2017.\n\n"
        "Coroner Ruth Amis recorded a conclusion of accidental death. Calder Roofing will have "
        "56 days to respond. Turning to the family, she said: \u201cI am so sorry.\u201d\n\n"
        "Harbour Point Seafoods announced it would close the plant. In a statement, Harbour "
        "Point blamed falling catches for the closure. The co-op was not Dunne's idea, she "
        "insists. None of that troubles Ellen Pardoe, who still comes in most "
        "mornings. On a grey afternoon, she tells a visitor that she will keep coming.",
        learned=False,
    )
    assert df[df.text.str.contains("so sorry")].source.tolist() == ["Ruth Amis"]
    assert df[df.cue == "insists"].source.iloc[0] not in ("Harbour Point", "Harbour Point Seafoods")
    assert df[df.cue == "tells"].source.tolist() == ["Ellen Pardoe"]


def test_falls_targets_passives_and_postings_are_no_statements():
    df = attributed(
        "West Indies defended a target of 236 to win. Net sales declined 9pc to Rs18.6 billion. "
        "The shot is currently recommended for adults over 50. A video posted to Facebook by "
        "resident Jake Moss showed a fence floating away. Ms Roy declined to comment.",
        learned=False,
    )
    assert df.empty


def test_a_document_sent_to_an_exchange_is_the_source_not_the_content():
    row = one(
        "According to the financial results sent to the Pakistan Stock Exchange (PSX), the "
        "company earned a net profit of Rs2.1 billion."
    )
    assert row.text.startswith("the company earned")


def test_a_gap_that_a_named_expert_describes_as_is_her_description():
    df = attributed(
        "They did, but only by 4 percent, a gap that co-author Ines Baird, a cardiologist at "
        "Glasgow Royal Infirmary, describes as \u201creassuringly small.\u201d",
        learned=False,
    )
    assert df.source.tolist() == ["Ines Baird"]
    assert "reassuringly small" in df.text.iloc[0]


def test_department_names_with_and_and_a_lower_case_union_stay_whole():
    df = attributed(
        "Fisheries and Oceans Canada said the cut reflected declining stocks. Health Canada and "
        "Transport Canada said it was safe. The London Chamber of Commerce and Industry "
        "estimates that the strike will cost \u00a385 million. Tom Mercer, a representative with "
        "the Fish, Food and Allied Workers union, said the union was worried.",
        learned=False,
    )
    assert df.source.tolist() == [
        "Fisheries and Oceans Canada",
        "Health Canada",
        "Transport Canada",
        "London Chamber of Commerce and Industry",
        "Tom Mercer",
    ]
    assert df.source_type.tolist()[:4] == ["government"] * 3 + ["organisation"]


def test_audiences_a_relative_and_a_programme():
    df = attributed(
        "Shannon Keats drew up a plan. She told her aunt it could work. Union leader Paul Kerr "
        "told BBC Radio 4's Today programme that talks were over.",
        learned=False,
    )
    assert df.reported_to.tolist() == ["her aunt", "BBC Radio 4's Today programme"]
    assert df.text.tolist() == ["it could work", "talks were over"]


def test_heard_saying_in_a_video_and_a_clock_time_before_a_named_speaker():
    df = attributed(
        "The Red Cross said 31 people had checked in by 5 p.m. Volunteer Dina Mora said most "
        "were older residents. \u201cThat's my mailbox going by,\u201d Holloway can be heard "
        "saying.",
        learned=False,
    )
    assert df.source.tolist() == ["Red Cross", "Dina Mora", "Holloway"]


def test_an_office_which_told_her_is_passed_on_by_her():
    df = attributed(
        "Commissioner Erin Skov said the county declared an emergency. She said she had spoken "
        "with the governor's office, which told her that state crews were standing by.",
        learned=False,
    )
    row = df[df.cue == "told"].iloc[0]
    assert row.source == "governor's office"
    assert row.via == "Erin Skov"
    assert row.text == "state crews were standing by"


def test_a_book_title_inside_an_appositive_is_no_quote():
    row = one(
        "Nadia Rahim, a historian who has studied co-ops for two decades and is the author of the "
        '2021 book "Salt and Stone," says the harbour\'s story is typical.'
    )
    assert row.source == "Nadia Rahim"
    assert row.text == "the harbour's story is typical"


def test_an_epithet_after_a_nicknamed_full_name_is_that_player():
    # a guard (it passes on the code before too): with a photo caption set aside, the name
    # split by its nickname is the only full name the text gives
    df = attributed(
        'Ravi "The Wall" Sookram made 91 as the Lions won at the Oval Stadium on Sunday. Stadium '
        "officials estimated the crowd at 9,000.\n\n"
        "As Sookram walked off, the crowd rose.\n\n"
        "Speaking to the broadcaster, the Player of the Match said the pitch had been perfect.",
        learned=False,
    )
    assert df[df.cue == "said"].source.tolist() == ["Ravi Sookram"]


def test_a_surname_first_name_keeps_its_surname_under_the_entity_names():
    df = statements(
        art("Chief financial officer Wong Mei Ling said labour costs rose 11% last year."),
        narrator=False,
    )
    assert df.source.tolist() == ["Wong Mei Ling"]


def test_a_results_headline_gives_no_learned_row_either():
    df = statements(
        art(
            "Orla Foods Q3 Results: Net profit falls 12% on input costs\n\n"
            "Orla Foods said on Tuesday that profit fell."
        ),
        narrator=False,
        canonical=False,
    )
    assert df.source.tolist() == ["Orla Foods"]


# ------------------------------------------------------------ round 48 (twentieth session)
def test_a_widow_who_told_an_inquest_and_fishermen_before_a_comparison():
    df = attributed(
        "A retired teacher killed by a lorry had been \u201cdoing everything right\u201d, his widow "
        "told an inquest. Boats are paid $1.05 a pound this season, fishermen said, barely "
        "above last year's.",
        learned=False,
    )
    assert df.source.tolist() == ["his widow", "fishermen"]
    assert df.reported_to.tolist()[0] == "inquest"
    assert df.text.tolist()[1] == "Boats are paid $1.05 a pound this season"


def test_it_said_in_a_statement_to_the_exchanges_is_the_company_not_the_filing():
    df = attributed(
        "IT services firm Corvane Systems said on Wednesday that profit rose 9%.\n\n"
        "Revenue rose 6%, according to a regulatory filing.\n\n"
        "The company now expects revenue to grow 5%, it said in a statement to the exchanges.",
        learned=False,
    )
    row = df[df.text.str.startswith("The company now")].iloc[0]
    assert row.source == "Corvane Systems"
    assert row.text.endswith("grow 5%")


def test_an_unnamed_driver_whose_family_does_not_know_is_the_source():
    df = attributed(
        "A 41-year-old taxi driver at the rank, who asked not to be named because his family "
        "does not know his status, said he had last tested in 2017. \u201cI was scared,\u201d he said.",
        learned=False,
    )
    assert df.source.tolist() == ["41-year-old taxi driver at the rank"] * 2
    assert df.source_type.tolist() == ["anonymous"] * 2


def test_mrs_x_is_not_her_husbands_full_name():
    df = statements(
        art(
            "Peter Kellaway, 67, died two days after the collision.\n\n"
            "In a statement read to the court, Mrs Kellaway described her husband as \u201ca careful "
            "cyclist\u201d.\n\n\u201cHe knew every pothole,\u201d she said."
        ),
        narrator=False,
        learned=False,
    )
    assert "Peter Kellaway" not in df.source.tolist()


def test_it_is_no_executive_at_the_company_and_he_is_the_named_member():
    df = attributed(
        "A senior executive at the company told ET that talks were advanced.\n\n"
        "The company added 1,212 employees during the quarter. Attrition eased to 12.9%, it "
        "said.\n\n"
        "Minister Hasnah Ibrahim said the bill was fair. PAS central committee member Khairul "
        "Anuar Yusof said the party was not opposed to it. \u201cWe have called for this since "
        "2018,\u201d he said.",
        learned=False,
    )
    assert df[df.text.str.startswith("Attrition")].source.tolist() != [
        "senior executive at the company"
    ]
    assert df[df.text.str.contains("since 2018")].source.tolist() == ["Khairul Anuar Yusof"]


def test_she_after_asked_whether_and_a_named_subject_and_a_grandmothers_words():
    df = attributed(
        "\u201cI'll be back,\u201d Mia said.\n\n"
        "Later, asked whether she had made a decision, Evelyn Nanalook laughed.\n\n"
        "\u201cAsk me in August,\u201d she said.\n\n"
        "Rose says the river is hers. She remembers her grandmother - Evelyn's mother, Lena "
        "Tallekpalek - telling her as a girl: \u201cThe fish don't care whose name is on the "
        "paper.\u201d",
        learned=False,
    )
    assert df[df.text.str.contains("August")].source.tolist() == ["Evelyn Nanalook"]
    row = df[df.text.str.contains("fish don't care")].iloc[0]
    assert (row.source, row.via) == ("Lena Tallekpalek", "Rose")


def test_an_agent_who_had_already_warned_them_is_passed_on():
    df = attributed(
        "Dana Whitcomb said the couple's insurance agent had already warned them that landslide "
        "damage is excluded.",
        learned=False,
    )
    row = df[df.cue == "warned"].iloc[0]
    assert (row.source, row.via) == ("couple's insurance agent", "Dana Whitcomb")


def test_a_papers_title_gives_no_learned_row():
    df = attributed(
        "Giving free blood-pressure checks at bus depots more than tripled the number of drivers "
        "who were screened, according to a study published on Tuesday in The Lancet Regional "
        "Health.\n\n"
        'The paper, titled "Depot-based screening of hypertension in bus drivers in Gauteng: a '
        'cluster-randomised trial", followed 18 depots in Johannesburg and Tshwane between April '
        "and October 2025. At nine depots, nurses offered checks during shift changes. The other "
        "nine depots kept the usual referral to clinics.\n\n"
        "Over the six months, 41% of drivers at the screening depots had their blood pressure "
        "checked, compared with 12% at the others, the study found."
    )
    assert "titled" not in df.cue.tolist()
    assert df.source.tolist() == ["study", "study"]


# ------------------------------------------------------------ round 49 (twentieth session)
def test_finding_that_is_the_coroners_and_finding_a_way_is_nothing():
    df = attributed(
        "At the hearing, area coroner Katrina Holm recorded a narrative conclusion, finding that "
        "the pothole \u201cmore than minimally contributed\u201d to his death. Engineers are "
        "finding a way to detect tunnels.",
        learned=False,
    )
    assert df.source.tolist() == ["Katrina Holm"]


def test_pointing_out_after_an_epithet_is_the_titled_coach():
    df = attributed(
        "Mumbai City head coach Petr Kratochvil was in no mood to praise anyone. He claimed his "
        "side should have had a penalty. Captain Rohan D'Souza insisted he had touched the "
        "ball.\n\n"
        "The Czech coach also took aim at the fixture list, pointing out that his players had "
        "played four days earlier. \u201cWe travel, we play,\u201d he said.",
        learned=False,
    )
    assert df[df.cue == "pointing out"].source.tolist() == ["Petr Kratochvil"]
    assert df[df.text.str.contains("We travel")].source.tolist() == ["Petr Kratochvil"]


def test_a_quote_after_a_gerund_clause_keeps_its_speaker():
    df = attributed(
        "''Thirty years ago, it was booming,'' Ms. Hale said, pointing out where the hardware "
        "store used to be. ''But those days are never coming back.''",
        learned=False,
    )
    assert set(df.source) == {"Hale"}
    assert len(df) == 3


def test_a_club_posted_that_and_a_research_note_published_after_results():
    df = attributed(
        "Mumbai City posted that the squad would fly home on Sunday. According to Obsidian's "
        "research note, published shortly after the results, the Home division makes less "
        "than 15% of sales.",
        learned=False,
    )
    assert df.cue.tolist() == ["posted", "According to"]
    assert df.text.tolist()[1].startswith("the Home division")


def test_they_report_in_a_journal_and_a_representative_who_told_her():
    df = attributed(
        "The team tested 14 pans. Particle counts rose sharply, they report in Environmental "
        "Science & Technology.\n\n"
        "Ingrid Sol led the study. She says that when she presented early results at a "
        "conference last year, a representative of one manufacturer told her the work would "
        "scare people.",
        learned=False,
    )
    assert "report" in df.cue.tolist()
    row = df[df.cue == "told"].iloc[0]
    assert (row.source, row.via) == ("representative of one manufacturer", "Ingrid Sol")


def test_a_letter_the_chief_executive_sent_is_his():
    row = one(
        "The unit was losing $2 million a year, according to a letter the hospital's chief "
        "executive, Greg Toller, sent to county commissioners at the time."
    )
    assert row.source == "Greg Toller"


def test_she_after_a_judge_named_dana_and_he_after_keene_with_an_aside():
    df = attributed(
        "Last December, the commissioners voted to give the center $40,000. County Judge Dana "
        "Whitby, who pushed for the money, argues that the county spends more on ambulances. "
        "\u201cIt's an everybody issue,\u201d she says.\n\n"
        "Martin Keene runs the unit. Commissioner Ray Dutton voted no. He says he doubts the "
        "plan.\n\n"
        "And Keene, for all his worry about women laboring on the highway, is wary. \u201cRosa "
        "has minutes,\u201d he says.",
        learned=False,
    )
    assert df[df.text.str.contains("everybody")].source.tolist() == ["Dana Whitby"]
    assert df[df.text.str.contains("Rosa has")].source.str.endswith("Keene").tolist() == [True]


def test_a_named_author_between_a_role_and_an_indefinite_appositive():
    row = one(
        "Its author, state representative Lorena Salas, an El Paso Democrat, told the Texas "
        "Tribune that leadership had let the bill die."
    )
    assert row.source == "Lorena Salas"


def test_a_relative_then_the_name_close_a_frame():
    df = attributed(
        "Ouellet died Monday after a short illness, his daughter, Isabelle Brandt, announced on "
        "Facebook. \u201cIt is over,\u201d his widow, Ruth, said.",
        learned=False,
    )
    assert df.source.tolist() == ["Isabelle Brandt", "Ruth"]
    assert df.text.tolist() == [
        "Ouellet died Monday after a short illness",
        "\u201cIt is over,\u201d",
    ]


def test_she_after_neither_of_them_and_a_named_second_clause():
    df = attributed(
        "Rosa Vidal runs the center with Claire Hoff. \u201cA midwife who never transfers will "
        "lose somebody,\u201d Vidal says. Hoff nods. Neither of them has lost a mother or a baby, "
        "and Vidal is superstitious about it.\n\n"
        "\u201cNot yet, and I intend to keep it that way,\u201d she says.",
        learned=False,
    )
    assert df[df.text.str.contains("Not yet")].source.tolist() == ["Vidal"]


# ------------------------------------------------------------ round 50 (twentieth session)
def test_she_in_an_obituary_is_the_novelist_not_the_daughter_who_announced_it():
    df = attributed(
        "Novelist Ana Kristjansdottir Dies at 84\n\n"
        "Ana Kristjansdottir, whose novels about fishing families made her famous, died on "
        "Saturday. She was 84.\n\n"
        "Her death was announced by her daughter, Solveig Olafsdottir, who said in a post on "
        "Facebook that her mother had died peacefully.\n\n"
        "Born in 1941, she left school at 15 to work in a fish plant. Kristjansdottir published "
        "17 novels.\n\n"
        "\u201cI learned everything at a gutting table,\u201d she told Morgunbladid in 2009.",
        learned=False,
    )
    assert df[df.text.str.contains("gutting table")].source.tolist() == ["Ana Kristjansdottir"]


def test_a_companys_legal_suffix_and_calls_it_the_most():
    df = attributed(
        "Rafael P. Sarmento, research head at Eastbridge Securities, Inc., said earnings had "
        "come in ahead of his forecast. Sunita Ahirwal calls it the station's most important "
        "programme.",
        learned=False,
    )
    assert df.source.tolist() == ["Rafael P. Sarmento", "Sunita Ahirwal"]


def test_the_paper_reports_closes_a_frame():
    row = one(
        "In plantations with riparian forest, the big cats were detected five times as often, "
        "the paper reports."
    )
    assert (row.source, row.cue) == ("paper", "reports")


def test_she_after_a_one_sentence_paragraph_introducing_her():
    # a guard (it passes on the code before too; round 51's text needed "the fiscal" linked to
    # her name later, which this shorter text does not reproduce)
    df = attributed(
        "Fiscal depute Laura Chen told him the bank had no record of any such call. "
        "\u201cThen they've lost it,\u201d he said.\n\n"
        "Earlier, the jury heard from his sister, Morag Bain, 47, who was office manager until "
        "last year.\n\n"
        "She told the court she first noticed strange payments in 2023.",
        learned=False,
    )
    assert df[df.text.str.startswith("she first")].source.tolist() == ["Morag Bain"]


# ------------------------------------------------------------------------------- round 51 (twenty-first session)
def test_mr_and_a_shared_surname_is_the_first_bearer_whose_given_name_the_list_leaves_open():
    # "Terry" is in no given-name list as a man's or a woman's name; the "his" after the
    # first full name says which, so "Mr Quigley" is the coach, not his son
    df = attributed(
        "Friends have paid tribute to Terry Quigley, the Kerry hurling coach who died on "
        "Sunday. He was 74, his family said.\n\n"
        "\u201cHe loved the game more than anything,\u201d his son, Ciaran Quigley, said.\n\n"
        "Former captain Donal Hurley said Mr Quigley had always picked the youngest players "
        "first.\n\n"
        "In a 2015 interview, Mr Quigley described his teams as \u201cstubborn and lucky\u201d.",
        learned=False,
    )
    assert df[df.cue == "described"].source.tolist() == ["Terry Quigley"]
    assert df[df.text.str.startswith("\u201cHe loved")].source.tolist() == ["Ciaran Quigley"]


def test_the_elder_mr_x_is_the_older_of_two_bearers():
    df = attributed(
        "Callum Reid, 44, denies defrauding the family haulage firm of \u00a390,000. "
        "Callum Reid says the money was a salary he was owed.\n\n"
        "His mother, Agnes Reid, 71, and his uncle, Walter Reid, 80, gave evidence on "
        "Tuesday.\n\n"
        "Asked whether he still signed the cheques, the elder Mr Reid conceded that he had "
        "stopped in 2019.\n\n"
        "The younger Mr Reid told the jury he had kept every receipt.",
        learned=False,
    )
    assert df[df.cue == "conceded"].source.tolist() == ["Walter Reid"]
    assert df[df.cue == "told"].source.tolist() == ["Callum Reid"]


def test_for_x_opening_the_sentence_is_the_he_of_its_clause():
    df = attributed(
        "Jonas Berg scored twice as Bodo beat Molde 3-1.\n\n"
        "\u201cWe were brave,\u201d said coach Kjetil Knutsen.\n\n"
        "Ola Solbakken, the substitute, set up the third. \u201cIt felt unreal,\u201d he said."
        "\n\nFor Berg, the goals came a week after he admitted on NRK radio that he had been "
        "\u201coverthinking every chance\u201d.",
        learned=False,
    )
    assert df[df.cue == "admitted"].source.tolist() == ["Berg"]


def test_a_listed_lender_is_the_bank_and_an_analysts_employer_is_no_the_bank():
    df = attributed(
        "Kestrel Bank reported a 20 percent rise in half-year profit on Tuesday.\n\n"
        "The Lusaka Securities Exchange-listed lender said in a statement that deposits grew "
        "by 14 percent.\n\n"
        "Kestrel chief executive Mutale Banda said the results showed the strategy was "
        "working. Kestrel also cut its fees for small firms.\n\n"
        "Ruth Phiri, a senior analyst at Copperline Investment Bank, said she expected the "
        "shares to rise.\n\n"
        "The bank said in its statement that it would open six branches next year.",
        learned=False,
    )
    assert df[df.text.str.startswith("deposits")].source.tolist() == ["Kestrel Bank"]
    assert df[df.text.str.startswith("it would open")].source.tolist() == ["Kestrel Bank"]


# ------------------------------------------------------------------------------- round 52 (twenty-first session)
def test_a_role_with_a_participle_adjective_then_he_in_the_next_sentence():
    df = attributed(
        "The site manager, Owen Pryce, said he had read the report.\n\n"
        "Harrow Freight's managing director, Colin Marsh, did not attend the hearing. In a "
        "written statement, he said the firm had \u201cacted on every warning\u201d.",
        learned=False,
    )
    assert df[df.text.str.startswith("the firm")].source.tolist() == ["Colin Marsh"]


def test_a_team_boss_and_a_rugby_position_are_the_person_just_named():
    df = attributed(
        "\u201cWe lost our discipline,\u201d said Leinster coach Niamh Walsh.\n\n"
        "The Leinster boss said the scrum had been penalised too often.\n\n"
        "Ross Kerr, the lock, was blunter. \u201cWe gave them the game,\u201d the lock said.",
        learned=False,
    )
    assert df[df.text.str.startswith("the scrum")].source.tolist() == ["Niamh Walsh"]
    assert df[df.text.str.contains("gave them")].source.tolist() == ["Ross Kerr"]


def test_a_broadcaster_with_a_plus_sign_is_the_audience():
    row = one("Dupont had earlier told Canal+ pitchside that his knee was fine.")
    assert (row.reported_to, row.text) == ("Canal+", "his knee was fine")


def test_a_possessive_in_an_object_and_a_reported_fault_are_no_statements():
    df = attributed(
        "Tom Hale added the extras to go with his earlier conversion of Sam Reed's try. "
        "The lift failed a week after a tenant reported damage to it, the council said.",
        learned=False,
    )
    assert df.cue.tolist() == ["said"]


def test_she_is_not_a_man_whose_given_name_has_an_accent():
    # "Pádraig" is a man's name in the name data only without its accent
    df = attributed(
        "Siobhán Ní Bhriain, the Kerry singer, has died aged 80.\n\n"
        "\u201cShe sang until the end,\u201d her son P\u00e1draig told the Kerryman.\n\n"
        "Born Siobh\u00e1n Walsh in 1945, she learned her songs from her grandmother.\n\n"
        "In her 2010 memoir, she wrote: \u201cI never sang for money.\u201d",
        learned=False,
    )
    assert df[df.cue == "wrote"].source.tolist() == ["Siobhán Ní Bhriain"]


def test_her_husband_named_in_an_appositive_is_the_he_of_the_next_sentence():
    df = attributed(
        "Tanya Kovac, the ward manager, says the unit nearly closed.\n\n"
        "Kovac's husband, Milan, a retired welder, has learned to sleep through the phone. "
        "He estimates he has made her a thousand flasks of tea.",
        learned=False,
    )
    assert df[df.cue == "estimates"].source.tolist() == ["Milan"]


def test_a_yes_no_question_naming_her_is_the_she_two_sentences_on():
    df = attributed(
        "Dr. Ruth Okafor has covered the night shifts since 2022. \u201cSomebody had to,\u201d "
        "she says.\n\n"
        "Dr. Lena Park now takes ten nights a month. \u201cAsk me in 2028,\u201d she says.\n\n"
        "Is Okafor ready to hand the nights over? When I ask her, she is quiet for a while.\n\n"
        "\u201cI'll keep going until she's ready,\u201d she finally says.",
        learned=False,
    )
    assert df[df.text.str.contains("keep going")].source.tolist() == ["Ruth Okafor"]


def test_a_filing_with_a_regulator_is_the_companys_and_a_possessive_in_s():
    df = attributed(
        "Peruvian copper miner Cobre Andes reported a fall in quarterly profit. Revenue fell "
        "12%, according to a filing with the regulator SMV. Output rose 8%, the company said."
        "\n\nAndes Securities' Julia Ramos was more critical. In a note to clients, she wrote "
        "that costs looked high.",
        learned=False,
    )
    got = df.set_index("cue").source.to_dict()
    assert got["according to"] == "Cobre Andes"
    assert got["said"] == "Cobre Andes"
    assert got["wrote"] == "Julia Ramos"


def test_the_same_call_is_an_audience_and_realized_prices_no_cue():
    df = attributed(
        "Average realized prices slipped to $9,850 a tonne. Finance chief Ana Silva told the "
        "same call that costs had fallen.",
        learned=False,
    )
    assert df[["cue", "reported_to", "text"]].values.tolist() == [
        ["told", "same call", "costs had fallen"]
    ]


def test_a_book_title_with_a_colon_and_a_title_before_more_appositive():
    df = attributed(
        "Ama Boateng, a historian at Ghent and the author of \u201cCocoa: A Global History,\u201d "
        "argued that the archive was incomplete. Ravel, the co-author of \u201cSlow News,\u201d "
        "about the decline of local papers, said the days of one shared story are gone.",
        learned=False,
    )
    assert df.source.tolist() == ["Ama Boateng", "Ravel"]


def test_an_acronym_glossing_a_term_in_an_appositive_is_no_speaker():
    df = attributed(
        "Mira Lund, a nephrologist in Oslo who has studied chronic kidney disease of unknown "
        "cause, or CKDu, among cane cutters in Nicaragua, called the study \u201ca vital "
        "piece of the puzzle\u201d.",
        learned=False,
    )
    assert df.source.tolist() == ["Mira Lund"]


def test_used_to_tell_and_recalls_x_telling_her_are_relays():
    df = attributed(
        "Rosa Vega said her supervisor used to tell the crew on hot days that \u201cwater "
        "breaks are for the lazy.\u201d\n\n"
        "Nurse Ines Kahl recalls Vega telling her, the week the clinic lost its last doctor, "
        "that \u201cthe doors stay open while I can stand.\u201d",
        learned=False,
    )
    relays = df[df.via.notna()]
    assert relays[["source", "via"]].values.tolist() == [
        ["her supervisor", "Rosa Vega"],
        ["Rosa Vega", "Ines Kahl"],
    ]


def test_a_death_notice_is_a_document_and_a_feeling_found_is_no_finding():
    df = attributed(
        "She died on Monday at her home, \u201cpeacefully and with the radio on\u201d, her "
        "death notice said. Known locally as \u201cthe Duchess\u201d, a name she found "
        "mortifying, she taught for 30 years.",
        learned=False,
    )
    assert df[["source", "cue"]].values.tolist() == [["her death notice", "said"]]


def test_a_competition_before_a_headline_colon_names_no_speaker():
    df = attributed(
        "Premiership: Saracens edge Bath in late thriller\n\nSaracens beat Bath 24-22 on Saturday.",
        learned=False,
    )
    assert df.empty


def test_a_nickname_is_no_learned_statement():
    df = attributed(
        "Kyle Rennie, known as \u2018Big Dog\u2019 in the dressing room, described the defeat as "
        "\u201ca kick in the teeth\u201d.",
        learned=True,
    )
    assert df.cue.tolist() == ["described"]


# ------------------------------------------------------------------------------- round 53 (twenty-first session)
def test_a_titled_name_with_a_long_appositive_is_the_she_of_the_next_sentence():
    df = attributed(
        "Kim Soto, the volunteer coordinator, estimated that 4,000 people had helped.\n\n"
        "The science has followed. Dr. Leilani Kahale, a fisheries ecologist at the University "
        "of Hawaii at Hilo, has monitored the pond since 2020. She said fish counts had risen "
        "sixfold.",
        learned=False,
    )
    assert df[df.text.str.startswith("fish counts")].source.tolist() == ["Leilani Kahale"]


def test_in_an_obituary_she_after_a_paragraph_about_her_is_its_subject():
    df = attributed(
        "Obituary: Jazz pianist Edna Moore dies at 88\n\n"
        "Edna Moore, a pianist who saved her town's music hall, died on Saturday. She was 88."
        "\n\nMs. Moore started on the piano at 4."
        "\n\n\u201cShe never charged students who could not pay,\u201d said Tamara Reed, a "
        "former pupil.\n\n"
        "The fight for which the town will best remember her began in 1986, when the mill "
        "closed.\n\n"
        "She told the council that pulling the hall down would be \u201ccutting the heart out "
        "of a town\u201d.",
        learned=False,
    )
    assert df[df.cue == "told"].source.tolist() == ["Edna Moore"]


def test_told_an_outlets_reporter_is_the_audience():
    row = one(
        "When crews arrived, flames were already coming through the roof, Capt. Ray Dunn told "
        "Channel 2's Tasha Reid."
    )
    assert (row.source, row.reported_to) == ("Ray Dunn", "Channel 2's Tasha Reid")
    assert row.text.endswith("coming through the roof")


def test_recalling_someone_telling_her_keeps_the_recalling_row():
    df = attributed(
        "Nurse Ines Kahl recalls Rosa Vega telling her that \u201cthe doors stay open while I "
        "can stand.\u201d",
        learned=False,
    )
    assert df[["source", "via"]].fillna("-").values.tolist() == [
        ["Ines Kahl", "-"],
        ["Rosa Vega", "Ines Kahl"],
    ]


def test_the_defender_after_for_x_is_x():
    df = attributed(
        "Lewis Mair headed Motherwell level before the break.\n\n"
        "\u201cMy legs were going like jelly,\u201d said Craig Doig, the 20-year-old who scored "
        "the winner.\n\n"
        "For Mair, the goal was little consolation. The defender said the dressing room was "
        "\u201csilent\u201d at full-time.",
        learned=False,
    )
    assert df[df.text.str.startswith("the dressing room")].source.tolist() == ["Mair"]


# ------------------------------------------------------------------------------- round 54 (twenty-first session)
def test_a_place_inside_a_things_phrase_is_no_antecedent():
    df = attributed(
        "The wind off Penobscot Bay could freeze your ears, but Rita Lowell doesn't seem to "
        "notice. She has a trap on the rail.\n\n"
        "\u201cPeople ask me what it's like,\u201d she says.",
        learned=False,
    )
    assert df[df.cue == "says"].source.tolist() == ["Rita Lowell"]


def test_the_elder_ms_x_when_only_one_bearer_has_a_kin_word():
    df = attributed(
        "Jess Lowell hauls traps off Stonington. \u201cIt is a good life,\u201d Jess Lowell "
        "says.\n\n"
        "Her mother, Diane Lowell, fished for 30 years as a sternman. She keeps an old chart "
        "of Cal Avery's on the wall. She's proud of her daughter, she says.\n\n"
        "\u201cThe water doesn't care how careful you are,\u201d says the elder Ms. Lowell.",
        learned=False,
    )
    assert df[df.text.str.startswith("She's proud")].source.tolist() == ["Diane Lowell"]
    assert df[df.text.str.contains("water doesn't care")].source.tolist() == ["Diane Lowell"]


def test_a_given_name_read_as_a_foreign_word_and_a_persons_lab():
    df = attributed(
        "\u201cIt changes,\u201d Dr. Hannah Berg explains.\n\n"
        "Maya Ortiz has taken that lesson to heart. At 26, she bought her first boat. She says "
        "the decision was less brave than it looks.\n\n"
        "Dr. Berg's lab has started sampling the water around Ms. Ortiz's kelp lines. She says "
        "early data are promising.",
        learned=False,
    )
    got = df.set_index("text").source.to_dict()
    assert got["the decision was less brave than it looks"] == "Maya Ortiz"
    assert got["early data are promising"] == "Hannah Berg"


def test_a_name_in_its_own_script_and_a_filing_to_an_exchange():
    df = attributed(
        "The TPP's Chen Ya-ting (陳雅婷), a member of the legislature's Finance Committee, said "
        "her party backed the freeze. Net profit reached 2.4 billion baht, the company said "
        "in a filing to the Stock Exchange of Thailand.",
        learned=False,
    )
    assert df.source.tolist()[0] in ("Chen Ya-ting", "TPP's Chen Ya-ting")
    assert df[df.cue == "said"].text.tolist()[-1] == "Net profit reached 2.4 billion baht"


def test_a_trial_run_in_places_is_the_source_not_the_places():
    df = attributed(
        "Sick days fell by 14%, according to a large trial conducted in 84 schools in the "
        "Netherlands and Belgium.",
        learned=False,
    )
    assert df.source.tolist() == ["large trial"]


def test_the_statement_said_after_mrs_x_described_is_hers_not_her_sons():
    df = attributed(
        "Jordan Hale, 19, died at the warehouse. He was pronounced dead at the scene.\n\n"
        "Jordan's mother, Lisa Hale, sat in the gallery. In a statement read by the family's "
        "solicitor, Mrs Hale described her son as \u201cthe life and soul of every room\u201d."
        "\n\n\u201cHe was proud of that job,\u201d the statement said.",
        learned=False,
    )
    assert df[df.text.str.contains("proud of that job")].source.tolist() == ["Lisa Hale"]


def test_warned_not_to_is_an_order_and_a_relay_teller_with_an_aside():
    df = attributed(
        "One woman, who asked that her name not be used because her landlord had warned "
        "tenants not to talk to reporters, said she called the emergency line. Rowe said a "
        "longtime friend on the block, whose house went up first, had told her last week that "
        "his furnace \u201ckept kicking off\u201d.",
        learned=False,
    )
    assert "warned" not in df.cue.tolist()
    assert df[df.via.notna()][["source", "via"]].values.tolist() == [
        ["longtime friend on the block", "Rowe"]
    ]


def test_emailed_to_say_is_the_readers():
    row = one("One reader, Patricia from Maynooth, emailed to say she had waited an hour.")
    assert row.source != "emailed to"


def test_a_bodys_name_with_a_possessive_keeps_its_head_after_the_entity_step():
    a = art(
        "The Harbor Lobstermen's Co-op posted on Facebook last month that it would pay a "
        "premium for crab landed by new members."
    )
    df = statements(a, narrator=False, learned=False)
    assert df.source.tolist() == ["Harbor Lobstermen's Co-op"]


def test_a_quoted_word_inside_a_rating_is_no_boundary_before_a_gerund():
    row = one(
        "Somchai Wong kept a \u201cbuy\u201d rating, arguing that the expansion was "
        "underappreciated by investors."
    )
    assert row.source == "Somchai Wong"


# ------------------------------------------------------------------------------- round 55 (twenty-first session)
def test_a_qa_after_we_met_x_with_an_interjection_between_answers():
    df = attributed(
        "Katrín Jónsdóttir has run the avalanche centre since January. Katrín says she took "
        "the job on one condition.\n\n"
        "We met Katrín at her office in Ísafjörður to talk about snow and money. This "
        "interview has been edited for length.\n\n"
        "What was your first memory of snow?\n\n"
        "My father digging us out. I was four and I thought it was a game.\n\n"
        "What changes with the new centre?\n\n"
        "Until now we had nine groups measuring slopes in nine ways. We will publish it all.\n\n"
        "Do you still ski?\n\n"
        "Every weekend I can. My knees disagree with me.\n\n"
        "Is the budget enough?\n\n"
        "No. Next question.\n\n"
        "Seriously.\n\n"
        "Seriously, no. We have about half of what we asked for.\n\n"
        "Your critics say you are too political. How do you respond?\n\n"
        "I understand why people say it. I spoke at a protest in 2024.",
        learned=False,
    )
    answers = df[df.method == "interview-answer"]
    assert set(answers.source) == {"Katrín"}
    assert any(answers.text.str.startswith("Seriously, no."))
    assert not any(df.source.str.startswith("I understand"))


def test_a_name_with_a_possessive_appositive_is_the_she_of_the_next_sentences():
    df = attributed(
        "Defense attorney Jill Marsh said her client had been left alone to run the building."
        "\n\nAna Ruiz, Dolores Ruiz's daughter and Mateo's mother, spoke for 20 minutes. She "
        "described the trial as \u201cthe worst moment of a life\u201d.",
        learned=False,
    )
    assert df[df.cue == "described"].source.tolist() == ["Ana Ruiz"]


# ------------------------------------------------------------------------------- round 55's leftovers (twenty-second session)
def test_a_coordinated_cue_after_an_according_to_phrase_shares_the_first_subject():
    df = attributed(
        "Priya Nandakumar, a GP in Derby, was unconvinced. She said her practice had "
        "received 40 referrals in March, according to figures kept by the county's "
        "doctors' committee, and argued that most came without a second reading.",
        learned=False,
    )
    argued = df[df.cue == "argued"]
    assert argued.source.tolist() == ["Priya Nandakumar"]
    assert argued.text.iloc[0].startswith("most came without")


def test_a_figure_a_named_official_said_had_not_moved_inside_an_according_to_content():
    df = attributed(
        "According to the dairy union, farmers are paid 31 cents a litre, a price its "
        "president, Maura Kiely, said had \u201cbarely moved in a decade.\u201d",
        learned=False,
    )
    kiely = df[df.source == "Maura Kiely"]
    assert len(kiely) == 1
    assert kiely.text.iloc[0].endswith("barely moved in a decade.\u201d")
    union = df[df.kind == "according-to"]
    assert union.text.tolist() == ["farmers are paid 31 cents a litre"]


def test_a_caller_whose_words_a_gerund_gives_is_passed_on_by_the_one_called():
    text = (
        "Rosa Delgado, 58, wept as she testified. Delgado said the landlord had phoned her "
        "two days before the fire, saying the smoke alarms would be fixed within a week."
    )
    df = attributed(text, learned=False)
    saying = df[df.cue == "saying"]
    assert saying.source.tolist() == ["landlord"]
    assert saying.via.tolist() == ["Delgado"]
    # the canonical step names the relayer as it names her statements
    full = statements(art(text), narrator=False, learned=False)
    assert full[full.cue == "said"].source.tolist() == ["Rosa Delgado"]
    assert full[full.cue == "saying"].via.tolist() == ["Rosa Delgado"]


# ------------------------------------------------------------------------------- round 56 (twenty-second session)
def test_a_reactions_label_line_with_a_courtesy_title_role_and_body():
    df = attributed(
        "Leaders reacted on Tuesday.\n\n"
        "REACTIONS\n\n"
        "\u2022 Mrs Ngozi Adeleke, Executive Director, Lagos Tenants Rights Forum:\n"
        "\u201cNo family should learn of an eviction from a notice taped to the gate.\u201d\n\n"
        "\u2022 Comrade Sola Bamidele, state Chairman, Labour Party:\n"
        "\u201cThe council has broken its own by-laws and must answer for it.\u201d",
        learned=False,
    )
    assert df.source.tolist() == ["Ngozi Adeleke", "Sola Bamidele"]


def test_trading_blame_in_a_headline_is_no_statement():
    df = attributed(
        "Council votes to close two libraries, unions, mayor trade blame\n\n"
        "By Ada Eze\n\n"
        "The council voted on Monday to close two branch libraries.",
        learned=False,
    )
    assert "blame" not in df.cue.tolist()


def test_pleading_anonymity_is_no_statement():
    df = attributed(
        "A nurse, who pleaded anonymity for fear of losing her job, said the ward had been "
        "short of staff for months.",
        learned=False,
    )
    assert df.cue.tolist() == ["said"]


def test_a_served_notice_speaks_for_the_body_that_served_it():
    df = attributed(
        "The Oyo State House of Assembly on Monday served a notice on the council chairman. "
        "The notice, signed by 20 lawmakers, accused him of \u201cgross misconduct\u201d, The "
        "Herald learnt.",
        learned=False,
    )
    row = df[df.cue == "accused"].iloc[0]
    assert (row.source, row.source_type, row.channel) == (
        "Oyo State House of Assembly",
        "government",
        "notice",
    )
    assert not row.text.endswith("learnt.")


def test_a_capitalised_office_after_the_is_the_titled_person_named_before():
    df = attributed(
        "The Speaker of the House, Mr Femi Adebanjo, told reporters the vote would go ahead. "
        "\u201cWe followed the rules,\u201d Adebanjo said.\n\n"
        "When asked about the budget, the Speaker said, \u201cAsk the finance committee.\u201d",
        learned=False,
    )
    assert df[df.text.str.contains("finance committee")].source.tolist() == ["Femi Adebanjo"]


def test_an_office_in_apposition_to_a_name_with_a_courtesy_title_is_taken_up():
    df = attributed(
        "The Assembly served the notice on the Deputy Governor, Mr Kunle Ojo, on Monday. "
        "The notice accused him of absence from council meetings.\n\n"
        "But the deputy governor, in a statement by his press secretary, Mr Dayo Ade, titled "
        "\u2018We are ready: no surrender\u2019, described the move as \u201ca witch-hunt\u201d.",
        learned=False,
    )
    assert df[df.cue == "described"].source.tolist() == ["Kunle Ojo"]


def test_an_official_of_a_named_body_is_not_the_body_after_the_entity_step():
    a = art(
        "A Ghana Revenue Authority official, when contacted, said the agency would review "
        "the shipment."
    )
    df = statements(a, narrator=False, learned=False)
    assert df.source.tolist() == ["Ghana Revenue Authority official"]


def test_an_acronym_glossed_as_a_ministry_is_the_ministry():
    df = attributed(
        "The Ministry of Water and Sanitation (MWS) opened two boreholes on Monday. In a "
        "statement, MWS said it had drilled 40 boreholes this year. The ministry also said "
        "the northern region would get 12 more.",
        learned=False,
    )
    assert df.source.tolist() == ["MWS", "MWS"]
    assert set(df.source_type) == {"government"}


def test_a_small_caps_lede_names_the_she_of_the_next_sentence():
    df = attributed(
        "Ruth Hale has run the clinic since 1990. Pamela Gray, a county nurse, said the clinic "
        "had never closed.\n\n"
        "DOROTHY KEMP HAS WORKED BESIDE HALE since the winter of 1994. She recalled a night "
        "when the power failed and the generator would not start.",
        learned=False,
    )
    assert df[df.cue == "recalled"].source.tolist() == ["Dorothy Kemp"]


def test_two_fronted_phrases_before_the_subject_of_the_sentence_before_a_she():
    df = attributed(
        "Ruth Hale, 66, is the town's only vet. Pamela Gray has known Hale for years. "
        "\u201cShe never sends a bill,\u201d Gray said.\n\n"
        "In her kitchen later, with a mug of tea in both hands, Hale talked about retiring.\n\n"
        "\u201cI am not ready yet,\u201d she said.",
        learned=False,
    )
    assert df[df.text.str.contains("not ready")].source.tolist() == ["Hale"]


def test_a_linking_word_before_a_parenthetical_she_said_is_no_content():
    df = attributed(
        "Dr. Ana Ruiz said her team had expected shade to help. Instead, she said, the data "
        "suggested that humidity mattered more.",
        learned=False,
    )
    row = df[df.text.str.startswith("the data")]
    assert row.source.tolist() == ["Ana Ruiz"]
    assert "data" not in df.source.tolist()


def test_a_relative_clause_with_reported_is_no_closing_frame():
    df = attributed(
        "The survey found that injuries doubled on the hottest days, even among workers who "
        "reported resting regularly.",
        learned=False,
    )
    assert df.cue.tolist()[:1] == ["found"]
    assert df.source.tolist()[:1] == ["survey"]


def test_legislatures_are_government_bodies_not_people():
    df = attributed(
        "The House of Representatives said the bill would be read again on Tuesday. The "
        "Knesset said the session was adjourned.",
        learned=False,
    )
    assert df.source.tolist() == ["House of Representatives", "Knesset"]
    assert set(df.source_type) == {"government"}


def test_confirming_nominees_and_adding_to_evidence_are_no_statements():
    # (the second sentence's row came from the learned layer, which the same vetoes filter)
    df = attributed(
        "By contrast, in the final year of the last term, Democrats controlled the chamber "
        "and had confirmed 40 judicial nominees by this point. The findings add to growing "
        "evidence that the drugs, best known for weight loss, could curb drinking."
    )
    assert df.empty, df[["source", "cue", "text"]]


# ------------------------------------------------------------------------------- round 57 (twenty-second session)
def test_an_office_glued_to_a_name_whose_bearer_speaks_by_surname_is_that_person():
    df = attributed(
        "Thistle head coach Ross McAvoy, who took charge in November, cut a frustrated "
        "figure.\n\n"
        "\u201cWe have thrown away three points,\u201d McAvoy said.\n\n"
        "\u201cThey have got a good side,\u201d said the Thistle head coach.",
        learned=False,
    )
    assert df[df.text.str.contains("good side")].source.tolist() == ["Ross McAvoy"]


def test_a_quote_paragraph_after_a_one_sentence_paragraph_about_the_speaker():
    df = attributed(
        "Ross McAvoy cut a frustrated figure. \u201cWe lost,\u201d McAvoy said.\n\n"
        "Asked whether the goal should have stood, the Thistle boss paused.\n\n"
        "\u201cI have seen it once. I will look at it again tonight.\u201d\n\n"
        "Kyle Merriman was booked late on.\n\n"
        "McAvoy shrugged.\n\n"
        "\u201cThat is football.\u201d",
        learned=False,
    )
    assert df[df.text.str.contains("seen it once")].source.tolist() == ["McAvoy"]
    assert df[df.text.str.contains("That is football")].source.tolist() == ["McAvoy"]


def test_asked_by_a_presenter_the_she_who_answers_is_the_guest():
    df = attributed(
        "Speaking on the programme, Dr Maeve Toner said 300 nurses would retire this year.\n\n"
        "Asked by presenter Ciara Moynihan whether the new places would close that gap, she "
        "said they were welcome but would only help at the margins.",
        learned=False,
    )
    assert df[df.text.str.startswith("they were welcome")].source.tolist() == ["Maeve Toner"]


def test_pressed_on_whether_is_a_question_not_the_answerers_statement():
    df = attributed(
        "Dr Ann Lee said the plan was weak. Pressed on whether some practices were refusing "
        "to take on new patients, she denied that doctors were choosing patients.",
        learned=False,
    )
    assert df.cue.tolist() == ["said", "Pressed on", "denied"]
    assert df.source.tolist() == ["Ann Lee", "unknown", "Ann Lee"]


def test_the_chair_of_a_committee_is_the_doctor_named_in_the_next_sentence():
    df = attributed(
        "The plan is \u201cnowhere near enough\u201d, the chair of the GP committee has said.\n\n"
        "Speaking on the radio, Dr Orla Brennan said 700 doctors would retire within five "
        "years.",
        learned=False,
    )
    assert df.source.tolist() == ["Orla Brennan", "Orla Brennan"]


def test_the_judge_is_the_justice_and_the_he_after_the_judge_rejected_counsels_argument():
    df = attributed(
        "Assistant Justice Kiernan Mills ruled that the insurer must pay. In a written "
        "judgment, the judge said the insurer had not proved its case.\n\n"
        "Counsel for the insurer, Gareth Jeffers, argued that the inspection had been "
        "\u201ca snapshot\u201d.\n\n"
        "The judge rejected that argument. He said the plan required staff to secure "
        "vessels, and noted that broadcasts had told residents to stay home.",
        learned=False,
    )
    assert df.cue.tolist() == ["ruled", "said", "argued", "said", "noted"]
    assert df.source.tolist() == [
        "Kiernan Mills",
        "Kiernan Mills",
        "Gareth Jeffers",
        "Kiernan Mills",
        "Kiernan Mills",
    ]


def test_two_bodies_the_entity_step_runs_together_stay_two_sources():
    a = art(
        "In a note to clients on Sunday, Meghna Securities said the shares were cheap.\n\n"
        "According to Meghna Securities and Padma Capital Brokerage, the shares have lost "
        "11 percent since January."
    )
    df = statements(a, narrator=False, learned=False)
    assert df.source.tolist()[0] == "Meghna Securities"
    assert sorted(df.source.tolist()[1:]) == ["Meghna Securities", "Padma Capital Brokerage"]
    assert set(df.source_type) == {"organisation"}


def test_an_according_to_sources_appositive_is_no_side_of_the_parenthetical():
    df = attributed(
        "The economics will decide whether the catalyst leaves the lab, according to Tom "
        "Brennan, chief technology officer at Fluorex, a start-up that sells treatment units.",
        learned=False,
    )
    assert df.text.tolist() == ["The economics will decide whether the catalyst leaves the lab"]


def test_a_partys_member_by_the_partys_possessive_is_a_person_and_his_he():
    df = attributed(
        "Finance Minister Ole Brekke said the budget was fair.\n\n"
        "The Progress Party's Kjetil Haugen, meanwhile, posted on Facebook that the price "
        "should stay. \u201cPeople need power. Period,\u201d he wrote.",
        learned=False,
    )
    assert df[df.cue == "posted"].source.tolist() == ["Kjetil Haugen"]
    assert df[df.cue == "wrote"].source.tolist() == ["Kjetil Haugen"]


def test_parties_with_their_short_names_in_brackets_each_say_it():
    df = attributed(
        "The Reds (R\u00f8dt) and the Greens (MDG) have said they can live with the higher price.",
        learned=False,
    )
    assert sorted(df.source.tolist()) == ["Greens", "Reds"]


def test_a_press_release_attributing_the_quote_to_a_manager():
    df = attributed(
        "In a news release, Gulfway said the tank held naphtha. \u201cWe deeply regret the "
        "impact on our neighbors,\u201d the release said, attributing the quote to terminal "
        "manager Craig Ostrowski.",
        learned=False,
    )
    row = df[df.kind == "direct"].iloc[0]
    assert row.source == "Craig Ostrowski"
    assert isinstance(row.via, str)


def test_a_ministers_portfolio_with_and_is_one_office_before_the_name():
    df = attributed(
        "The Minister for Lands and Natural Resources, Emmanuel Kwaku Boakye-Danquah, told "
        "Parliament on Tuesday that a task force had been deployed.",
        learned=False,
    )
    assert df.source.tolist() == ["Emmanuel Kwaku Boakye-Danquah"]


def test_a_promise_passed_on_is_kept_though_an_order_is_not():
    df = attributed(
        "Ms Tillman said the district had promised to reassign all 14 teachers, and that "
        "officials had told parents to wait for letters.",
        learned=False,
    )
    promised = df[df.cue == "promised"]
    assert (promised.source.tolist(), promised.via.tolist()) == (["district"], ["Tillman"])


# ------------------------------------------------------------------------------- round 58 (twenty-second session)
def test_his_post_was_short_colon_is_his_words():
    df = attributed(
        "Cllr Owen Price later took to Facebook. His post was short: \u201cDisappointed but "
        "not surprised. This fight isn't over.\u201d",
        learned=False,
    )
    assert df.source.tolist() == ["Owen Price"]


def test_councillors_with_party_and_ward_in_brackets_and_their_later_descriptors():
    df = attributed(
        "Introducing the report, Councillor Rachel Owen (Lab, Hadley & Leegomery), the "
        "cabinet member for leisure, said the building needed \u00a31.8 million of work.\n\n"
        "But Councillor Gareth Owen (Con, Newport North & West), whose ward includes the pool, "
        "said residents had been offered \u201ca choice between a trust and nothing\u201d.\n\n"
        "The councillor for Newport North & West told the chamber that a trust nearby had "
        "shut its doors within three years.\n\n"
        "The Labour member hit back, saying the Conservatives had not put \u201ca single "
        "penny\u201d into the pool.",
        learned=False,
    )
    assert df.source.tolist() == ["Rachel Owen", "Gareth Owen", "Gareth Owen", "Rachel Owen"]


def test_a_wire_lede_with_a_title_case_dateline_and_a_gerund():
    df = attributed(
        "Accra, March 25, GNA - The Bank of Ghana (BoG) has cut its policy rate to 16.5 per "
        "cent, saying inflation is now within its target band.",
        learned=False,
    )
    assert df.source.tolist() == ["Bank of Ghana"]


def test_a_statement_released_after_a_meeting_and_its_while_cautioning():
    df = attributed(
        "Headline inflation has declined for 14 consecutive months, the central bank said in "
        "its monetary policy statement, released at the end of the committee's meeting.\n\n"
        "The statement described the risks as \u201cbroadly balanced\u201d, while cautioning "
        "that tariff increases could push prices up.",
        learned=False,
    )
    assert df.cue.tolist() == ["said", "described", "cautioning"]
    assert set(df.source) == {"central bank"}
    assert df.text.iloc[0].startswith("Headline inflation")


def test_a_presentation_published_by_a_ministry_and_its_projection_that():
    df = attributed(
        "A presentation to investors, published by the Ministry of Finance ahead of a "
        "roadshow, said the Government was targeting a surplus. An official at the Ministry, "
        "who spoke on condition of anonymity because the roadshow had not been formally "
        "announced, told the agency that the trip was about investors.",
        learned=False,
    )
    assert df.source.tolist() == ["Ministry of Finance", "official at the Ministry"]
    assert df.channel.tolist()[0] == "presentation"


def test_a_trial_in_two_countries_is_the_source_not_the_last_country():
    df = attributed(
        "A blood test cut late diagnoses by a fifth, according to results from a randomized "
        "trial of nearly 138,000 people in the United Kingdom and Denmark published today.",
        learned=False,
    )
    assert df.source.tolist() == ["randomized trial of nearly 138,000 people"]


def test_she_recalls_a_participant_telling_a_nurse():
    df = attributed(
        "Dr Hannah Reid said the trial had worked. She recalls one participant, a retired bus "
        "driver whose cancer was found early, telling a study nurse: \u201cIt's given me my "
        "grandchildren back.\u201d",
        learned=False,
    )
    row = df[df.cue == "telling"].iloc[0]
    assert (row.source, row.via) == ("one participant", "Hannah Reid")


def test_a_quote_whose_speaker_the_next_sentence_names():
    df = attributed(
        "Priya Raman said the trial was flawed.\n\n"
        "Brenner's bottom line is financial: \u201cNobody is asking whether the drop is "
        "real.\u201d\n\n"
        "\u201cA stage shift is a promise, not a payment.\u201d\n\n"
        "That line comes from Anjali Mehta, an oncologist, in an editorial. She wrote that "
        "the trial was an advance.\n\n"
        "\u201cYou don't send a young bloke into a tin shed at 47 degrees.\u201d\n\n"
        "The words were those of Mr Mackie's uncle, Steve Harland, who sat behind the family.",
        learned=False,
    )
    assert df[df.text.str.contains("stage shift")].source.tolist() == ["Anjali Mehta"]
    assert df[df.cue == "wrote"].source.tolist() == ["Anjali Mehta"]
    assert df[df.text.str.contains("tin shed")].source.tolist() == ["Steve Harland"]


def test_her_explanation_was_practical_colon_and_by_her_account():
    df = attributed(
        "June Hale has farmed oysters since 1987. \u201cI didn't know anything,\u201d June Hale "
        "said.\n\n"
        "The business is run by June's daughter, Carrie Hale-Lane, 44, who came home in "
        "2012. Her explanation of how "
        "the two divide the work is practical: \u201cMom is the river. I'm the spreadsheet.\u201d\n\n"
        "That was Mai Tran, the manager and, by June's account, \u201cthe best natural grower "
        "I've ever hired.\u201d",
        learned=False,
    )
    assert df[df.text.str.contains("spreadsheet")].source.tolist() == ["Carrie Hale-Lane"]
    assert df[df.text.str.contains("natural grower")].source.tolist() == ["June Hale"]


def test_her_daughter_is_the_daughter_the_text_names_of_the_last_woman_speaking():
    df = attributed(
        "The business is run by June Hale's daughter, Carrie Lane, 44.\n\n"
        "In a 2019 interview, June Hale said she had never taken on an investor. \u201cThe day "
        "somebody from away owns this, I'm going fishing,\u201d she told the station.\n\n"
        "Her daughter confirmed that the farm borrowed $250,000 last year.\n\n"
        "Carrie's daughter, Lily Lane, 16, works weekends and says she wants to run the farm.",
        learned=False,
    )
    assert df[df.cue == "confirmed"].source.tolist() == ["Carrie Lane"]


def test_he_added_in_the_same_interview_is_the_speaker_not_the_referee_between():
    df = attributed(
        "Whitlock, the goalkeeper, told the sideline reporter that players had been given no "
        "explanation. Arriaga, in his second season as a referee, also took charge of the "
        "earlier game.\n\n"
        "\u201cFour minutes, and nobody knew,\u201d he added in the same interview.",
        learned=False,
    )
    assert df[df.cue == "added"].source.tolist() == ["Whitlock"]


def test_a_who_clause_on_someone_else_leaves_the_sentence_to_its_subject():
    df = attributed(
        "\u201cHe catches my ankle,\u201d Dufresne said.\n\n"
        "\u201cWe were nervous,\u201d Pieter Vos said.\n\n"
        "Vos declined to say whether Dufresne, who came off with cramp, would be available. "
        "He did describe Ram\u00edrez as \u201cthe most honest No. 9 I've ever coached.\u201d",
        learned=False,
    )
    assert df[df.cue == "describe"].source.tolist() == ["Pieter Vos"]


def test_an_inverted_notes_with_the_writer_going_on_after_the_appositive():
    df = attributed(
        "The trial was never designed to detect one, notes lead author Hannah Leclerc, a "
        "cancer epidemiologist in London, and mortality follow-up will continue until 2030.",
        learned=False,
    )
    assert df.source.tolist() == ["Hannah Leclerc"]
    assert df.text.tolist() == ["The trial was never designed to detect one"]


def test_he_estimates_that_opening_with_a_phrase():
    df = attributed(
        "Daniel Brenner, a health economist, is sceptical. But he estimates that at the "
        "roughly \u00a3600 per test that the company has proposed, screening would cost "
        "\u00a310 billion a year.",
        learned=False,
    )
    assert df.cue.tolist() == ["estimates"]
    assert df.source.tolist() == ["Daniel Brenner"]


def test_born_in_a_town_and_state_in_a_year_the_subject_is_the_person():
    df = attributed(
        "\u201cShe was always going to be back,\u201d her son, Marcus, said.\n\n"
        "Born in Clarksdale, Mississippi, in 1941, Delores Whitfield moved to Chicago at nine. "
        "\u201cPlay it like you mean it,\u201d she would tell her students.",
        learned=False,
    )
    assert df[df.cue == "tell"].source.tolist() == ["Delores Whitfield"]


def test_a_warning_described_before_a_colon_is_the_body_that_issued_it():
    df = attributed(
        "The National Weather Service said radar showed 2.4 inches of rain. A flash flood "
        "warning issued at 1:52 p.m. was unusually direct: \u201cThis is a life-threatening "
        "situation. Move to higher ground now.\u201d",
        learned=False,
    )
    assert df[df.kind == "direct"].source.tolist() == ["National Weather Service"]


# ------------------------------------------------------------------------------- round 59 (twenty-second session)
def test_a_she_is_no_capitalised_plural_group_and_a_he_no_city():
    df = attributed(
        "\u201cI open at seven,\u201d Mai Tran says.\n\n"
        "\u201cI come for the company,\u201d said one regular, Tom Reyes.\n\n"
        "For 31 years, Mai Tran's laundromat has been more than a place to wash clothes. "
        "Regulars describe it as a drop-in.\n\n"
        "The building was sold last fall. Tran's lease runs out in June, and she says she "
        "has been told it will not be renewed.\n\n"
        "Ravi Sethu, who teaches urban planning at Toronto Metropolitan University, says "
        "laundromats are vulnerable.\n\n"
        "Toronto has lost a third of its coin laundries since 2010, according to his "
        "analysis.\n\n"
        "\u201cThey serve the people least likely to show up at a meeting,\u201d he says.",
        learned=False,
    )
    assert df[df.text.str.startswith("she has been told")].source.tolist() == ["Mai Tran"]
    assert df[df.text.str.contains("least likely")].source.tolist() == ["Ravi Sethu"]


# ------------------------------------------------------------------------------- twenty-third session
def test_a_phrase_of_when_or_how_after_an_appositive_leaves_the_named_subject():
    df = attributed(
        "Karl Meyer, the veteran coach, in a 1998 interview told the Tribune that he would "
        "never retire. Ana Ruiz, his assistant, in a statement said the club owed him a lot.",
        learned=False,
    )
    assert df[["source", "text"]].values.tolist() == [
        ["Karl Meyer", "he would never retire"],
        ["Ana Ruiz", "the club owed him a lot"],
    ]


def test_a_party_member_is_the_named_person_of_the_bracket_whatever_the_title():
    df = attributed(
        "Alderman Rosa Vance (Lab, Riverside) said the depot should close. Councillor Tom Hale "
        "(Con, Northfield) said it should stay open. The Labour member said the vote was a "
        "disgrace.",
        learned=False,
    )
    assert df[df.text.str.contains("disgrace")].source.tolist() == ["Rosa Vance"]


# ------------------------------------------------------------------------------- round 60 (twenty-third session)
def test_bare_counsel_is_the_latest_lawyer_to_speak():
    df = attributed(
        "Defence barrister Maeve Doyle SC said her client had no memory of the night. "
        "Prosecuting counsel Peter Hanlon BL said the footage was clear.\n\n"
        "Ms Doyle said the accused had since stopped drinking.\n\n"
        "\u201cShe is not someone who goes looking for trouble,\u201d counsel said.",
        learned=False,
    )
    assert df[df.kind == "direct"].source.tolist() == ["Maeve Doyle"]


def test_a_statement_read_on_behalf_of_someone_is_theirs():
    df = attributed(
        "Prosecutor Ruth Keane read a victim impact statement on behalf of Mr Farrell, 61, "
        "who sat at the back of the court.\n\n"
        "\u201cI have not slept through a night since that day. I jump at every knock.\u201d\n\n"
        "The judge adjourned sentencing to May.",
        learned=False,
    )
    row = df[df.kind == "direct"]
    assert row.source.tolist() == ["Farrell"]
    assert row.via.tolist() == ["Ruth Keane"]


def test_a_closing_frame_before_an_aside_on_the_news_is_the_speaker():
    df = attributed(
        "The regulator has declined to renew the airline's licence, the company said on "
        "Monday, dealing a blow to its expansion plans.",
        learned=False,
    )
    assert df[df.cue == "said"].source.tolist() == ["company"]
    assert df[df.cue == "said"].text.tolist() == [
        "The regulator has declined to renew the airline's licence"
    ]


def test_an_according_to_content_with_a_fronted_phrase_relays_its_speaker():
    df = attributed(
        "In a two-page letter, the regulator told Halden Bio that its trial was too small, "
        "according to a summary the company released.",
        learned=False,
    )
    inner = df[df.cue == "told"]
    assert inner.source.tolist() == ["regulator"]
    assert inner.text.tolist() == ["its trial was too small"]


def test_a_us_state_abbreviation_is_part_of_the_town_not_the_speaker():
    df = attributed(
        "Halden Bio, based in Worcester, Mass., said it would appeal. Dana Ruiz of Tulsa, "
        "Okla., said the storm was the worst she had seen.",
        learned=False,
    )
    assert df.source.tolist() == ["Halden Bio", "Dana Ruiz"]


def test_a_dateline_with_a_region_is_no_speaker_and_a_name_given_after_a_quote_is_the_she():
    df = attributed(
        "VELYKA DYMERKA, Kyiv Oblast \u2014 The woman in the blue coat has been queueing for "
        "water since dawn.\n\n"
        "\u201cThere has been no water for three days,\u201d she said, holding two empty "
        "bottles. \u201cWe boil snow.\u201d\n\n"
        "Her name is Olena Marchuk. She is 68.",
        learned=False,
    )
    assert set(df[df.kind == "direct"].source) == {"Olena Marchuk"}
    assert len(df[df.kind == "direct"]) == 2


def test_a_call_sign_in_quote_marks_names_the_unnamed_speaker():
    df = attributed(
        "A gunner in a brigade holding the line near Kupiansk, who goes by the call sign "
        "\u201cBear,\u201d said the shelling had doubled since Monday.\n\n"
        "\u201cThey fire at anything that moves,\u201d he said.",
        learned=False,
    )
    assert df[["source", "text"]].values.tolist() == [
        ["Bear", "the shelling had doubled since Monday"],
        ["Bear", "\u201cThey fire at anything that moves,\u201d"],
    ]


def test_a_unit_defending_a_place_is_no_statement_and_a_drone_operator_a_person():
    df = attributed(
        "A drone operator in a battalion defending the town said supplies were short.",
        learned=False,
    )
    assert df[["source", "source_type", "cue"]].values.tolist() == [
        ["drone operator in a battalion defending the town", "person", "said"]
    ]


def test_a_compound_adjective_in_a_role_keeps_the_named_subject_for_the_next_quote():
    df = attributed(
        "The minister's office said funding was not the problem.\n\n"
        "The Auckland-based list MP, Hemi Walker, disagreed.\n\n"
        "\u201cThey promised to fix this and they have not,\u201d he said.",
        learned=False,
    )
    assert df[df.kind == "direct"].source.tolist() == ["Hemi Walker"]


def test_an_and_inside_a_name_before_a_gerund_starts_no_clause():
    df = attributed(
        "Walker said he would write to the Health and Disability Commissioner asking for an "
        "inquiry. The board said anyone who was pregnant and worried about the change should "
        "call the clinic.",
        learned=False,
    )
    assert df[["source", "text"]].values.tolist() == [
        [
            "Walker",
            "he would write to the Health and Disability Commissioner asking for an inquiry",
        ],
        ["board", "anyone who was pregnant and worried about the change should call the clinic"],
    ]


def test_a_spokesperson_title_with_a_capitalised_portfolio_before_the_name():
    df = attributed(
        "The minister warned that striking teachers could be disciplined. Opposition "
        "Spokesman on Finance Mark Golding called the warning reckless.\n\n"
        "\u201cYou cannot threaten people you have not paid,\u201d he said.",
        learned=False,
    )
    assert df[df.kind == "direct"].source.tolist() == ["Mark Golding"]


def test_a_statement_passed_on_in_the_passive_is_the_teller_s_relayed():
    df = attributed(
        "A nurse at the clinic told the Gazette that staff had been informed by their manager "
        "that the ward would close in March.",
        learned=False,
    )
    relayed = df[df.cue == "informed"]
    assert relayed.text.tolist() == ["the ward would close in March"]
    assert relayed.source.str.contains("manager").tolist() == [True]
    assert relayed.via.str.contains("nurse").tolist() == [True]


def test_a_fronted_adverb_is_no_appositive_of_the_speaker():
    df = attributed(
        "Recently, Tom Ashby of Nashua, N.H., stood at a campaign event here to say he was "
        "leaning toward the governor.",
        learned=False,
    )
    assert df.source.tolist() == ["Tom Ashby"]


def test_an_inverted_frame_before_a_figure_s_relative_clause():
    df = attributed(
        "Russia launched 146 drones at Ukraine overnight, the Air Force reported, of which 119 "
        "were shot down.",
        learned=False,
    )
    assert df[["source", "text"]].values.tolist() == [
        ["Air Force", "Russia launched 146 drones at Ukraine overnight"]
    ]


# ------------------------------------------------------------------------------- round 61 (twenty-third session)
def test_the_australian_mid_sentence_is_the_person_just_named_and_the_pacer_too():
    df = attributed(
        "Head coach Dale Whitmore, who took over in June, said the tour would test the squad."
        '\n\n"Away wins are never easy," the Australian said.\n\n'
        "Contacted by phone, Imran said he learnt of his call-up from his brother."
        '\n\n"He could not stop shouting," said the pacer, who made his debut last year.',
        learned=False,
    )
    assert df[df.kind == "direct"].source.tolist() == ["Dale Whitmore", "Imran"]


def test_a_squad_list_and_a_different_story_are_no_statements():
    df = attributed(
        "Shoppers tell a different story. Lerato Dube said prices had doubled.\n\n"
        "SQUAD: Kashif Nawaz (captain), Umar Sahib, Abdullah Tahir, Hamza Rasheed.",
        learned=False,
    )
    assert df[["source", "text"]].values.tolist() == [["Lerato Dube", "prices had doubled"]]


def test_a_statement_carried_by_a_state_run_newspaper():
    df = attributed(
        "In Harare, the board's managing director Tendai Moyo said in a statement carried by "
        'the state-run Herald newspaper that preparations were "on track" and that tickets '
        "would go on sale next week.",
        learned=False,
    )
    assert df[["source", "via", "text"]].values.tolist() == [
        [
            "Tendai Moyo",
            "Herald",
            'preparations were "on track" and that tickets would go on sale next week',
        ]
    ]


def test_a_body_named_with_its_country_and_an_office_with_an_and_portfolio():
    df = attributed(
        "Arts Council England confirmed that the theatre's application had failed. In Buenos "
        "Aires, the Undersecretary of Fisheries and Aquaculture, Ana Ferro, was quoted by "
        "Clarín as saying that the catch had been good.",
        learned=False,
    )
    assert df.source.tolist() == ["Arts Council England", "Ana Ferro"]


def test_maintaining_a_forecast_or_a_lead_is_no_claim():
    df = attributed(
        "The company maintained its annual dividend forecast of 48 yen per share. Ortiz "
        "maintains a wide lead among older voters. Ortiz maintained the vote had been fair, "
        "and Bell maintained his innocence.",
        learned=False,
    )
    assert df[["source", "text"]].values.tolist() == [
        ["Ortiz", "the vote had been fair"],
        ["Bell", "his innocence"],
    ]


# ------------------------------------------------------------------------------- round 62 (twenty-third session)
def test_a_surname_ending_like_a_plural_noun_is_a_she():
    df = attributed(
        "Peters said the reef could survive a few hot days.\n\n"
        "\u201cIt is the length of the heat that kills it,\u201d she said.",
        learned=False,
    )
    assert df.source.tolist() == ["Peters", "Peters"]
    df = attributed(
        "Researchers said the reef was dying.\n\n\u201cIt is awful,\u201d she said.",
        learned=False,
    )
    assert df.source.tolist() == ["Researchers", "unknown"]


def test_quotes_named_in_the_sentence_after_them():
    df = attributed(
        "The survey was grim.\n\n"
        "\u201cWe see the same thing further north, a few years behind.\u201d\n\n"
        "That is how Ingrid Solberg, an ecologist at the University of Bergen, describes the "
        "coast.\n\n"
        "\u201cNobody has come to test the water.\u201d\n\n"
        "That was the assessment of Nattaya Wong, a researcher with the network.\n\n"
        "\u201cI was married in that chapel. My parents are buried behind it.\u201d\n\n"
        "Marjorie Keane, 74, has attended the chapel for 50 years.",
        learned=False,
    )
    assert df[["source", "kind"]].values.tolist() == [
        ["Ingrid Solberg", "direct"],
        ["Nattaya Wong", "direct"],
        ["Marjorie Keane", "direct"],
    ]


def test_who_after_a_role_without_an_article_is_the_named_person():
    df = attributed(
        "Omar Haddad, managing director of Dubai brokerage Keystone Homes, who said demand had "
        "doubled, expects rents to rise.",
        learned=False,
    )
    assert df[df.cue == "said"].source.tolist() == ["Omar Haddad"]


def test_groups_of_people_from_a_place_and_an_official_at_a_possessive_office():
    df = attributed(
        "Farmers in northern Laos say runoff has killed their rice. At least 40 families have "
        "been affected, according to a second villager. The mine opened in 2023, he said. An "
        "official at the district's Natural Resources Office confirmed that it had received "
        "the complaint.",
        learned=False,
    )
    assert df.source.tolist() == [
        "Farmers in northern Laos",
        "second villager",
        "second villager",
        "official at the district's Natural Resources Office",
    ]


def test_charged_that_is_a_claim_and_charged_with_is_not():
    df = attributed(
        "Opposition leader Ravi Hegde charged that the fare was higher than in other states. He "
        "was charged with fraud in 2019, and the firm charged a fee.",
        learned=False,
    )
    assert df[["source", "text"]].values.tolist() == [
        ["Ravi Hegde", "the fare was higher than in other states"]
    ]


def test_a_relative_clause_with_its_own_commas_and_an_email_to_its_readers():
    df = attributed(
        "Aydin said freight on the route, which runs from China through Kazakhstan, across the "
        "Caspian Sea and through Georgia, reached 4.6 million tons last year. The library will "
        "close at midnight, Dean Harold Whitcombe said in an email to students Monday.",
        learned=False,
    )
    assert df[["source", "text"]].values.tolist() == [
        [
            "Aydin",
            "freight on the route, which runs from China through Kazakhstan, across the Caspian "
            "Sea and through Georgia, reached 4.6 million tons last year",
        ],
        ["Dean Harold Whitcombe", "The library will close at midnight"],
    ]


def test_the_sentence_naming_a_quote_is_no_statement_for_the_learned_layer_either():
    df = attributed(
        "The survey was grim.\n\n"
        "\u201cWe see the same thing further north, a few years behind.\u201d\n\n"
        "That is how Ingrid Solberg, an ecologist at the University of Bergen, describes the "
        "situation along the coast.",
        learned=True,
    )
    assert df[["source", "kind"]].values.tolist() == [["Ingrid Solberg", "direct"]]


def test_a_figure_of_speech_inside_a_quote_relays_nothing():
    df = attributed(
        'Mr Al Mansoori was quoted by the broadcaster as saying that "the market has told us '
        'clearly what it wants".',
        learned=False,
    )
    assert df.source.tolist() == ["Al Mansoori"]


# ------------------------------------------------------------------------------- round 63 (twenty-third session)
def test_in_an_obituary_the_bare_surname_and_her_later_words_are_hers():
    df = attributed(
        "Ashworth, who read the news for 30 years, was remembered as a calm voice.\n\n"
        "Margaret Ashworth, the broadcaster who read the evening news on Radio Leeds, has died "
        "aged 88.\n\n"
        "Her son Paul Ashworth said she died at home. Her daughter, the writer Anne Ashworth-Kerr, "
        "wrote that her mother had been funny to the end.\n\n"
        "Born in York in 1937, the daughter of a miner and a nurse, Ashworth trained as a "
        "teacher. She later said she had found radio by accident.\n\n"
        "The novelist Joan Pike, a friend, said they had last spoken at Christmas.\n\n"
        "Ashworth was not afraid of politics. In 1990 she told a select committee that local "
        "radio was dying.\n\n"
        "She is survived by her husband, the retired engineer Derek Ashworth.\n\n"
        "Mr Ashworth said the funeral would be private.",
        learned=False,
    )
    assert df[df.text.str.contains("by accident")].source.tolist() == ["Margaret Ashworth"]
    assert df[df.text.str.contains("radio was dying")].source.tolist() == ["Margaret Ashworth"]
    assert df[df.text.str.contains("funeral")].source.tolist() == ["Derek Ashworth"]


def test_the_first_and_second_accused_are_no_charge_and_a_relative_is_the_she():
    df = attributed(
        "Advocate John Mushi, representing the first and second accused, urged the court to "
        "speed up the case. Outside the court, a relative of the first accused, who asked not "
        "to be named, told reporters that the family had learnt of the arrest online.\n\n"
        '"Nobody would tell us where he was," she said.',
        learned=False,
    )
    assert df.source.tolist() == [
        "John Mushi",
        "relative of the first accused",
        "relative of the first accused",
    ]


def test_quoted_later_by_an_agency_as_saying_is_the_speaker_s():
    df = attributed(
        "Mr Somchai was later quoted by the Thai News Agency as saying the ministry was open to "
        "amendments.",
        learned=False,
    )
    assert df[["source", "via"]].values.tolist() == [["Somchai", "Thai News Agency"]]


def test_a_draft_with_an_aside_speaks_and_its_it_goes_on():
    df = attributed(
        "The draft, due to be presented on 3 December, says platforms should check ages rather "
        "than asking users for documents.\n\n"
        "It also calls on member states to act \u201cin a harmonised manner\u201d.",
        learned=False,
    )
    assert df.source.tolist() == ["draft", "draft"]
    assert df.text.tolist()[0].endswith("rather than asking users for documents")


def test_dashes_in_pairs_and_a_second_that_clause_stay_inside_the_content():
    df = attributed(
        "Food rose 3.4 percent, while regulated prices \u2013 including gas and bus fares \u2013 "
        "climbed 3.9 percent, the bureau said. The ministry said January was \u201ca month of "
        "adjustments\u201d and that core inflation, which strips out regulated prices, had "
        "stayed at 2.2 percent.",
        learned=False,
    )
    assert df.text.tolist() == [
        "Food rose 3.4 percent, while regulated prices \u2013 including gas and bus fares \u2013 "
        "climbed 3.9 percent",
        "January was \u201ca month of adjustments\u201d and that core inflation, which strips out "
        "regulated prices, had stayed at 2.2 percent",
    ]


def test_a_where_clause_on_a_body_and_the_charity_named_with_a_capitalised_preposition():
    df = attributed(
        "In 2003 she founded the charity Books Before Bedtime, which says it has given away two "
        "million books. The charity said its staff were heartbroken. Hebden Library, where she "
        "read to children every Saturday, posted a photograph of her chair with the words: "
        "\u201cHer chair will stay where it is.\u201d",
        learned=False,
    )
    assert df.source.tolist() == ["Books Before Bedtime", "Books Before Bedtime", "Hebden Library"]


# ------------------------------------------------------------------------------- round 64 (twenty-third session)
def test_but_said_after_a_quoted_object_is_the_subject_before_the_quote():
    df = attributed(
        "The FO union welcomed \u201ca step in the right direction,\u201d but said in a "
        "statement that it remained opposed to the new charge.",
        learned=False,
    )
    assert df[df.cue == "said"][["source", "text"]].values.tolist() == [
        ["FO union", "it remained opposed to the new charge"]
    ]


def test_a_name_inside_a_contact_relative_clause_says():
    df = attributed(
        "The council froze new licences in 2025, a measure that Ana Ruiz, the councillor for "
        "housing, says is already working.",
        learned=False,
    )
    assert df[["source", "text"]].values.tolist() == [["Ana Ruiz", "is already working"]]


def test_the_organization_is_the_body_named_just_before():
    df = attributed(
        "The Confederation of Small Firms said it regretted the decision. \u201cEvery euro not "
        "saved will be paid by businesses,\u201d the organization said in a statement.",
        learned=False,
    )
    assert df.source.tolist() == ["Confederation of Small Firms"] * 2


def test_data_that_show_a_finding_and_a_bulletin_that_shows_pictures():
    df = attributed(
        "The central bank's quarterly bulletin showed that small-business loans made up 9.6 "
        "percent of credit. A TV bulletin showed crowds on the bridge. Figures released by the "
        "Department of Transport show about 17,500 pupils had no seat. Figures from the ministry "
        "show nurses worked 1.1 million hours of overtime.",
        learned=False,
    )
    assert df.text.tolist() == [
        "small-business loans made up 9.6 percent of credit",
        "about 17,500 pupils had no seat",
        "nurses worked 1.1 million hours of overtime",
    ]


# ------------------------------------------------------------------------------- round 65 (twenty-third session)
def test_a_lone_dash_inside_a_title_and_a_participle_before_after_the_company():
    df = attributed(
        "Meera Joshi, Senior Vice-President \u2013 Technical Research at Kestrel Broking, said the "
        "index had formed a bearish pattern. Among the losers, Sahyadri Infotech fell 4.1 per "
        "cent, falling after the company said in a filing that a client had deferred a "
        "contract.",
        learned=False,
    )
    assert df.source.tolist() == ["Meera Joshi", "Sahyadri Infotech"]


def test_the_company_after_its_spokesperson_spoke_is_that_business():
    df = attributed(
        "A spokesperson for Zestly, one of the largest delivery apps, told reporters the company "
        "supports the plan. The company denied that its fees were designed to mislead.",
        learned=False,
    )
    assert df.source.tolist()[-1] == "Zestly"


def test_a_report_named_in_a_deck_with_other_papers_and_a_commissioned_report():
    df = attributed(
        "Internal minutes and a forensic report reveal how a council overruled its evaluators\n\n"
        "A forensic report commissioned by the provincial department of cooperative governance "
        "and traditional affairs (Cogta) and completed in May found that the committee had no "
        "lawful basis to act. The report, compiled by Nkosi Advisory, states that the manager "
        "did not declare his interest.",
        learned=False,
    )
    assert df[df.cue.isin(["found", "states"])].source.tolist() == ["forensic report"] * 2


# ------------------------------------------------------------------------------- round 66 (twenty-third session)
def test_the_one_who_disputed_an_account_says_what_follows():
    df = attributed(
        "The company said the trees had been felled legally. Maddox disputed that account, "
        "saying at least four tagged trees were on the ground.",
        learned=False,
    )
    assert df.source.tolist() == ["company", "Maddox"]


def test_a_source_within_a_party_is_no_party():
    df = attributed(
        "However, a source within Perak Umno said there was unhappiness among some division "
        "leaders.",
        learned=False,
    )
    assert df.source.tolist() == ["source within Perak Umno"]


# ------------------------------------------------------------------------------- round 67 (twenty-third session)
def test_a_quote_from_label_and_an_age_in_brackets_name_the_speaker():
    df = attributed(
        "Quote from Prokopchuk: \u201cThis is a compromise.\u201d\n\n"
        "Maria Tjiueza (61), a farmer, said the land was dry. Tjiueza (61) said the borehole "
        "had failed.",
        learned=False,
    )
    assert df.source.tolist() == ["Prokopchuk", "Maria Tjiueza", "Maria Tjiueza"]


def test_a_titled_member_of_a_party_is_the_member():
    df = attributed(
        "Rep. Kim Tae-ho of the main opposition People Power Party argued that the law had been "
        '"rushed through," and said his party would submit a bill.',
        learned=False,
    )
    assert df.source.tolist() == ["Kim Tae-ho", "Kim Tae-ho"]


# ------------------------------------------------------------------------------- round 68 (twenty-third session)
def test_a_delegation_to_a_country_named_with_and_is_one_body():
    df = attributed(
        "The EU Delegation to Bosnia and Herzegovina said on Wednesday that large contracts "
        "should be open to scrutiny.",
        learned=False,
    )
    assert df.source.tolist() == ["EU Delegation to Bosnia and Herzegovina"]


def test_according_to_its_filings_is_the_owner_the_sentence_opens_with():
    df = attributed(
        "The startup won approval from the Reserve Bank of India in 2024. Paysetu's revenue "
        "rose 41% in FY25, according to its filings with the Registrar of Companies.",
        learned=False,
    )
    assert df.source.tolist() == ["Paysetu"]


def test_an_officer_attached_to_a_division_who_spoke_anonymously_told():
    df = attributed(
        "A senior officer attached to the Port of Spain Division, who spoke on condition of "
        "anonymity, told the Express the shooting was believed to be linked to a feud.",
        learned=False,
    )
    assert df[["source", "text"]].values.tolist() == [
        [
            "senior officer attached to the Port of Spain Division",
            "the shooting was believed to be linked to a feud",
        ]
    ]


# ------------------------------------------------------------------------------- twenty-fourth session
def test_a_hyphenated_vice_title_before_a_name_is_an_office():
    df = attributed(
        "Students' Union Vice-President Halima Osei said the rent cap was too low. "
        "She said students would protest.",
        learned=False,
    )
    assert df.source.tolist() == ["Halima Osei", "Halima Osei"]


def test_the_officer_of_a_body_whose_name_has_an_and_is_one_speaker():
    df = attributed(
        "Kenya Flower Growers and Exporters Council Vice-Chairman Peter Njoroge Kamau said "
        "the cut in freight rates had come too late. He said at least 12 farms had closed "
        "since January.",
        learned=False,
    )
    assert df.source.tolist() == ["Peter Njoroge Kamau", "Peter Njoroge Kamau"]


def test_a_woman_titled_chairman_is_she():
    df = attributed(
        "Opposition leader Diana Kerr said the budget was a fraud. Finance committee chairman "
        "Margaret Oduya said the figures had been audited. \u201cWe have nothing to hide,\u201d "
        "she said.",
        learned=False,
    )
    assert df.source.tolist() == ["Diana Kerr", "Margaret Oduya", "Margaret Oduya"]


def test_a_chairman_whose_name_gives_no_gender_stays_he():
    df = attributed(
        "Senator Alice Moreno said the deal was rushed. Party chairman Reinholt Vasquez said "
        "the deal was sound. \u201cWe negotiated for months,\u201d he said.",
        learned=False,
    )
    assert df.source.tolist() == ["Alice Moreno", "Reinholt Vasquez", "Reinholt Vasquez"]


def test_a_surname_first_name_with_a_womans_given_name_and_a_portfolio_list():
    df = attributed(
        "Opposition MP Wong Kah Fai claimed the bridge had been forgotten. Responding, state "
        "housing, local government and transport committee chairman Lim Mei Xin said the "
        "tender had closed. \u201cWork will start in March,\u201d she said.",
        learned=False,
    )
    assert df.source.tolist() == ["Wong Kah Fai", "Lim Mei Xin", "Lim Mei Xin"]


# ------------------------------------------------------------------------------- round 69 (twenty-fourth session)
def test_a_name_with_a_long_appositive_still_speaks_and_is_she_later():
    df = attributed(
        "A senior official, who spoke on condition of anonymity because he was not authorised "
        "to speak, said the sum was too small. Giulia Ferraro, a lecturer in public economics "
        "at the Free University of Languages and Communication in Milan, said the figures were "
        "encouraging. \u201cA profit figure is not transparency,\u201d she said.",
        learned=False,
    )
    assert df.source.tolist()[1:] == ["Giulia Ferraro", "Giulia Ferraro"]


def test_a_body_named_with_and_before_its_acronym_and_appositive_speaks_in_a_dated_report():
    df = attributed(
        "The Markets and Securities Oversight Board (MSOB), the island's financial regulator, "
        "said in its own annual report released the same week that it had opened 12 inquiries.",
        learned=False,
    )
    assert df[["source", "text"]].values.tolist() == [
        ["Markets and Securities Oversight Board", "it had opened 12 inquiries"]
    ]


def test_according_to_the_company_is_the_limited_company_not_the_project():
    df = attributed(
        "The 40MW Upper Karnali Solar Project has missed its deadline again. Karnali Sun "
        "Limited, the project's developer, had promised power by June. But floods cut the "
        "access road in May, according to the company.",
        learned=False,
    )
    row = df[df.cue == "according to"].iloc[0]
    assert row.source == "Karnali Sun Limited"


def test_a_verb_in_a_relative_clause_with_no_that_is_no_statement():
    df = attributed(
        "The dam has missed its deadline again, raising fears that the country will lose some "
        "of the power it had planned to sell to its neighbours this summer.",
        learned=False,
    )
    assert df.empty


def test_an_agency_quoting_an_official_as_calling_relays_the_official():
    df = attributed(
        "State news agency RIA quoted an unnamed Foreign Ministry official as calling the "
        'exercise "a dangerous provocation."',
        learned=False,
    )
    assert df[["source", "via"]].values.tolist() == [["unnamed Foreign Ministry official", "RIA"]]


def test_a_committee_aide_is_not_renamed_the_committee():
    df = statements(
        art(
            "The bill would cap fees, a Senate Banking Committee aide said. The vote could "
            "come next week, a House Oversight Committee adviser said."
        ),
        narrator=False,
        learned=False,
    )
    assert df.source.tolist() == [
        "Senate Banking Committee aide",
        "House Oversight Committee adviser",
    ]


def test_the_authority_after_an_acronym_spelled_by_its_name_is_that_body():
    df = attributed(
        "The Planning Board approved the tower, overriding the Coastal and Marine Authority. "
        "The CMA said the tower would dominate the bay. The authority also noted that the "
        "site lies near a protected reef.",
        learned=False,
    )
    assert df.source.tolist() == ["CMA", "CMA"]


# ------------------------------------------------------------------------------- round 70 (twenty-fourth session)
def test_the_group_is_the_body_whose_appositive_calls_it_a_group():
    df = attributed(
        "Press freedom groups have criticised the law. In a statement on Monday, the Delta "
        "Civic Forum, a regional monitoring group, said nine reporters had been detained. The "
        "group called the arrests \u201ca chilling message.\u201d",
        learned=False,
    )
    assert df.source.tolist()[1:] == ["Delta Civic Forum", "Delta Civic Forum"]


def test_a_place_named_in_the_speakers_relative_clause_is_not_she():
    df = attributed(
        "Another resident, a mother of four who fled to the town of Ataye Gebre, said her "
        "brother told her by phone that soldiers were coming. \u201cHe told me not to come "
        "back,\u201d she said.",
        learned=False,
    )
    assert df.source.tolist() == ["Another resident", "her brother", "Another resident"]


def test_a_command_named_for_two_continents_is_one_body():
    df = attributed(
        "U.S. Naval Forces Europe and Africa said in a statement that it was reviewing the "
        "incident. Germany and France said the exercise would go ahead.",
        learned=False,
    )
    assert sorted(df.source.tolist()) == [
        "France",
        "Germany",
        "U.S. Naval Forces Europe and Africa",
    ]


def test_she_after_a_chairman_whose_given_name_gives_no_gender():
    df = attributed(
        "Northwind Pictures chairman Robin Achebe said the deal was about growth. She told "
        "reporters that no jobs would be cut.",
        learned=False,
    )
    assert df.source.tolist() == ["Robin Achebe", "Robin Achebe"]


def test_a_mid_sentence_according_to_before_a_prepositional_phrase_credits_the_clause():
    df = attributed(
        "The film earned $12 million, according to Box Office Data, on a reported budget of "
        "under $1 million from two small regional investors.",
        learned=False,
    )
    assert df[["source", "text"]].values.tolist() == [
        ["Box Office Data", "The film earned $12 million"]
    ]


def test_put_the_number_of_something_at_is_an_estimate():
    df = attributed(
        "The district administrator put the number of houses destroyed at \u201cabout 40.\u201d",
        learned=False,
    )
    assert df.source.tolist() == ["district administrator"]


def test_a_man_police_allege_was_the_driver_is_what_police_allege():
    df = attributed(
        "A Logan man police allege was the getaway driver in a string of servo robberies will "
        "remain in custody.",
        learned=False,
    )
    assert df[["source", "text"]].values.tolist() == [
        ["police", "was the getaway driver in a string of servo robberies"]
    ]


def test_a_second_verb_after_a_relayed_speakers_verb_is_that_speakers():
    df = attributed(
        "Prosecutor Anna Wu told the court that officers searched the flat. Wu said Chan "
        "admitted under caution that he had sent the messages, but told officers he "
        "\u201cnever expected anyone to read them.\u201d She added that Chan had no record.",
        learned=False,
    )
    told = df[df.cue == "told"].iloc[-1]
    assert (told.source, told.via) == ("Chan", "Anna Wu")
    assert df[df.cue == "added"].source.tolist() == ["Anna Wu"]


# ------------------------------------------------------------------------------- rounds 71 and 72 (twenty-fourth session)
def test_a_verb_in_the_speakers_appositive_is_no_learned_statement():
    df = attributed(
        "Ana Ruiz, a former federal prosecutor who spent nine years in the U.S. attorney\u2019s "
        "office in Denver before being appointed the city\u2019s auditor in 2023, said her staff "
        "visited 200 sites."
    )
    assert df.cue.tolist() == ["said"]


def test_after_what_it_described_as_is_the_pronouns_speaker():
    df = attributed(
        "In a statement on Sunday, the rebel coalition claimed it had captured the town after "
        "what it described as \u201cfierce fighting.\u201d",
        learned=False,
    )
    assert df.source.tolist() == ["rebel coalition", "rebel coalition"]


def test_a_ward_number_after_an_aldermans_name_is_no_appositive():
    df = attributed(
        "Ald. Maria Kowalczyk, 12th, a frequent critic of the mayor, said the audit showed "
        "\u201ca culture of neglect.\u201d",
        learned=False,
    )
    assert df.source.tolist() == ["Maria Kowalczyk"]


def test_a_name_after_an_outlet_and_a_comma_is_not_joined_to_it():
    df = statements(
        art(
            "The smelter is run by PT Weda Mineral Sejahtera (WMS). In a written response to "
            "the Post, WMS denied that its operations were responsible for the spill."
        ),
        narrator=False,
        learned=False,
    )
    assert df.source.tolist() == ["PT Weda Mineral Sejahtera"]


def test_reminded_members_that_is_a_statement_but_reminded_him_of_is_not():
    df = attributed(
        "Speaker Tevita Lomu reminded members that interrupting a minister was out of order. "
        "The hall reminded him of his school days.",
        learned=False,
    )
    assert df[["source", "cue"]].values.tolist() == [["Tevita Lomu", "reminded"]]


def test_admitting_patients_and_what_to_tell_are_no_statements():
    df = attributed(
        "Private clinics have given the fund 14 days to pay, failing which they will stop "
        "admitting patients covered by the scheme. Whitlock argued that Osei tried to cover "
        "his tracks by deleting emails and coaching a clerk on what to tell auditors.",
        learned=False,
    )
    assert df.cue.tolist() == ["argued"]


def test_a_place_and_its_region_after_a_comma_are_no_name():
    df = attributed(
        "Dewi Lestari, a fisheries researcher at a university in Kendari, Southeast Sulawesi, "
        "said catches had halved. Farmers on the coast of Seram, Central Maluku, say the "
        "river has turned brown.",
        learned=False,
    )
    assert df.source.tolist() == ["Dewi Lestari", "Farmers on the coast of Seram"]


def test_a_document_published_at_a_time_finds():
    df = attributed(
        "A parliamentary review published last spring found that a third of permits went to "
        "two sectors.",
        learned=False,
    )
    assert df.source.tolist() == ["parliamentary review"]


def test_it_finds_after_a_sentence_opened_by_the_study():
    df = attributed(
        "The study, published in Ocean Letters, uses two decades of float data. It finds that "
        "the deep layer warmed by 0.1C.",
        learned=False,
    )
    assert df.source.tolist() == ["study"]


def test_according_to_before_even_as_or_and_credits_the_clause_before():
    df = attributed(
        "Home sales rose to a record in March, according to data from the land registry, even "
        "as analysts cautioned that supply would soon outrun demand. Investors put $2 billion "
        "into robotics startups in 2025, according to Dealroom data, and rivals are building "
        "tools of their own.",
        learned=False,
    )
    rows = df[df.cue == "according to"]
    assert rows.text.tolist() == [
        "Home sales rose to a record in March",
        "Investors put $2 billion into robotics startups in 2025",
    ]


def test_a_place_based_company_with_a_two_word_place_speaks():
    df = attributed(
        "In a note to clients, analysts at Abu Dhabi-based Gulf Harbour Capital estimated that "
        "about 90,000 units would be completed next year.",
        learned=False,
    )
    assert len(df) == 1 and "Gulf Harbour Capital" in df.source.iloc[0]


def test_apologized_and_advised_anyone_are_statements():
    df = attributed(
        "Mensah apologized to the families of the victims. Lawyer Ines Okoro advised anyone whose "
        "contract ends this year to speak to their union now. It was a campaign built on the "
        "idea that the only mistake is to apologize.",
        learned=False,
    )
    assert df[["source", "cue"]].values.tolist() == [
        ["Mensah", "apologized"],
        ["Ines Okoro", "advised"],
    ]


def test_a_party_name_joined_by_an_en_dash_before_a_title_and_name():
    df = attributed(
        "Liberal Movement\u2013Free Democrats MP Ruta Zemaityte argued that the delay showed the "
        "government had lost control.",
        learned=False,
    )
    assert df.source.tolist() == ["Ruta Zemaityte"]


def test_a_name_its_role_and_the_roles_body_appositive():
    df = attributed(
        "Dana Whitlock, policy director at the Prairie Ratepayers Alliance, a consumer group "
        "that has intervened in the case, called the plan \u201ca 40-year bet.\u201d",
        learned=False,
    )
    assert df.source.tolist() == ["Dana Whitlock"]


def test_an_acronym_the_tagger_reads_as_a_modal_speaks():
    df = attributed(
        "Cricket Australia (CA) confirmed that the bowler would miss the summer. CA said in a "
        "statement that he would begin his rehabilitation in Perth.",
        learned=False,
    )
    assert df.source.tolist() == ["Cricket Australia", "CA"]


def test_a_filing_first_spotted_by_an_outlet_shows():
    df = attributed(
        "A Form D filing with the Securities and Exchange Commission, first spotted by "
        "TechCrunch last month, shows the company had closed $20 million of the round.",
        learned=False,
    )
    assert len(df) == 1 and df.source.iloc[0].startswith("Form D filing")


def test_a_gerund_after_a_fronted_when_clause_is_the_main_subjects():
    df = attributed(
        "When she ran for governor in 2018, incumbent Mark Delaney attacked Ruiz by telling "
        "voters that her firm had cut 3,000 jobs.",
        learned=False,
    )
    assert df.source.tolist() == ["Mark Delaney"]


# ------------------------------------------------------------------------------- rounds 73 and 74 (twenty-fourth session)
def test_the_subject_of_a_second_absolute_clause_speaks():
    df = attributed(
        "Twelve sailors have been stranded for five months, with fuel running low and the "
        "ship\u2019s Cyprus-based owner insisting it is no longer responsible for them.",
        learned=False,
    )
    assert df.source.tolist() == ["ship\u2019s Cyprus-based owner"]


def test_recall_as_a_noun_is_no_cue():
    df = attributed(
        "Party spokesman Adam Nowak told a press conference that the party would table its "
        "own bill, which would keep the current threshold but shorten the period in which "
        "recall signatures can be collected.",
        learned=False,
    )
    assert df.cue.tolist() == ["told"]


def test_a_union_named_after_but_at_a_sentence_start_keeps_its_name():
    df = statements(
        art(
            "The minister promised no job cuts.\n\nBut the Lesotho Textile Workers Union "
            "(LTWU) says the promise is not enough."
        ),
        narrator=False,
        learned=False,
    )
    assert df.source.tolist()[-1] == "Lesotho Textile Workers Union"


def test_a_division_named_with_of_and_and_is_one_body():
    df = attributed(
        "The Oregon Division of Forestry and Wildland Protection said it had sent two air tankers.",
        learned=False,
    )
    assert df.source.tolist() == ["Oregon Division of Forestry and Wildland Protection"]


def test_a_ministry_whose_portfolio_list_has_a_comma_keeps_its_whole_name():
    df = statements(
        art(
            "The Ministry of Lands, Housing and Urban Development said in a statement on "
            "Wednesday that it had begun an audit of all titles."
        ),
        narrator=False,
        learned=False,
    )
    assert df.source.tolist() == ["Ministry of Lands, Housing and Urban Development"]


def test_who_they_are_between_dashes_is_no_speaker():
    df = attributed(
        "The crew \u2013 11 Filipinos, four Ukrainians and two Georgians \u2013 say they have "
        "not been paid since March.",
        learned=False,
    )
    assert df.source.tolist() == ["crew"]


def test_an_epithet_after_a_sentence_naming_an_earlier_speaker_is_that_speaker():
    df = attributed(
        "Lotte de Graaf said she had planned the attack for weeks. \u201cI knew it would hurt,"
        "\u201d de Graaf said. The team's coach Marta Vidal said the win had been coming. Vidal "
        "also confirmed that de Graaf would lead the team at the Giro. The Dutchwoman, however, "
        "conceded that the overall title was out of reach.",
        learned=False,
    )
    assert df.source.tolist()[-1] == "Lotte de Graaf"


def test_an_interview_set_out_as_q_and_a_lines():
    df = attributed(
        "The council voted 4-1 on Tuesday. The Tenants Union spoke with Omar Haddad, its "
        "chair, after the vote.\n\nQ. What does the decision change?\n\nA. It puts the burden "
        "on the landlord.\n\nQ. Critics say you are risking safety.\n\nA. Nobody is asking "
        "for unsafe buildings.",
        learned=False,
    )
    assert df[["source", "text"]].values.tolist() == [
        ["Omar Haddad", "It puts the burden on the landlord."],
        ["Critics", "you are risking safety"],  # (the question relays the critics)
        ["Omar Haddad", "Nobody is asking for unsafe buildings."],
    ]


def test_admitting_patients_does_not_end_an_accusation():
    df = attributed(
        "Mwangi accused some clinics of inflating bills and admitting patients who did not need "
        "care.",
        learned=False,
    )
    assert df.text.tolist() == [
        "some clinics of inflating bills and admitting patients who did not need care"
    ]


def test_a_q_and_a_with_a_journalist_named_gives_answers_to_the_interviewee():
    df = attributed(
        "Mayor Lena Okafor later flew back to the capital, where she spoke with Herald senior "
        "writer Tom Reyes. Here is the edited transcript.\n\nQ: Is the plan dead?\n\nA: No. I "
        "think the council will pass it.\n\nQ: When?\n\nA: By spring.",
        learned=False,
    )
    answers = df[df.method.isin(["interview-answer"]) | df.cue.eq("think")]
    assert set(answers.source) == {"Lena Okafor"}
    assert "Is the plan dead?" not in " ".join(df.text)


def test_first_person_rows_inside_a_q_and_a_answer_are_the_interviewees():
    # "I think" on the answer's line and "I believe" on the paragraph after it are both the
    # interviewee's statements inside the answer (as PolNeAR marks them), with or without an
    # outlet, with "A." or "A:" labels
    text = (
        "Mayor Lena Okafor later flew back to the capital, where she spoke with Herald senior "
        "writer Tom Reyes.\n\nQ. Is the plan dead?\n\nA. No. I think the council will pass "
        "it.\n\nI believe the votes are there.\n\nQ. When?\n\nA. By spring."
    )
    for outlet in (None, "Herald"):
        for label in (".", ":"):
            df = statements(
                art(text.replace("A.", "A" + label).replace("Q.", "Q" + label), outlet=outlet),
                narrator=False,
                canonical=False,
                learned=False,
            )
            assert df[["source", "text"]].values.tolist() == [
                [
                    "Lena Okafor",
                    "No. I think the council will pass it.\n\nI believe the votes are there.",
                ],
                ["Lena Okafor", "the council will pass it"],
                ["Lena Okafor", "the votes are there"],
                ["Lena Okafor", "By spring."],
            ], (outlet, label)


def test_a_participle_on_the_speaker_and_striking_a_tone_are_no_learned_statements():
    df = attributed(
        "Harbourline Ship Management, listed as the vessel\u2019s technical manager in Equasis, "
        "said in a statement that its contract \u201cended on 30 April\u201d. Party spokesperson "
        "Dara Aziz struck a more conciliatory tone, saying the doors were open."
    )
    assert df.cue.tolist() == ["said", "saying"]


# ------------------------------------------------------------------------------- rounds 75 and 76 (twenty-fourth session)
def test_a_quote_before_a_name_with_a_long_appositive_and_its_continuation():
    df = attributed(
        "\u201cWe are at 130% occupancy,\u201d Dr. Noa Ben-Ami, head of the cardiology division "
        "at Rambam Health Care Campus in Haifa, told Ynet. \u201cPatients wait in corridors.\u201d",
        learned=False,
    )
    assert df.source.tolist() == ["Noa Ben-Ami", "Noa Ben-Ami"]


def test_an_agency_quoted_him_as_saying_is_the_man_before():
    df = attributed(
        "Arman Seitkali, a member of the chamber's presidium, told Kazinform that loans were "
        "too dear. \u201cFirms cannot borrow at 22%,\u201d Kazinform quoted him as saying.",
        learned=False,
    )
    assert df.source.tolist() == ["Arman Seitkali", "Arman Seitkali"]


def test_expressed_concern_that_even_in_quote_marks():
    df = attributed(
        "In a report on the bill, the Senate Finance Committee \u201cexpressed concern\u201d that "
        "the rule could hurt new researchers. The board expressed hope that talks would resume.",
        learned=False,
    )
    assert df.source.tolist() == ["Senate Finance Committee", "board"]


def test_figures_from_a_regulator_named_by_acronym_show():
    df = attributed(
        "Figures from the banking regulator, the FMA, show lenders' net profit fell 6% last "
        "year. Figures from the CBL show deposits rose.",
        learned=False,
    )
    assert df.source.tolist() == ["FMA", "CBL"]


def test_a_command_named_with_a_roman_numeral_and_force():
    df = attributed(
        "The vehicle overturned in the surf, according to a statement from III Marine "
        "Expeditionary Force.",
        learned=False,
    )
    assert df.source.tolist() == ["III Marine Expeditionary Force"]


def test_a_court_named_in_lower_case_for_its_places_holding_that():
    df = attributed(
        "The high court of Punjab and Haryana on Friday quashed the detention order, holding "
        "that the grounds were \u201cvague and stale\u201d. The committee held that meeting in June.",
        learned=False,
    )
    assert df.source.tolist() == ["high court of Punjab and Haryana"]


def test_asking_two_people_to_agree_is_no_statement_of_theirs():
    df = attributed(
        "A senior source said the prime minister had asked Nasser and Khalil to agree on a "
        "compromise before the next session.",
        learned=False,
    )
    assert df.cue.tolist() == ["said"]


def test_a_colon_dateline_is_no_part_of_the_opening_subject():
    df = attributed(
        "Srinagar: The high court of Punjab and Haryana on Friday quashed the order, holding "
        "that the grounds were stale.",
        learned=False,
    )
    assert df.source.tolist() == ["high court of Punjab and Haryana"]


# ------------------------------------------------------------------------------- rounds 77 and 78 (twenty-fourth session)
def test_a_role_appositive_with_an_and_in_its_department():
    df = attributed(
        "Grace Lam Wing-yee, associate professor in the Department of Urban Planning and Design "
        "at the University of Hong Kong, said supply would weigh on prices.",
        learned=False,
    )
    assert df.source.tolist() == ["Grace Lam Wing-yee"]


def test_he_after_a_sentence_introducing_someone_with_was():
    df = attributed(
        "A spokesman for the Lands Department said the sale was orderly. Among the buyers was "
        "Chan, a nurse who bought a flat with her husband. She said they had rented for years.",
        learned=False,
    )
    assert df.source.tolist() == ["spokesman for the Lands Department", "Chan"]


def test_an_address_standing_for_a_government_speaks():
    df = attributed(
        "In a statement on Saturday, No.10 Harbour Street said the checks were unfair.",
        learned=False,
    )
    assert df.source.tolist() == ["No.10 Harbour Street"]


def test_a_body_named_with_a_comma_list_and_an_oxford_comma():
    df = attributed(
        "The Meteorology, Climatology, and Geophysics Agency (BMKG) has warned that heavy rain "
        "will continue.",
        learned=False,
    )
    assert df.source.tolist() == ["Meteorology, Climatology, and Geophysics Agency"]


def test_a_county_judge_is_not_renamed_the_county():
    df = statements(
        art(
            "A Fulton County judge has thrown out the conviction, ruling that prosecutors "
            "failed to share evidence."
        ),
        narrator=False,
        learned=False,
    )
    assert df.source.tolist() == ["Fulton County judge"]


def test_reminded_officials_to_is_an_exhortation():
    df = attributed(
        "Kusumawardani reminded local governments to ensure that shelters had clean water.",
        learned=False,
    )
    assert df.source.tolist() == ["Kusumawardani"]


def test_a_role_and_name_before_said_are_no_inverted_content():
    df = attributed(
        "Meanwhile, head of the Palu Search and Rescue Office, Andi Rahmat, said 240 joint "
        "personnel from Basarnas, the Indonesian Military (TNI), the National Police (Polri), and "
        "volunteers were involved in the search.",
        learned=False,
    )
    assert df.source.tolist() == ["Andi Rahmat"]


def test_a_learned_main_verb_after_the_speakers_appositive_stays():
    # (guards the participle veto above: the verb here is the main one, "but said" follows)
    df = attributed(
        "The UGT, Spain\u2019s second-largest union, welcomed \u201ca step forward,\u201d but said "
        "in a statement that it still opposed the reform."
    )
    assert df.cue.tolist() == ["welcomed", "said"]


def test_the_agency_after_a_body_named_with_a_comma_list():
    df = attributed(
        "The National Disaster Agency said 17 people died. The Meteorology, Climatology, and "
        "Geophysics Agency (MCGA) has warned of more rain. In a statement on Tuesday, the agency "
        "said a storm was forming north of the island.",
        learned=False,
    )
    assert df.source.tolist()[-1] == "Meteorology, Climatology, and Geophysics Agency"


def test_confirmed_to_an_outlet_after_the_content_is_a_closing_frame():
    df = attributed(
        "The agency will halve rations for 300,000 refugees from March, the World Food "
        "Programme confirmed to Devex, after receiving a third of the funding it needs.",
        learned=False,
    )
    assert df[["source", "text"]].values.tolist() == [
        ["World Food Programme", "The agency will halve rations for 300,000 refugees from March"]
    ]


def test_it_said_after_the_agency_takes_the_agencys_name():
    df = attributed(
        "The Coastal Weather and Tides Agency (CWTA) has warned that heavy rain is likely to "
        "continue in the region. In a statement "
        "on Tuesday, the agency said a storm was forming. The storm is expected to last five "
        "days, it said.",
        learned=False,
    )
    assert df.source.tolist()[-1] == "Coastal Weather and Tides Agency"


# ------------------------------------------------------------------------------- rounds 79 to 83 (twenty-fifth session)
def test_a_court_witness_keeps_her_she_after_an_asker_and_a_long_quote_and_the_lawyer_is_counsel():
    df = attributed(
        "Rosa Almeida, 41, the third prosecution witness, said she had been told to alter the "
        "records.\n\nAsked by Hannah Whitby who had given the order, the witness said it had "
        'come "straight from the director\'s office".\n\n"We normally check every sheet. That '
        'month nobody checked. I typed what I was handed," she added.\n\nShe also testified '
        "that she was moved to another department soon after.\n\nUnder cross-examination by "
        "counsel Tomasz Wren, the witness agreed she had never seen the accused sign a sheet. "
        '"So you cannot say who wrote the figures?" Wren asked.\n\nThe lawyer then suggested '
        "that she held a grudge against her manager.",
        learned=False,
    )
    # the asker of the fronted "Asked by …" is no "she"; a quote of three sentences is just
    # before the next "She" (not three sentences back); "the lawyer" is the counsel who spoke
    assert df[["cue", "source"]].values.tolist() == [
        ["said", "Rosa Almeida"],
        ["Asked", "Hannah Whitby"],
        ["said", "Rosa Almeida"],
        ["added", "Rosa Almeida"],
        ["testified", "Rosa Almeida"],
        ["agreed", "Rosa Almeida"],
        ["asked", "Wren"],
        ["suggested", "Wren"],
    ]


def test_a_body_of_a_place_president_is_a_he_and_a_for_clause_introduces_a_she():
    df = attributed(
        "Tourism Board spokesman Rajkumar Chhetri said the airport would open in May. Hotel "
        "Owners' Association of Nepal President Dhan Bahadur Gurung stated that bookings were "
        "up. He, however, claimed that many lodges were still empty.\n\nFor Maria Lopes, a "
        "52-year-old cook from Porto, the change came as a relief. She told the paper that her "
        "rent had doubled.",
        learned=False,
    )
    # a title whose last word is an office makes its holder a person, the "he" of the next
    # sentence; the woman a sentence opens with "For …," is the "she" after it
    assert df[["cue", "source"]].values.tolist() == [
        ["said", "Rajkumar Chhetri"],
        ["stated", "Dhan Bahadur Gurung"],
        ["claimed", "Dhan Bahadur Gurung"],
        ["told", "Maria Lopes"],
    ]


def test_a_name_between_a_participle_phrase_and_its_capitalised_title_is_the_source():
    df = attributed(
        "Speaking to reporters, Emmanuel Habimana, Deputy Chief Executive Officer in charge of "
        "benefits, said the fund could absorb the cost.",
        learned=False,
    )
    assert df.source.tolist() == ["Emmanuel Habimana"]


def test_which_after_a_participle_phrase_takes_the_document_and_a_dashed_borough_is_one_name():
    df = attributed(
        "The cuts follow a review by Highways for the South, released in June, which found that "
        "most bridges needed repair. Anne-Marie Roy, the mayor of the Ahuntsic—Cartierville—"
        "Saint-Laurent borough, said the trucks came late.",
        learned=False,
    )
    # the author of the review, not the participle "released"; a name of three places joined
    # by dashes is no dashed aside, so the mayor's name before her appositive speaks
    assert df[["cue", "source"]].values.tolist() == [
        ["found", "Highways for the South"],
        ["said", "Anne-Marie Roy"],
    ]


def test_the_latter_a_paragraph_after_the_former_takes_the_second_of_the_pair():
    df = attributed(
        "Two growers disagreed: Helen Marsh, who farms near Dubbo, and Peter Kallis, a cotton "
        "grower.\n\nThe former said the rain had saved her crop. \u201cWe were a week from "
        "losing it,\u201d Ms Marsh said.\n\nThe latter warned that the water price would rise.",
        learned=False,
    )
    # "the latter" two sentences after a quote that names the former again: the second of
    # the two named before "the former", not the last name mentioned
    assert df[["cue", "source"]].values.tolist() == [
        ["said", "Helen Marsh"],
        ["said", "Marsh"],
        ["warned", "Peter Kallis"],
    ]


def test_an_unnamed_he_two_sentences_back_is_no_she_after_another_speaker():
    # guard: the end of an unnamed speaker's quote counts only when nothing is said between
    df = attributed(
        "A farmer from Kalu, who asked not to be named, said the shelling began at dawn. "
        '"We ran to the river. Nobody helped us," he said. Another farmer, a mother of three, '
        'said her son told her by phone that troops were "searching every house". "He told me '
        'to stay away," she said.',
        learned=False,
    )
    assert df.source.tolist()[-1] == "Another farmer"
