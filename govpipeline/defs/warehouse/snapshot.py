"""The published warehouse: the file readers open, replaced whole at the end of a run that wrote anything."""
import time

import dagster as dg

from govpipeline.defs.metadata import DUCKDB_POOL
from govpipeline.defs.resources import WarehouseResource


@dg.asset(
    key=["warehouse", "snapshot"],
    deps=[dg.AssetKey(["analytics", "yoy_comparisons"]), dg.AssetKey(["analytics", "metric_series"])],
    group_name="warehouse",
    kinds={"duckdb"},
    pool=DUCKDB_POOL,
    description=(
        "The file readers open (GOVPIPELINE_DB): a copy of the working copy the run wrote, with every layer, "
        "check finding and analytics table of this run, put in place by one rename after everything else. A "
        "notebook that holds it open never blocks a run and keeps reading the snapshot it opened; a run that "
        "fails or is killed leaves the previous snapshot, and the next run publishes once it has finished the "
        "work."
    ),
)
def warehouse_snapshot(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    start = time.perf_counter()
    size = warehouse.publish()
    seconds = time.perf_counter() - start
    context.log.info(f"published {size / 1e6:.1f} MB in {seconds:.2f} s")
    return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(warehouse.published_file())),
                                          "size_mb": round(size / 1e6, 1), "publish_seconds": round(seconds, 2)})
