"""The definitions load cleanly and expose the expected graph."""
import warnings

import dagster as dg

from govpipeline.definitions import defs
from govpipeline.defs.automation.jobs import CODE_LOCATION_LABEL

ASSETS = {"raw/documents", "normalized/documents", "extracted/facts", "warehouse/documents", "warehouse/document_texts",
          "warehouse/facts", "warehouse/relations", "warehouse/enumerations", "warehouse/quarantine",
          "warehouse/table_cells", "warehouse/table_issues", "analytics/yoy_comparisons", "analytics/metric_series",
          "warehouse/snapshot"}
CHECKS = {"facts_complete_and_unique", "quotes_at_offsets", "relations_reference_facts", "rates_within_bounds",
          "shares_consistent", "share_lists_sum_to_100", "breakdowns_add_up", "enumerations_match_counts",
          "yoy_stated_matches_previous_report", "template_identities", "template_tables_parsed", "template_cross_year",
          "narrative_matches_table", "images_read", "reports_told_apart", "reports_read_once"}


def test_definitions_load_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        d = defs()
        graph = d.resolve_asset_graph()
    assert {k.to_user_string() for k in graph.get_all_asset_keys()} == ASSETS
    assert {k.name for k in graph.asset_check_keys} == CHECKS
    assert d.resolve_job_def("govpipeline_everything") is not None
    assert d.resolve_schedule_def("daily_refresh").cron_schedule == "0 3 * * *"
    assert d.resolve_sensor_def("raw_folder_sensor") is not None


def test_every_asset_is_described():
    graph = defs().resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        assert graph.get(key).description, key.to_user_string()


def test_blocking_checks_guard_downstream():
    graph = defs().resolve_asset_graph()
    blocking = {k.name for k in graph.asset_check_keys if graph.get_check_spec(k).blocking}
    # yoy_stated_matches_previous_report is WARN, so it never stops anything: blocking makes the snapshot wait for it
    assert blocking == {"facts_complete_and_unique", "quotes_at_offsets", "relations_reference_facts",
                        "yoy_stated_matches_previous_report"}


def test_workspace_file_names_the_module():
    import yaml
    from pathlib import Path

    workspace = yaml.safe_load((Path(__file__).resolve().parents[1] / "workspace.yaml").read_text())
    assert workspace["load_from"][0]["python_module"]["module_name"] == "govpipeline.definitions"
    # the label the job's runs carry, so that the job's page lists make pipeline's runs, is the location's
    location = workspace["load_from"][0]["python_module"]["location_name"]
    assert CODE_LOCATION_LABEL == {".dagster/repository": f"__repository__@{location}"}
    assert defs().resolve_job_def("govpipeline_everything").tags == CODE_LOCATION_LABEL
    assert isinstance(dg.Definitions, type)
