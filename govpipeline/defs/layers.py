"""Document layers that fan out: N_BUCKETS parallel steps process the documents, one step writes DuckDB.

Each bucket step reads its pending documents from the previous layer's table in one short read-only query, works
without holding the file, and leaves Parquet parts in the staging area. The layer's load step (pool ``duckdb``)
replaces those documents' rows from the parts in one transaction. Under the multiprocess or celery executor the
buckets run at the same time; no step waits on the DuckDB lock while another computes.
"""

from dataclasses import dataclass
from typing import Callable

import dagster as dg

from govpipeline.defs.metadata import DUCKDB_POOL, RefreshConfig, table_metadata
from govpipeline.defs.resources import StagingArea, WarehouseResource
from govpipeline.lib.db import chunks, delete_docs, pending_documents, rows_for_ids, transaction
from govpipeline.lib.stages import stage_version
from govpipeline.lib.staging import bucket_of, load_staged, remove, staged_doc_ids, staged_files, write_part

N_BUCKETS = 4  # fixed, so every run has the same graph; a bucket with nothing to do finishes at once


@dataclass(frozen=True)
class Layer:
    name: str  # the stage (lib.stages.STAGE_MODULES); op names: <name>_bucket_<i>, load_<name>
    key: list[str]
    upstream: list[str]
    upstream_table: str
    input_columns: tuple[str, ...]
    process: Callable[[dict], dict[str, list[dict]]]  # one upstream row -> rows for each output table
    schemas: dict[str, dict]  # output table -> column types; the first has one row per document (doc_id, sha256, error)
    preview_sql: str
    description: str
    group_name: str
    # the column of the status table that holds the upstream row's doc_id: doc_id, or file_id where one upstream
    # row gives several rows (a file holding several reports)
    upstream_link: str = "doc_id"

    @property
    def status_table(self) -> str:
        return next(iter(self.schemas))


def _staging_folder(context: dg.OpExecutionContext, staging: StagingArea, layer: Layer):
    run = context.run  # a re-execution of a failed run finds the parts its parent run staged
    return staging.folder(run.root_run_id or run.run_id, layer.name)


def _bucket_op(layer: Layer, bucket: int) -> dg.OpDefinition:
    @dg.op(name=f"{layer.name}_bucket_{bucket}", ins={"upstream": dg.In(dg.Nothing)}, out=dg.Out(dg.Nothing),
           description=f"{layer.name.capitalize()} the pending documents of bucket {bucket} of {N_BUCKETS} into "
                       "Parquet parts in the staging area.")
    def bucket_op(context: dg.OpExecutionContext, config: RefreshConfig, warehouse: WarehouseResource,
                  staging: StagingArea) -> None:
        with warehouse.get_connection(read_only=True) as con:
            todo, _ = pending_documents(con, layer.upstream_table, layer.status_table, stage_version(layer.name),
                                        config.full_refresh, layer.upstream_link)
            mine = [d for d in todo if bucket_of(d, N_BUCKETS) == bucket]
            rows = rows_for_ids(con, f"SELECT {', '.join(layer.input_columns)} FROM {layer.upstream_table} "
                                     "WHERE doc_id IN (SELECT doc_id FROM _govpipeline_ids)", mine)
        folder = _staging_folder(context, staging, layer)
        failed = 0
        for k, chunk in enumerate(chunks(rows)):
            out: dict[str, list[dict]] = {table: [] for table in layer.schemas}
            for row in chunk:
                for table, produced in layer.process(dict(zip(layer.input_columns, row))).items():
                    out[table] += produced
            for status in out[layer.status_table]:
                if status["error"]:
                    failed += 1
                    context.log.warning(f"quarantined {status['doc_id']}: {status['error']}")
            for table, produced in out.items():
                write_part(folder, table, f"bucket{bucket}-{k:05d}", produced, layer.schemas[table])
        context.log.info(f"bucket {bucket}: {len(mine)} documents, {failed} failed")

    return bucket_op


def _load_op(layer: Layer) -> dg.OpDefinition:
    @dg.op(name=f"load_{layer.name}", ins={"buckets": dg.In(dg.Nothing)}, out=dg.Out(dg.Nothing), pool=DUCKDB_POOL,
           description=f"Replace the rows of the documents the buckets processed in {', '.join(layer.schemas)}, "
                       "and drop the rows of documents gone upstream, in one transaction.")
    def load_op(context: dg.OpExecutionContext, config: RefreshConfig, warehouse: WarehouseResource,
                staging: StagingArea) -> None:
        folder = _staging_folder(context, staging, layer)
        written = {}
        with warehouse.get_connection() as con:
            _, gone = pending_documents(con, layer.upstream_table, layer.status_table, stage_version(layer.name),
                                        config.full_refresh, layer.upstream_link)
            processed = staged_doc_ids(con, staged_files(folder, layer.status_table), layer.upstream_link)
            with transaction(con):
                for table in layer.schemas:
                    delete_docs(con, table, processed + gone, layer.upstream_link)
                    written[table] = load_staged(con, table, staged_files(folder, table))
            left, _ = pending_documents(con, layer.upstream_table, layer.status_table, stage_version(layer.name),
                                        False, layer.upstream_link)
            if left:  # never report success over a stale layer: the next run derives them
                raise dg.Failure(f"{layer.status_table}: {len(left)} documents pending in {layer.upstream_table} "
                                 f"were not staged by this run's bucket steps (their parts are lost, or the upstream "
                                 f"changed during the run), e.g. {left[0]}; the next run processes them")
            meta = table_metadata(con, ".".join(layer.key), layer.preview_sql)
            failed = con.execute(f"SELECT count(*) FROM {layer.status_table} WHERE error IS NOT NULL").fetchone()[0]
        remove(folder)
        context.add_output_metadata({
            **meta, "documents_processed": len(processed), "documents_removed": len(gone),
            "documents_failed_in_total": failed,
            **{f"rows_written_{table.split('.')[1]}": n for table, n in written.items()},
        })

    return load_op


def layer_asset(layer: Layer) -> dg.AssetsDefinition:
    buckets = [_bucket_op(layer, i) for i in range(N_BUCKETS)]
    load = _load_op(layer)
    config = dg.ConfigMapping(  # one full_refresh for the layer, passed to each of its steps
        config_schema=RefreshConfig.to_config_schema(),
        config_fn=lambda cfg: {op.name: {"config": cfg} for op in (*buckets, load)},
    )

    @dg.graph_asset(key=layer.key, ins={"upstream": dg.AssetIn(key=layer.upstream, dagster_type=dg.Nothing)},
                    group_name=layer.group_name, kinds={"python", "parquet", "duckdb"}, config=config,
                    description=layer.description)
    def _layer(upstream):
        return load([bucket(upstream) for bucket in buckets])

    return _layer
