"""What the Dagster UI shows, read from the instance of real runs: previews, check results, the chart."""
import dagster as dg
import pytest

from govpipeline.definitions import defs
from govpipeline.defs.resources import build_resources
from govpipeline_tests.conftest import RAW, materialize_all, query


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
    snapshot = dg.AssetKey(["warehouse", "snapshot"])  # the published file, no table
    keys = defs().resolve_asset_graph().get_all_asset_keys() - {snapshot}
    for key in keys:
        meta = _latest_metadata(instance, key)
        rows = meta["dagster/row_count"].value
        preview = meta["preview"].value
        assert len(preview.records) == min(rows, 10), key.to_user_string()
        assert all(set(r.data) == {c.name for c in preview.schema.columns} for r in preview.records)
    facts = _latest_metadata(instance, dg.AssetKey(["warehouse", "facts"]))["preview"].value.records
    assert all(r.data["quote"] and r.data["value"] is not None for r in facts)
    assert sum(1 for key in keys if _latest_metadata(instance, key)["dagster/row_count"].value) >= 10


def test_a_run_with_nothing_new_reports_every_check_as_it_stands(runs):
    instance, db, first, second = runs
    ran = {e.step_key for e in second.all_events if e.event_type_value == "STEP_START"}
    assert ran == {"raw__documents"}  # nothing new: the checks' steps did not run
    evaluated = {e.asset_check_key: e for e in first.get_asset_check_evaluations()}
    assert {e.check_name for e in evaluated.values() if not e.passed} == {"share_lists_sum_to_100", "shares_consistent"}
    records = instance.event_log_storage.get_latest_asset_check_execution_by_key(list(evaluated))
    for key, before in evaluated.items():
        record = records[key]
        assert record.run_id == second.run_id, key
        assert record.status.value == ("SUCCEEDED" if before.passed else "FAILED"), key
        restated = record.event.dagster_event.event_specific_data
        for label in ("checked", "failures", "documents_with_instances"):
            assert restated.metadata[label] == before.metadata[label], (key, label)


def test_failing_instances_name_the_file_region_year_quote_and_figures(runs):
    instance, db, first, _ = runs
    (shares,) = [e for e in first.get_asset_check_evaluations() if e.check_name == "shares_consistent"]
    instances = shares.metadata["failing_instances"].value.records
    assert len(instances) == shares.metadata["failures"].value
    stored = query(db, """SELECT q.source_path, q.region, q.report_year, q.quote, q.figures, d.source_path, d.region,
                                 d.report_year, len(q.fact_ids)
                          FROM quality.findings q JOIN warehouse.documents d USING (doc_id)
                          WHERE q.check_name = 'shares_consistent'""")
    assert len(stored) == len(instances)
    for path, region, year, quote, figures, doc_path, doc_region, doc_year, n_facts in stored:
        assert (path, region, year) == (doc_path, doc_region, doc_year) and path.endswith(".txt")
        assert len(quote.split(" … ")) == n_facts == len(figures.split("; "))
        assert all(" = " in f for f in figures.split("; "))
    assert {(r.data["report"], r.data["quote"], r.data["figures"]) for r in instances} == {
        (f"{s[1]} · {s[2]} · {s[0]}", s[3], s[4]) for s in stored}


def test_a_check_runs_on_its_own(runs):
    instance, db, first, _ = runs
    d = defs()
    key = dg.AssetCheckKey(dg.AssetKey(["warehouse", "relations"]), "shares_consistent")
    result = dg.materialize(list(d.assets) + list(d.asset_checks), selection=dg.AssetSelection.checks(key),
                            resources=build_resources({"GOVPIPELINE_RAW_DIR": str(RAW), "GOVPIPELINE_DB": str(db)}),
                            instance=instance)
    (alone,) = result.get_asset_check_evaluations()
    (before,) = [e for e in first.get_asset_check_evaluations() if e.asset_check_key == key]
    assert alone.asset_check_key == key and not alone.passed
    assert alone.metadata["failing_instances"] == before.metadata["failing_instances"]
    assert not [e for e in result.get_asset_materialization_events()]
