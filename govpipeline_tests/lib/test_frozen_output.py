"""The extraction output of the bundled reports, the fixtures and a generated corpus is the frozen one.

A change meant to change the output writes the fixture again with `python bench/freeze_output.py` and says so in its
commit; a refactor leaves it as it is.
"""
import importlib.util

from govpipeline_tests.conftest import REPO


def _freeze_output():
    spec = importlib.util.spec_from_file_location("freeze_output", REPO / "bench" / "freeze_output.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_extraction_output_is_the_frozen_one():
    freeze = _freeze_output()
    frozen = freeze.read()
    now = freeze.current()
    assert len(now[0]) == len(frozen[0]) > 300
    assert freeze.differences(frozen, now) == []
