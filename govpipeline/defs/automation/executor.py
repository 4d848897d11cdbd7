"""Runs execute in one process: each step here is light, and a subprocess per step costs seconds on 2 cores."""
import dagster as dg


@dg.definitions
def executor() -> dg.Definitions:
    return dg.Definitions(executor=dg.in_process_executor)
