"""What the Dagster UI shows, read from the instance of real runs: previews, check results, the chart."""
import dagster as dg
import pytest

from govpipeline.definitions import defs
from govpipeline_tests.conftest import RAW, materialize_all


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """The bundled reports materialized into one instance, then a second run with nothing new."""
    db = tmp_path_factory.mktemp("ui") / "warehouse.duckdb"
    instance = dg.DagsterInstance.ephemeral()
    first = materialize_all(RAW, db, instance=instance)
    second = materialize_all(RAW, db, instance=instance)
    return instance, db, first, second


def _latest_metadata(instance, key: dg.AssetKey) -> dict:
    event = instance.get_latest_materialization_event(key)
    assert event is not None, key.to_user_string()
    return event.asset_materialization.metadata


def test_every_table_asset_stores_a_preview_of_its_rows(runs):
    instance = runs[0]
    keys = defs().resolve_asset_graph().get_all_asset_keys()
    for key in keys:
        meta = _latest_metadata(instance, key)
        rows = meta["dagster/row_count"].value
        preview = meta["preview"].value
        assert len(preview.records) == min(rows, 10), key.to_user_string()
        assert all(set(r.data) == {c.name for c in preview.schema.columns} for r in preview.records)
    facts = _latest_metadata(instance, dg.AssetKey(["warehouse", "facts"]))["preview"].value.records
    assert all(r.data["quote"] and r.data["value"] is not None for r in facts)
    assert sum(1 for key in keys if _latest_metadata(instance, key)["dagster/row_count"].value) >= 10
