"""The extraction's word lists (govpipeline/lib/extract/vocabulary/*.yaml) keep the rules their patterns rely on,
and ship with the package."""
import fnmatch
import tomllib

import pytest
import yaml

from govpipeline.lib.extract import extract_facts
from govpipeline.lib.stages import LIB
from govpipeline_tests.conftest import REPO

VOCABULARY = LIB / "extract" / "vocabulary"


def vocabulary(name: str) -> dict:
    return yaml.safe_load((VOCABULARY / f"{name}.yaml").read_text(encoding="utf-8"))


def test_every_unit_of_a_kind_is_a_unit_the_number_pattern_knows():
    units = vocabulary("units")
    known = set(units["units"])
    assert len(known) == len(units["units"])
    for kind in ("durations", "money", "areas", "measures", "people", "events", "listed_kinds"):
        assert set(units[kind]) <= known, kind
    assert set(units["canonical"]) <= known and set(units["canonical"].values()) <= known
    assert set(vocabulary("non_figures")["not_a_unit_after"]) <= known
    assert set(units["smaller"]) <= known and set(units["implied_by_word"].values()) <= known


ALTERNATIONS = [("units", "units"), ("qualifiers", "before"), ("qualifiers", "after")] + [
    ("verbs", key) for key in vocabulary("verbs")]  # the lists that patterns try in order


@pytest.mark.parametrize("name, key", ALTERNATIONS)
def test_a_longer_word_comes_before_a_shorter_word_it_begins_with(name, key):
    # an alternation takes its first branch that matches: 个 before 个工作日 would read 3个工作日 as 3个
    words = vocabulary(name)[key]
    assert [(w, longer) for i, w in enumerate(words) for longer in words[i + 1:] if longer.startswith(w)] == []


def test_qualifier_bounds_are_qualifiers():
    qualifiers = vocabulary("qualifiers")
    assert set(qualifiers["bounds"]) <= set(qualifiers["before"]) | set(qualifiers["after"])


def test_the_words_are_read_from_the_vocabulary():
    facts = extract_facts("全市共完成造林面积1200亩，建成步道35公里，接待游客逾万人次。", 2023).facts
    assert [(f.value, f.unit, f.kind, f.approx) for f in facts] == [
        (1200, "亩", "area", None), (35, "公里", "other", None), (10000, "人次", "count", "逾")]
    assert facts[0].scope == "全市"


def test_package_data_ships_every_data_file_of_the_lib():
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = pyproject["tool"]["setuptools"]["package-data"]["govpipeline"]
    root = LIB.parent
    data = [p.relative_to(root).as_posix() for p in LIB.rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    assert any(p.startswith("lib/extract/vocabulary/") for p in data)
    assert [p for p in data if not any(fnmatch.fnmatch(p, pattern) for pattern in shipped)] == []
