"""A smoke test of the UI without a browser: the webserver's GraphQL API, in process, on an instance where the job
ran after a fresh clone, again with nothing new, and after the sensor picked up an added report. It asks what the
asset and check pages show."""
import json
import re
import shutil

import dagster as dg
import pytest
from dagster._core.remote_origin import InProcessCodeLocationOrigin
from dagster._core.types.loadable_target_origin import LoadableTargetOrigin
from dagster._core.workspace.context import WorkspaceProcessContext
from dagster._core.workspace.load_target import InProcessWorkspaceLoadTarget
from dagster_graphql.test.utils import execute_dagster_graphql

from govpipeline.definitions import defs
from govpipeline.lib.chart import INLINE_LIMIT
from govpipeline_tests.conftest import RAW, query

JOB = "govpipeline_everything"
ASSET_PAGE = """
query AssetPage($key: AssetKeyInput!) {
  assetNodeOrError(assetKey: $key) {
    ... on AssetNode {
      description
      jobNames
      assetMaterializations(limit: 1) {
        runId
        metadataEntries {
          label
          ... on TableMetadataEntry { table { records } }
          ... on MarkdownMetadataEntry { mdStr }
          ... on IntMetadataEntry { intValue }
          ... on TableSchemaMetadataEntry { schema { columns { name description } } }
        }
      }
      assetChecksOrError {
        ... on AssetChecks {
          checks {
            name
            canExecuteIndividually
            executionForLatestMaterialization {
              runId
              status
              evaluation { description metadataEntries { label ... on IntMetadataEntry { intValue }
                                                                ... on TableMetadataEntry { table { records } } } }
            }
          }
        }
      }
    }
  }
}"""
# as the job's page asks: the job's runs labelled with its code location (workspace.yaml's govpipeline)
JOB_RUNS = """
query JobRuns($job: String!) {
  runsOrError(filter: {pipelineName: $job, tags: [{key: ".dagster/repository", value: "__repository__@govpipeline"}]}) {
    ... on Runs { results { runId status } }
  }
}"""


class UI:
    """What the pages show, asked of the GraphQL API the way the UI asks it."""

    def __init__(self, instance: dg.DagsterInstance):
        origin = InProcessCodeLocationOrigin(LoadableTargetOrigin(module_name="govpipeline.definitions"),
                                             location_name="govpipeline")
        self.process = WorkspaceProcessContext(instance, InProcessWorkspaceLoadTarget([origin]))

    def ask(self, graphql: str, **variables) -> dict:
        result = execute_dagster_graphql(self.process.create_request_context(), graphql, variables)
        assert not result.errors, result.errors
        return result.data

    def asset(self, key: dg.AssetKey) -> dict:
        return self.ask(ASSET_PAGE, key={"path": key.path})["assetNodeOrError"]

    def checks(self) -> dict[str, dict]:
        out = {}
        for key in _keys():
            found = self.asset(key)["assetChecksOrError"]
            for check in found.get("checks", []):
                out[check["name"]] = check
        return out

    def job_runs(self) -> list[dict]:
        return self.ask(JOB_RUNS, job=JOB)["runsOrError"]["results"]


def _keys() -> list[dg.AssetKey]:
    return sorted(defs().resolve_asset_graph().get_all_asset_keys(), key=lambda k: k.to_user_string())


def _entries(materialization: dict) -> dict:
    return {e["label"]: e for e in materialization["metadataEntries"]}


def _metadata(execution: dict) -> dict:
    return {e["label"]: e for e in execution["evaluation"]["metadataEntries"]}


@pytest.fixture(scope="module")
def walk(tmp_path_factory):
    """The job run as make pipeline runs it, three times: from empty, with nothing new, and on the run the sensor
    requests after a report was added. The UI's answers after each."""
    home = tmp_path_factory.mktemp("ui")
    raw = home / "raw"
    shutil.copytree(RAW, raw)
    db = home / "warehouse.duckdb"
    seen = {}
    with pytest.MonkeyPatch.context() as env:
        env.setenv("GOVPIPELINE_RAW_DIR", str(raw))
        env.setenv("GOVPIPELINE_DB", str(db))
        (home / "dagster_home").mkdir()
        instance = dg.DagsterInstance.local_temp(str(home / "dagster_home"))
        job = defs().resolve_job_def(JOB)
        ui = UI(instance)
        sensor = defs().resolve_sensor_def("raw_folder_sensor")
        first_tick = sensor(dg.build_sensor_context(instance=instance, resources=defs().resources))
        assert len(first_tick.run_requests) == 1  # no cursor yet: the sensor's first tick asks for a run
        cursor = first_tick.cursor

        assert job.execute_in_process(instance=instance).success
        seen["first"] = {"checks": ui.checks(), "assets": {k: ui.asset(k) for k in _keys()}}
        assert job.execute_in_process(instance=instance, tags=first_tick.run_requests[0].tags).success
        seen["nothing new"] = {"checks": ui.checks(), "assets": {k: ui.asset(k) for k in _keys()}}

        # a report of another region and year, in the forms real reports take, with a share that does not add up
        (raw / "added_2021.txt").write_text(
            "某市2021年政务服务工作总结\n2021年，市政务服务中心共受理各类事项12.6万件，比上年增长5.2%，"
            "其中即办件8.1万件，占64.3%，承诺件4.5万件，占37.2%。\n", encoding="utf-8")
        tick = sensor(dg.build_sensor_context(instance=instance, cursor=cursor, resources=defs().resources))
        (request,) = tick.run_requests
        assert job.execute_in_process(instance=instance, tags=request.tags).success
        seen["added"] = {"checks": ui.checks(), "assets": {k: ui.asset(k) for k in _keys()}}
        seen["job runs"] = ui.job_runs()
    return seen, db


def test_every_asset_page_has_a_description_columns_and_a_preview_with_rows(walk):
    seen, db = walk
    for key, page in seen["first"]["assets"].items():
        assert page["description"], key
        assert JOB in page["jobNames"]
        if key == dg.AssetKey(["warehouse", "snapshot"]):
            continue  # the published file readers open: no table of its own
        entries = _entries(page["assetMaterializations"][0])
        columns = entries["dagster/column_schema"]["schema"]["columns"]
        assert columns and all(c["description"] for c in columns), key
        rows = entries["dagster/row_count"]["intValue"]
        assert len(entries["preview"]["table"]["records"]) == min(rows, 10), key
    facts = _entries(seen["first"]["assets"][dg.AssetKey(["warehouse", "facts"])]["assetMaterializations"][0])
    assert all(json.loads(r)["quote"] for r in facts["preview"]["table"]["records"])


def test_each_chart_shows_inline_on_the_metric_series_page_beside_a_table_of_every_series(walk):
    seen, db = walk
    for moment in ("first", "added"):
        page = seen[moment]["assets"][dg.AssetKey(["analytics", "metric_series"])]
        entries = _entries(page["assetMaterializations"][0])
        charts = [e["mdStr"] for label, e in entries.items() if label.startswith("chart ")]
        series = [json.loads(r) for r in entries["series"]["table"]["records"]]
        assert entries["series_count"]["intValue"] == len(series) > 0
        drawn = [s for s in series if s["drawn"] == "是"]
        assert charts and drawn
        for text in charts:
            # the UI shows a markdown entry inline below 1,000 characters (its bundle: mdStr.length < 1e3)
            assert len(text) < INLINE_LIMIT
            title, image, legend = text.split("\n\n")
            assert re.fullmatch(r"!\[[^\]]+\]\(data:image/svg\+xml,<svg%20xmlns=\S+</svg>\)", image)
            mine = [s for s in drawn if title.startswith(f"**{s['metric']}（") and title.endswith(f"{s['unit']}）**")]
            # numbered as the lines' ends are, named in Chinese outside the image
            assert mine and all(f"{i} {s['body'] or s['region']}{' · ' + s['scope'] if s['scope'] else ''}" in legend
                                for i, s in enumerate(mine, 1))
        assert sum(text.count("<path") - 1 for text in charts) == len(drawn)  # the grid, and a line per series
    # after the added report, the table lists every series of the warehouse
    # every whole-year series (a quarter's series are rows of analytics.metric_series with their period)
    assert len(series) == query(db, "SELECT count(*) FROM (SELECT DISTINCT metric_id, unit, region_code, body, "
                                    "scope_kind, scope_name FROM analytics.metric_series WHERE period = '')")[0][0]


def test_failed_checks_stay_failed_after_a_run_with_nothing_new_and_count_the_whole_warehouse(walk):
    seen, db = walk
    first, again, added = seen["first"]["checks"], seen["nothing new"]["checks"], seen["added"]["checks"]
    assert len(first) == 16  # with reports_told_apart and reports_read_once
    assert all(c["canExecuteIndividually"] == "CAN_EXECUTE" for c in first.values())
    failed = {name for name, c in first.items() if c["executionForLatestMaterialization"]["status"] == "FAILED"}
    assert failed == {"share_lists_sum_to_100", "shares_consistent"}
    # a check with nothing to check has no result: not evaluated (SKIPPED), never a green Passed
    unchecked = _skipped(first)
    assert unchecked and all(first[name]["executionForLatestMaterialization"]["evaluation"] is None
                             for name in unchecked)
    assert _skipped(added) == _nothing_to_check(db, added)  # exactly those the warehouse has no instance for
    for name, check in again.items():
        before, now = first[name]["executionForLatestMaterialization"], check["executionForLatestMaterialization"]
        assert now["status"] == before["status"], name  # a failed check stays failed, an unchecked one unchecked
        assert now["runId"] != before["runId"]
        if name in unchecked:
            continue
        for label in ("checked", "failures", "documents_with_instances"):
            assert _metadata(now)[label] == _metadata(before)[label], (name, label)
    facts = query(db, "SELECT count(*) FROM warehouse.facts")[0][0]
    after = added["facts_complete_and_unique"]["executionForLatestMaterialization"]
    assert _metadata(after)["checked"]["intValue"] == facts  # the whole warehouse, not the one new report
    assert added["shares_consistent"]["executionForLatestMaterialization"]["status"] == "FAILED"
    instances = [json.loads(r) for r in _metadata(added["shares_consistent"]["executionForLatestMaterialization"])
                 ["failing_instances"]["table"]["records"]]
    assert instances and all(i["report"].endswith(".txt") and i["quote"] and i["figures"] for i in instances)


def _skipped(checks: dict) -> set[str]:
    return {name for name, c in checks.items() if c["executionForLatestMaterialization"]["status"] == "SKIPPED"}


def _nothing_to_check(db, checks: dict) -> set[str]:
    """The checks the warehouse has no instance for, from quality.checked_instances."""
    counted = dict(query(db, "SELECT check_name, sum(checked) FROM quality.checked_instances GROUP BY check_name"))
    return {name for name in checks if not counted.get(name)}


def test_the_job_page_lists_every_run(walk):
    seen, _ = walk
    assert len(seen["job runs"]) == 3 and all(r["status"] == "SUCCESS" for r in seen["job runs"])
