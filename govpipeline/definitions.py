"""govpipeline's Dagster definitions: everything under defs/ is loaded from there."""
import os
from functools import lru_cache
from pathlib import Path

import dagster as dg


@dg.definitions
def defs() -> dg.Definitions:
    # Dagster's CLI asks for the definitions five times per command, and loading the defs folder takes 0.4 to 1.3 s.
    # They depend only on the GOVPIPELINE_* environment, so a process loads them once per environment.
    return _load(_environment())


def preload() -> None:
    """Load the definitions in a process that step processes are forked from (govpipeline.preload), so that each
    step starts with them loaded instead of spending a second on it."""
    _load(_environment()).get_repository_def()


def _environment() -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, v) for k, v in os.environ.items() if k.startswith("GOVPIPELINE_")))


@lru_cache(maxsize=4)
def _load(environment: tuple[tuple[str, str], ...]) -> dg.Definitions:
    return dg.load_from_defs_folder(path_within_project=Path(__file__).parent)
