"""A table that says its age: the day is injected (GPTMIGRATE_TODAY), never the real calendar."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from gptmigrate.cli import main
from gptmigrate.freshness import STALE_AFTER_DAYS, TODAY_VARIABLE, table_age, today
from gptmigrate.table import load_table

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
CHECKED = load_table().checked
assert CHECKED is not None
FRESH = CHECKED + dt.timedelta(days=STALE_AFTER_DAYS)
STALE = CHECKED + dt.timedelta(days=STALE_AFTER_DAYS + 1)
PINNED = ["--isolated", "--as-of", "2026-11-23"]


def run(day: dt.date, *args: str):
    return CliRunner().invoke(main, list(args), env={TODAY_VARIABLE: day.isoformat()},
                              catch_exceptions=False)


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "app.py").write_text('MODEL = "text-davinci-003"\n')
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_sixty_days_is_fresh_sixty_one_is_stale():
    assert table_age(CHECKED, FRESH).days == STALE_AFTER_DAYS
    assert table_age(CHECKED, FRESH).notice is None
    stale = table_age(CHECKED, STALE)
    assert stale.stale and stale.days == STALE_AFTER_DAYS + 1
    assert CHECKED.isoformat() in stale.notice and "61 days ago" in stale.notice
    assert "upgrade gptmigrate" in stale.notice and "--table" in stale.notice
    assert "\n" not in stale.notice
    assert table_age(None, STALE) is None


def test_today_reads_the_variable_and_refuses_a_bad_one():
    assert today({TODAY_VARIABLE: "2027-02-03"}) == dt.date(2027, 2, 3)
    assert today({}) == dt.date.today()
    with pytest.raises(ValueError, match="not a date"):
        today({TODAY_VARIABLE: "soon"})


def test_a_stale_table_is_one_line_on_stderr_and_a_fresh_one_says_nothing(project: Path):
    stale = run(STALE, "scan", ".", *PINNED)
    warnings = [line for line in stale.stderr.splitlines() if "last checked" in line]
    assert warnings == [f"gptmigrate: warning: the migration table was last checked on "
                        f"{CHECKED.isoformat()}, 61 days ago: retirements announced since then "
                        f"are not known to this run; upgrade gptmigrate (pip install -U "
                        f"gptmigrate) or layer a newer local table with --table"]
    assert "last checked" not in stale.stdout and "GM001" in stale.stdout
    assert stale.exit_code == 1  # the age never changes the exit code
    fresh = run(FRESH, "scan", ".", *PINNED)
    assert fresh.stderr == "" and fresh.stdout == stale.stdout


def test_quiet_hides_it_and_concise_and_statistics_say_it(project: Path):
    assert "last checked" not in run(STALE, "scan", ".", *PINNED, "-q").stderr
    assert "last checked" in run(STALE, "scan", ".", *PINNED, "--format", "concise").stderr
    assert "last checked" in run(STALE, "scan", ".", *PINNED, "--statistics").stderr


def test_as_of_does_not_change_the_age(project: Path):
    """The age is about the real calendar: judging another day knows no more announcements."""
    for as_of in ("2020-01-01", "2030-01-01"):
        assert "last checked" in run(STALE, "scan", ".", "--isolated", "--as-of", as_of).stderr
        assert run(FRESH, "scan", ".", "--isolated", "--as-of", as_of).stderr == ""


def test_json_and_sarif_carry_the_notice(project: Path):
    data = json.loads(run(STALE, "scan", ".", *PINNED, "--format", "json").stdout)
    assert data["table_checked"] == CHECKED.isoformat()
    assert data["table_age_days"] == STALE_AFTER_DAYS + 1
    assert "last checked" in data["table_notice"]
    fresh = json.loads(run(FRESH, "scan", ".", *PINNED, "--format", "json").stdout)
    assert (fresh["table_age_days"], fresh["table_notice"]) == (STALE_AFTER_DAYS, None)

    log = json.loads(run(STALE, "scan", ".", *PINNED, "--format", "sarif").stdout)
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    run_ = log["runs"][0]
    assert run_["properties"]["tableAgeDays"] == STALE_AFTER_DAYS + 1
    [notification] = run_["invocations"][0]["toolConfigurationNotifications"]
    assert notification["level"] == "warning"
    assert notification["descriptor"]["id"] == "stale-table"
    assert notification["message"]["text"] == data["table_notice"]
    fresh_log = json.loads(run(FRESH, "scan", ".", *PINNED, "--format", "sarif").stdout)
    assert fresh_log["runs"][0]["invocations"][0]["toolConfigurationNotifications"] == []


def test_a_newer_local_table_answers_the_warning(project: Path):
    (project / "local.yaml").write_text(f"version: 1\nchecked: {STALE.isoformat()}\n")
    result = run(STALE, "scan", ".", *PINNED, "--table", "local.yaml")
    assert result.stderr == "", result.stderr


def test_models_shows_the_day_and_explain_warns(project: Path):
    fresh = run(FRESH, "models")
    assert fresh.stdout.splitlines()[0] == (f"Table checked {CHECKED.isoformat()} "
                                            f"({STALE_AFTER_DAYS} days ago).")
    assert fresh.stderr == ""
    stale = run(STALE, "models")
    assert "stale" in stale.stdout.splitlines()[0] and "last checked" in stale.stderr
    assert "last checked" in run(STALE, "explain", "text-davinci-003", *PINNED).stderr


def test_a_bad_day_in_the_variable_is_one_line_and_exit_two(project: Path):
    result = CliRunner().invoke(main, ["scan", ".", *PINNED], env={TODAY_VARIABLE: "later"})
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"gptmigrate: error: {TODAY_VARIABLE}='later' is not a date (YYYY-MM-DD)"]
