"""Temporal expressions, events and the reconstructed chronology of news articles.

``timexes`` (temporal expressions normalised against the publication date), ``events`` (triggers
with participants and date intervals), ``chronology`` (merged, ordered events with evidence),
``apply_overrides`` (hand corrections), ``to_timelinejs`` / ``write_timelinejs`` / ``to_csv``.

>>> import toolkit
>>> art = toolkit.Article.from_text("Rebels captured Hama on Thursday.", published="2024-12-06")
>>> toolkit.timexes(art)["value"].tolist()
['2024-12-05']
"""

from toolkit.timeline.chronology import CHRONOLOGY_COLUMNS, apply_overrides, chronology
from toolkit.timeline.events import EVENT_COLUMNS, events
from toolkit.timeline.export import to_csv, to_timelinejs, write_timelinejs
from toolkit.timeline.timex import TIMEX_COLUMNS, tag, timexes

__all__ = [
    "CHRONOLOGY_COLUMNS",
    "EVENT_COLUMNS",
    "TIMEX_COLUMNS",
    "apply_overrides",
    "chronology",
    "events",
    "tag",
    "timexes",
    "to_csv",
    "to_timelinejs",
    "write_timelinejs",
]
