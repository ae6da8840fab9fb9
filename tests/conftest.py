from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
TEST_CORPUS = ROOT / "tests" / "data" / "corpus"
SKY_ID = "skynews-2024-12-06-syrian-rebels-close-in-on-homs"


@pytest.fixture(scope="session")
def corpus():
    import toolkit

    return toolkit.load_corpus(CORPUS)


@pytest.fixture(scope="session")
def sky(corpus):
    return corpus[SKY_ID]
