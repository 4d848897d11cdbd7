"""How runs execute: in one process unless the run config asks for several, or on Celery workers.

A subprocess per step costs seconds on 2 cores, which dominates runs that take in a few new reports; a cold load of
thousands of reports gains from the parallel buckets (``execution: config: multiprocess: max_concurrent: 2``).
``in_process_or_multiprocess`` is Dagster's multi_or_in_process_executor with in_process as the default.
GOVPIPELINE_EXECUTOR=celery hands every step to Celery workers instead (README, "Scaling out").
"""
import os

import dagster as dg

in_process_or_multiprocess = dg.ExecutorDefinition(
    name="in_process_or_multiprocess",
    config_schema=dg.Field(dg.multi_or_in_process_executor.config_schema.config_type,
                           default_value={"in_process": {}}),
    requirements=dg.multi_or_in_process_executor.get_requirements,
    executor_creation_fn=dg.multi_or_in_process_executor.executor_creation_fn,
    description="in_process (default) or multiprocess, chosen in the run config",
)


@dg.definitions
def executor() -> dg.Definitions:
    choice = os.environ.get("GOVPIPELINE_EXECUTOR", "default")
    if choice == "celery":
        from dagster_celery import celery_executor

        return dg.Definitions(executor=celery_executor)
    if choice != "default":
        raise ValueError(f"GOVPIPELINE_EXECUTOR={choice!r}: use 'celery', or leave it unset")
    return dg.Definitions(executor=in_process_or_multiprocess)
