"""Watches the raw folder; requests a run when report files are added, changed or removed.

It reads only file names, sizes and modification times (never DuckDB, so it cannot take the warehouse lock) and
keeps their digest as its cursor.
"""
import dagster as dg

from govpipeline.defs.automation.jobs import everything_job
from govpipeline.defs.resources import RawFolder
from govpipeline.lib.folder import folder_fingerprint


@dg.sensor(job=everything_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Runs the pipeline when report files under the raw folder are added, changed or removed.")
def raw_folder_sensor(context: dg.SensorEvaluationContext, raw_folder: RawFolder) -> dg.SensorResult:
    digest, n_files = folder_fingerprint(raw_folder.root())
    if digest == context.cursor:
        return dg.SensorResult(skip_reason=f"no change in {n_files} report files", cursor=digest)
    return dg.SensorResult(run_requests=[dg.RunRequest(run_key=digest, tags={"govpipeline/files": str(n_files)})],
                           cursor=digest)
