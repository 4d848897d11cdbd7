"""The job that materializes the whole graph, with its checks."""
import dagster as dg

# The UI's job page lists the runs tagged with the job's code location. `make pipeline` (dg launch) runs the job in
# process, outside any code location, so its runs would be missing there: every run carries the label itself, the
# one workspace.yaml's location (govpipeline) gives the runs the UI, the sensor and the schedule launch.
CODE_LOCATION_LABEL = {".dagster/repository": "__repository__@govpipeline"}

everything_job = dg.define_asset_job(
    "govpipeline_everything",
    selection=dg.AssetSelection.all(),
    tags=CODE_LOCATION_LABEL,
    description="Materialize every asset (raw -> normalized -> extracted -> warehouse -> analytics) and run all checks. "
                "Only new or changed documents, and those derived by an older govpipeline, are reprocessed; set "
                "full_refresh in the run config to redo all.",
)
