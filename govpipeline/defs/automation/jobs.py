"""The job that materializes the whole graph, with its checks."""
import dagster as dg

everything_job = dg.define_asset_job(
    "govpipeline_everything",
    selection=dg.AssetSelection.all(),
    description="Materialize every asset (raw -> normalized -> extracted -> warehouse -> analytics) and run all checks. "
                "Only new or changed documents, and those derived by an older govpipeline, are reprocessed; set "
                "full_refresh in the run config to redo all.",
)
