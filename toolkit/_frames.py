"""Tables from row tuples, built column by column.

pandas 3 converts each column of Python strings to its Arrow string type; building a small
table from a dict of column lists costs a fraction of ``pd.DataFrame(rows, columns=...)``
followed by ``astype`` or per-column fixes, and every step builds several small tables per
article.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import pandas as pd


def _missing(x: object) -> bool:
    return x is None or x is pd.NaT or x is pd.NA or (isinstance(x, float) and x != x)


def rows_frame(
    rows: Sequence[tuple],
    columns: Sequence[str],
    *,
    nullable_int: Collection[str] = (),
    none_for_missing: Collection[str] = (),
) -> pd.DataFrame:
    """``pd.DataFrame(rows, columns=columns)``, column by column.

    ``nullable_int`` columns get pandas' ``Int64`` dtype (missing values allowed);
    ``none_for_missing`` columns are ``object`` with ``None`` (never NaN) for missing values.

    >>> df = rows_frame([("a", 1, None), ("b", None, 2.5)], ["k", "n", "x"],
    ...                 nullable_int=["n"], none_for_missing=["x"])
    >>> df["n"].tolist(), df["x"].tolist(), str(df["n"].dtype)
    ([1, <NA>], [None, 2.5], 'Int64')
    """
    columns = list(columns)
    if not rows:
        df = pd.DataFrame(rows, columns=columns)
        for c in none_for_missing:
            if c in df.columns:
                df[c] = pd.Series([], index=df.index, dtype=object)
        return df.astype({c: "Int64" for c in nullable_int if c in df.columns})
    data = {}
    for c, values in zip(columns, zip(*rows, strict=True), strict=True):
        if c in nullable_int:
            data[c] = pd.array(values, dtype="Int64")
        elif c in none_for_missing:
            data[c] = pd.Series([None if _missing(x) else x for x in values], dtype=object)
        else:
            data[c] = list(values)
    return pd.DataFrame(data, columns=columns)
