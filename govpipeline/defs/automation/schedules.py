"""A daily refresh of everything (off until turned on in the UI: Automation tab)."""
import dagster as dg

from govpipeline.defs.automation.jobs import everything_job

daily_refresh = dg.ScheduleDefinition(
    name="daily_refresh",
    job=everything_job,
    cron_schedule="0 3 * * *",
    execution_timezone="Asia/Shanghai",
    description="Every day at 03:00 China time: pick up new, changed and removed reports and rerun the checks.",
)
