"""The project's job, rebuilt in each worker process from this module (executors other than in_process need a
reconstructable job)."""
import dagster as dg

from govpipeline.definitions import defs


def everything() -> dg.JobDefinition:
    return defs().resolve_job_def("govpipeline_everything")
