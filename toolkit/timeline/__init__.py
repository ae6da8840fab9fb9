"""Temporal expressions, events and the reconstructed chronology of news articles.

>>> import toolkit
>>> art = toolkit.Article.from_text("Rebels captured Hama on Thursday.", published="2024-12-06")
>>> toolkit.timexes(art)["value"].tolist()
['2024-12-05']
"""

from toolkit.timeline.events import EVENT_COLUMNS, events
from toolkit.timeline.timex import TIMEX_COLUMNS, tag, timexes

__all__ = ["EVENT_COLUMNS", "TIMEX_COLUMNS", "events", "tag", "timexes"]
