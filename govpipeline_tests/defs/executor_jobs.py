"""The project's job, rebuilt in each worker process from this module (executors other than in_process need a
reconstructable job)."""
import dagster as dg

from govpipeline.definitions import defs


def everything() -> dg.JobDefinition:
    return defs().resolve_job_def("govpipeline_everything")


def everything_with_the_environment_executor() -> dg.JobDefinition:
    """The same job, under another name: a process caches the job it rebuilt per function, so a test that changes
    GOVPIPELINE_EXECUTOR needs a function no earlier test used."""
    return everything()
