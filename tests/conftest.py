"""The one conftest: fixtures live in tests/fixtures/, one module per area, loaded here."""
import pathlib

import pytest

pytest_plugins = [
    "tests.fixtures.documents",
    "tests.fixtures.stores",
    "tests.fixtures.graphs",
    "tests.fixtures.browser",
]

ROOT = pathlib.Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> pathlib.Path:
    return ROOT


@pytest.fixture(scope="session")
def sample_path() -> pathlib.Path:
    """The bundled sample: 苏州市2023年全市教育工作要点 (a scraped copy)."""
    return ROOT / "data" / "suzhou-2023-education-work-points.txt"
