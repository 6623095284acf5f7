"""The migration table: the shipped file, strict validation, dated chains, what a fix may write."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Optional

import pytest
from click.testing import CliRunner

from conftest import TODAY, make_context
from gptmigrate.cli import main
from gptmigrate.engine import check_source
from gptmigrate import table as table_module
from gptmigrate.table import (
    PROVIDERS,
    Table,
    TableError,
    load_table,
    parse_table,
    shipped_table_text,
    validate_links,
)
from gptmigrate.types import FixSafety

SHIPPED = load_table()
# Days around every change the table knows about, plus the pinned day and a day after it.
DAYS = sorted({
    day + dt.timedelta(days=offset)
    for row in SHIPPED.entries.values()
    for day in [row.announced, row.shutdown, *(r.since for r in row.replacements)]
    if day is not None
    for offset in (-1, 0, 1)
} | {TODAY, dt.date(2027, 6, 1)})


def table_of(body: str, path: str = "house.yaml") -> Table:
    """A table made of one document (no shipped rows), linked and validated as load_table does."""
    table = parse_table("version: 1\nchecked: 2026-11-01\n" + body, path)
    validate_links(table, path)
    return table


def explain_json(*args: str) -> dict:
    result = CliRunner().invoke(main, ["explain", *args, "--format", "json", "--isolated"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


# -- the shipped table ------------------------------------------------------------------------


def test_shipped_table_loads_and_is_current():
    assert SHIPPED.checked == TODAY
    text, _ = shipped_table_text()
    assert text.startswith("# gptmigrate migration table")
    counts = {p: sum(1 for r in SHIPPED.entries.values() if r.provider == p and not r.current)
              for p in PROVIDERS}
    assert counts["openai"] >= 150 and counts["azure"] >= 70
    assert min(counts.values()) >= 15


def test_the_json_twin_is_compiled_from_the_shipped_yaml():
    """A stale twin is never wrong (its digest no longer matches), only slow: this test is
    what reminds an editor of migrations.yaml to run scripts/compile_table.py."""
    text, path = shipped_table_text()
    twin = Path(table_module.__file__).with_name(table_module.TWIN_NAME).read_text("utf-8")
    assert twin == table_module.compile_twin(text, path), \
        "migrations.json is stale: run python scripts/compile_table.py"
    assert json.loads(twin)["data"] == table_module._read_yaml(path, text)


def test_a_stale_twin_is_ignored_and_the_yaml_read(monkeypatch):
    text, path = shipped_table_text()
    assert table_module._twin_data(text) is not None
    edited = text.replace("checked: 2026-11-23", "checked: 2026-11-24", 1)
    assert edited != text
    assert table_module._twin_data(edited) is None
    monkeypatch.setattr(table_module, "shipped_table_text", lambda: (edited, path))
    assert load_table().checked == dt.date(2026, 11, 24)


def test_the_twin_and_the_yaml_give_the_same_table():
    text, path = shipped_table_text()
    from_yaml = parse_table(text, path)
    from_twin = parse_table(text, path, data=table_module._twin_data(text))
    assert from_twin.entries == from_yaml.entries and from_twin.checked == from_yaml.checked
    assert vars(from_twin).keys() == vars(from_yaml).keys()
    for key in vars(from_yaml):
        assert getattr(from_twin, key) == getattr(from_yaml, key), key


def test_every_row_replacement_api_and_target_has_a_source():
    for row in SHIPPED.entries.values():
        assert re.match(r"https://", row.source), row.origin
        for rep in row.replacements:
            assert re.match(r"https://", rep.source), row.origin
        if row.fine_tuned is not None:
            assert re.match(r"https://", row.fine_tuned.source), row.origin
    for family in SHIPPED.apis.values():
        assert re.match(r"https://", family.source), family.name
    for target in SHIPPED.targets.values():
        assert re.match(r"https://", target.source)


def test_openai_rows_from_the_research_notes():
    def row(name: str, provider: Optional[str] = None):
        found = SHIPPED.get(name, provider)
        assert found is not None, name
        return found

    assert row("gpt-4").alias_of == "gpt-4-0613"
    assert row("gpt-4").shutdown == row("gpt-4-0613").shutdown == dt.date(2026, 10, 23)
    assert row("gpt-4-turbo-preview").alias_of == "gpt-4-0125-preview"
    assert row("gpt-4-turbo").alias_of == "gpt-4-turbo-2024-04-09"
    assert row("gpt-3.5-turbo-instruct").shutdown == dt.date(2026, 9, 28)
    assert row("text-moderation-latest").api == "moderation"
    assert row("dall-e-3").shutdown == dt.date(2026, 5, 12)
    assert row("whisper-1").shutdown == dt.date(2027, 2, 26)
    assert row("sora-2").api == "videos"
    # There were never models named ada-002 or curie-002.
    assert SHIPPED.get("ada-002") is None and SHIPPED.get("curie-002") is None
    assert SHIPPED.apis["assistants"].shutdown == dt.date(2026, 8, 26)
    assert SHIPPED.apis["fine-tunes"].shutdown == dt.date(2024, 1, 4)
    assert SHIPPED.apis["edits"].status(TODAY) == "retired"
    assert SHIPPED.apis["completions"].status(TODAY) == "retired"
    assert SHIPPED.apis["openai-v0"].status(TODAY) == "legacy"


def test_same_id_of_two_providers_keeps_both_dates():
    openai = SHIPPED.get("text-davinci-003", "openai")
    azure = SHIPPED.get("text-davinci-003", "azure")
    assert openai.shutdown == dt.date(2024, 1, 4)
    assert azure.shutdown == dt.date(2024, 6, 14)
    assert SHIPPED.get("text-davinci-003") is openai  # OpenAI's row is preferred
    assert SHIPPED.rows_for(["azure"])["text-davinci-003"] is azure
    # Azure spells it without the dot; the OpenAI spelling is not an Azure row.
    assert SHIPPED.get("gpt-35-turbo-0613", "azure") is not None
    assert SHIPPED.get("gpt-3.5-turbo-0613", "azure") is None


def test_default_targets_are_served_today_with_no_shutdown():
    assert {"chat", "embeddings", "moderation", "images", "audio", "realtime",
            "responses"} <= set(SHIPPED.targets)
    for api, target in SHIPPED.targets.items():
        row = SHIPPED.get(target.model, "openai")
        assert row is not None and row.current and row.shutdown is None, api
        assert row.confidence != "low", api
        assert SHIPPED.is_served(target.model, TODAY, "openai"), api


def _evidence_of_service(target: str, provider: str, day: dt.date) -> bool:
    """Independent of resolve: a source named `target` on or before `day`, or it is released."""
    row = SHIPPED.get(target, provider) or SHIPPED.get(target)
    if row.released is not None and row.released <= day:
        return True
    return any(rep.model == target and rep.since <= day
               for other in SHIPPED.entries.values() for rep in other.replacements)


def test_no_row_on_any_day_resolves_to_a_model_not_served_that_day():
    """A fix must never write a model that was never served or is already retired."""
    checked = 0
    for row in SHIPPED.entries.values():
        if row.current:
            continue
        for day in DAYS:
            resolution = SHIPPED.resolve(row.name, day, provider=row.provider)
            if resolution.target is None:
                continue
            checked += 1
            target_row = (SHIPPED.get(resolution.target, row.provider)
                          or SHIPPED.get(resolution.target))
            assert target_row is not None, (row.name, day)
            assert target_row.status(day) != "retired", (row.name, day, resolution.target)
            assert SHIPPED.is_served(target_row.name, day, target_row.provider), (row.name, day)
            assert target_row.confidence != "low", (row.name, day)
            assert _evidence_of_service(resolution.target, row.provider, day), (row.name, day)
            if resolution.fix_safety == FixSafety.SAFE:
                assert resolution.action == "rename" and row.api != "embeddings"
    assert checked > 1000


# -- resolution as of a date ------------------------------------------------------------------


def test_text_davinci_003_in_2023_resolves_to_gpt_35_turbo_instruct():
    data = explain_json("text-davinci-003", "--as-of", "2023-12-01")
    assert data["target"] == "gpt-3.5-turbo-instruct"
    assert data["action"] == "rename" and data["fix_safety"] == "safe"
    assert [step["name"] for step in data["chain"]] == ["text-davinci-003",
                                                        "gpt-3.5-turbo-instruct"]


def test_text_davinci_003_today_is_an_api_migration_to_a_served_model():
    data = explain_json("text-davinci-003", "--as-of", "2026-11-23")
    assert data["action"] == "migrate-api" and data["fix_safety"] == "unsafe"
    target = SHIPPED.get(data["target"])
    assert target is not None and target.api == "chat"
    assert SHIPPED.is_served(data["target"], TODAY)
    assert set(data) >= {"name", "chain", "target", "action", "fix_safety"}
    assert data["chain"][1]["name"] == "gpt-3.5-turbo-instruct"
    assert data["chain"][1]["status"] == "retired"


def test_chain_takes_the_replacement_published_by_that_day():
    before = SHIPPED.resolve("gpt-3.5-turbo", dt.date(2026, 6, 1))
    after = SHIPPED.resolve("gpt-3.5-turbo", dt.date(2026, 10, 1))
    assert before.target == "gpt-5.4-mini"  # the 2026-05-08 revision
    assert after.target == "gpt-5.6-terra"  # the 2026-09-11 revision
    assert SHIPPED.resolve("gpt-3.5-turbo", dt.date(2023, 6, 1)).action == "none"


def test_chain_skips_replacements_that_retired_in_turn():
    resolution = SHIPPED.resolve("o1-preview", TODAY)
    assert [row.name for row in resolution.chain] == ["o1-preview", "o3", "gpt-5.6-sol"]
    assert resolution.target == "gpt-5.6-sol"


def test_embedding_change_is_unsafe_and_says_why():
    resolution = SHIPPED.resolve("text-search-ada-doc-001", TODAY)
    assert resolution.fix_safety == FixSafety.UNSAFE
    assert "recomputed" in resolution.reason


def test_edits_model_is_an_api_migration():
    resolution = SHIPPED.resolve("text-davinci-edit-001", TODAY)
    assert resolution.action == "migrate-api" and resolution.target == "gpt-4o"


def test_azure_is_reported_never_rewritten():
    resolution = SHIPPED.resolve("gpt-35-turbo-0301", TODAY)
    assert resolution.action == "manual" and resolution.fix_safety == FixSafety.MANUAL
    assert "deployment" in resolution.reason


def test_user_target_wins_for_the_final_api():
    resolution = SHIPPED.resolve("text-davinci-003", TODAY, {"chat": "gpt-4o"})
    assert resolution.target == "gpt-4o" and resolution.action == "migrate-api"
    embedding = SHIPPED.resolve("text-similarity-ada-001", TODAY,
                                {"embeddings": "text-embedding-3-large"})
    assert embedding.target == "text-embedding-3-large"
    assert embedding.fix_safety == FixSafety.UNSAFE


def test_user_targets_from_config_reach_explain(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.gptmigrate]\n[tool.gptmigrate.targets]\nchat = "gpt-4o"\n')
    result = CliRunner().invoke(main, ["explain", "text-davinci-003", "--format", "json",
                                       "--as-of", "2026-11-23", "--config",
                                       str(tmp_path / "pyproject.toml")])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["target"] == "gpt-4o"


def test_low_confidence_never_drives_a_fix():
    # A low row (one secondary source): reported, never fixed.
    low_row = SHIPPED.resolve("gpt-3.5-turbo-16k", TODAY)
    assert low_row.action == "manual" and low_row.target is None
    # A low replacement step (conflicting revisions): the chain stops there.
    low_step = SHIPPED.resolve("gpt-5", dt.date(2026, 11, 1))
    assert low_step.action == "manual" and low_step.target is None
    # A low current row is never a target even when a step names it.
    low_target = SHIPPED.resolve("codex-mini-latest", TODAY)
    assert low_target.target is None
    for row in SHIPPED.entries.values():
        if row.current:
            continue
        for day in (dt.date(2024, 6, 1), dt.date(2025, 6, 1), TODAY):
            resolution = SHIPPED.resolve(row.name, day, provider=row.provider)
            if row.confidence == "low":
                assert resolution.fix_safety in (None, FixSafety.MANUAL), row.name


def test_low_confidence_rows_produce_no_fix_in_code():
    ctx = make_context()
    findings = check_source('MODEL = "gpt-3.5-turbo-16k"\nOTHER = "tts-1"\n', ctx)
    assert [(f.model, f.code) for f in findings] == [("gpt-3.5-turbo-16k", "GM001"),
                                                     ("tts-1", "GM002")]
    assert all(f.fix is None and f.fix_safety == FixSafety.MANUAL for f in findings)


def test_fine_tuned_models_follow_their_own_retirement():
    base = SHIPPED.get("gpt-3.5-turbo-0613")
    tuned = SHIPPED.fine_tuned_row(base, legacy=False)
    assert base.status(dt.date(2025, 6, 1)) == "retired"
    assert tuned.status(dt.date(2025, 6, 1)) == "current"
    assert tuned.status(TODAY) == "retired" and tuned.shutdown == dt.date(2026, 10, 23)
    legacy = SHIPPED.fine_tuned_row(SHIPPED.get("curie"), legacy=True)
    assert legacy.shutdown == dt.date(2024, 1, 4)
    ctx = make_context()
    findings = check_source('M = "ft:gpt-3.5-turbo-0613:acme::8abc"\n'
                            'L = "curie:ft-acme-2023-02-01"\n', ctx)
    assert [f.code for f in findings] == ["GM004", "GM004"]
    assert "/v1/fine-tunes" in findings[1].message
    assert findings[0].shutdown == "2026-10-23"


# -- validation: every error names the file, the entry and the key ------------------------------


ROW = ("models:\n  - name: old-1\n    provider: openai\n    api: chat\n"
       "    announced: 2025-01-01\n    shutdown: 2025-06-01\n"
       "    source: https://example.invalid/x\n    confidence: high\n")
CURRENT = ("current:\n  - {name: new-1, provider: openai, api: chat, "
           "source: https://example.invalid/x, confidence: high}\n")


@pytest.mark.parametrize("body, expected", [
    (ROW + "    colour: red\n", r"house\.yaml: models\[0\] \(old-1\): unknown key 'colour'"),
    (ROW.replace("2025-06-01", "2025-13-01"),
     r"house\.yaml: models\[0\] \(old-1\): key 'shutdown' is not a date"),
    (ROW.replace("2025-06-01", "soon"),
     r"house\.yaml: models\[0\] \(old-1\): key 'shutdown' is not a date"),
    (ROW.replace("confidence: high", "confidence: sure"),
     r"house\.yaml: models\[0\] \(old-1\): key 'confidence' must be one of high, medium, low"),
    (ROW.replace("provider: openai", "provider: acme"),
     r"house\.yaml: models\[0\] \(old-1\): key 'provider' must be one of"),
    (ROW.replace("    source: https://example.invalid/x\n", ""),
     r"house\.yaml: models\[0\] \(old-1\): missing key 'source'"),
    (ROW.replace("https://example.invalid/x", "NOPE"),
     r"house\.yaml: models\[0\] \(old-1\): key 'source' is neither a URL nor a key"),
    (ROW + ROW.replace("models:\n", ""),
     r"house\.yaml: models\[1\] \(old-1\): duplicate entry 'old-1'"),
    (ROW + "    aliases: [old-1]\n", r"duplicate entry 'old-1'"),
    (ROW.replace("models:\n  - name: old-1\n", "models:\n  - name: old-1\n    name: old-2\n"),
     r"house\.yaml: line 5: duplicate key 'name'"),
    (ROW.replace("2025-01-01", "2025-09-01"),
     r"house\.yaml: models\[0\] \(old-1\): key 'shutdown' is before 'announced'"),
    (ROW + "    replacements:\n      - {model: ada-002, since: 2023-07-06, "
           "source: https://example.invalid/x}\n",
     r"house\.yaml: models\[0\] \(old-1\): key 'replacements': 'ada-002' is neither in the table"),
    (ROW + "    replacements:\n      - {model: new-1, since: 2023-07-06, "
           "source: https://example.invalid/x, confidence: maybe}\n" + CURRENT,
     r"house\.yaml: models\[0\] \(old-1\) replacements\[0\]: key 'confidence' must be one of"),
    (ROW + "    replacements:\n      - {model: new-1, source: https://example.invalid/x}\n"
     + CURRENT, r"house\.yaml: models\[0\] \(old-1\) replacements\[0\]: missing key 'since'"),
    (ROW + "    replacements:\n      - {model: old-2, since: 2025-01-01, "
           "source: https://example.invalid/x}\n"
     + ROW.replace("models:\n", "").replace("old-1", "old-2")
     + "    replacements:\n      - {model: old-1, since: 2025-01-01, "
       "source: https://example.invalid/x}\n",
     r"house\.yaml: models\[0\] \(old-1\): key 'replacements': cycle old-1 -> old-2 -> old-1"),
    (ROW + "    fine_tuned: {shutdown: 2026-01-01, confidence: high}\n",
     r"house\.yaml: models\[0\] \(old-1\) fine_tuned: missing key 'source'"),
    ("apis:\n  - {name: x, provider: openai, kind: gone, source: https://example.invalid/x}\n",
     r"house\.yaml: apis\[0\] \(x\): key 'kind' must be one of"),
    ("apis:\n  - {name: x, provider: openai, source: https://example.invalid/x}\n",
     r"house\.yaml: apis\[0\] \(x\): missing key 'no_live_model_after' \(kind family\)"),
    ("targets:\n  chat: {model: never-served, source: https://example.invalid/x}\n",
     r"house\.yaml: targets\.chat: 'never-served' is neither in the table"),
    (ROW + "targets:\n  chat: {model: old-1, source: https://example.invalid/x}\n",
     r"house\.yaml: targets\.chat: 'old-1' must be declared current"),
    ("colour: red\n", r"house\.yaml: top level: unknown key 'colour'"),
    ("models: [\n", r"house\.yaml: line \d+: invalid YAML"),
])
def test_each_validation_error_names_file_entry_and_key(body: str, expected: str):
    with pytest.raises(TableError, match=expected):
        table_of(body)


def test_a_valid_house_table_loads():
    table = table_of(ROW + "    replacements:\n      - {model: new-1, since: 2025-01-01, "
                           "source: https://example.invalid/x}\n" + CURRENT)
    assert table.resolve("old-1", dt.date(2025, 7, 1)).target == "new-1"


def test_extra_tables_override_shipped_rows_and_bad_ones_stop_the_cli(tmp_path: Path):
    house = tmp_path / "house.yaml"
    house.write_text("version: 1\nchecked: 2026-11-23\n" + CURRENT + ROW.replace(
        "name: old-1", "name: gpt-4o-2024-05-13"))
    table = load_table([str(house)])
    assert table.get("gpt-4o-2024-05-13").shutdown == dt.date(2025, 6, 1)
    assert table.get("text-davinci-003") is not None  # the shipped rows stay
    house.write_text("version: 1\nchecked: 2026-11-23\n" + ROW + "    colour: red\n")
    result = CliRunner().invoke(main, ["models", "--table", str(house)])
    assert result.exit_code == 2
    assert f"{house}: models[0] (old-1): unknown key 'colour'" in result.output
    assert "Traceback" not in result.output


def test_a_table_is_built_once_per_text_and_again_when_an_extra_table_changes(tmp_path: Path):
    """A warm process (the language server, a forked scan) builds its context per run: the
    same texts give the same table, an edited extra table a new one with the edit."""
    house = tmp_path / "house.yaml"
    house.write_text("version: 1\nchecked: 2026-11-23\n" + CURRENT + ROW.replace(
        "name: old-1", "name: gpt-4o-2024-05-13"))
    first = load_table([str(house)])
    assert load_table([str(house)]) is first
    assert load_table() is load_table() is not first
    house.write_text(house.read_text().replace("2025-06-01", "2025-07-01"))
    edited = load_table([str(house)])
    assert edited is not first
    assert edited.get("gpt-4o-2024-05-13").shutdown == dt.date(2025, 7, 1)
    assert first.get("gpt-4o-2024-05-13").shutdown == dt.date(2025, 6, 1)


# -- the commands ---------------------------------------------------------------------------------


def test_models_json_shape_and_provider_filter():
    result = CliRunner().invoke(main, ["models", "--provider", "anthropic", "--format", "json",
                                       "--as-of", "2026-11-23"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows and {row["provider"] for row in rows} == {"anthropic"}
    for row in rows:
        assert {"name", "provider", "api", "announced", "shutdown", "replacement",
                "source"} <= set(row)
        assert row["shutdown"] is None or dt.date.fromisoformat(row["shutdown"])
    names = {row["name"] for row in rows}
    assert {"claude-2.1", "claude-instant-1.2", "claude-3-opus-20240229"} <= names
    everything = json.loads(CliRunner().invoke(main, ["models", "--format", "json"]).output)
    both = [row for row in everything if row["name"] == "text-davinci-003"]
    assert {row["provider"] for row in both} == {"openai", "azure"}
    bad = CliRunner().invoke(main, ["models", "--provider", "acme"])
    assert bad.exit_code == 2 and "unknown provider 'acme'" in bad.output


def test_explain_provider_and_unknown_model():
    data = explain_json("gpt-4-0613", "--provider", "azure", "--as-of", "2026-11-23")
    assert data["provider"] == "azure" and data["action"] == "manual"
    missing = CliRunner().invoke(main, ["explain", "ada-002", "--isolated"])
    assert missing.exit_code == 2 and "not in the migration table" in missing.output


def test_scan_provider_filter(tmp_path: Path):
    source = tmp_path / "a.py"
    source.write_text('A = "claude-2.1"\nB = "text-davinci-003"\n')
    result = CliRunner().invoke(main, ["scan", str(source), "--isolated", "--as-of",
                                       "2026-11-23", "--provider", "anthropic",
                                       "--format", "json"])
    assert [f["model"] for f in json.loads(result.output)["findings"]] == ["claude-2.1"]
    bad = CliRunner().invoke(main, ["scan", str(source), "--isolated", "--provider", "acme"])
    assert bad.exit_code == 2 and "unknown provider 'acme'" in bad.output


def test_fail_within_fails_ahead_of_a_shutdown(tmp_path: Path):
    (tmp_path / "a.py").write_text('MODEL = "gpt-5"\n')  # shuts down 2026-12-11: 18 days left
    args = ["scan", str(tmp_path), "--isolated", "--as-of", "2026-11-23", "--fail-on", "error"]
    runner = CliRunner()
    assert runner.invoke(main, args).exit_code == 0
    assert runner.invoke(main, [*args, "--fail-within", "30"]).exit_code == 1
    assert runner.invoke(main, [*args, "--fail-within", "10"]).exit_code == 0
    (tmp_path / "pyproject.toml").write_text("[tool.gptmigrate]\nfail-within = 30\n")
    configured = ["scan", str(tmp_path), "--as-of", "2026-11-23", "--fail-on", "error"]
    assert runner.invoke(main, configured).exit_code == 1


def test_api_findings_cite_the_table_and_take_severity_from_its_dates():
    source = ('import openai\nopenai.Completion.create(model=MODEL, prompt="x")\n'
              'openai.Edit.create(model=MODEL, input="x", instruction="y")\n')

    def calls(day: dt.date):
        return [(f.code, f.severity.value, f.message)
                for f in check_source(source, make_context(as_of=day))]

    today = calls(TODAY)
    assert [c[:2] for c in today] == [("GM101", "error"), ("GM102", "error")]
    assert "no live model since 2026-09-28" in today[0][2]
    assert "shut down on 2024-01-04" in today[1][2]
    before = calls(dt.date(2023, 12, 1))
    assert [c[:2] for c in before] == [("GM101", "info"), ("GM102", "warning")]
    assert "shuts down on 2024-01-04 (34 days left)" in before[1][2]
    assert SHIPPED.apis["assistants"].notice(dt.date(2026, 8, 1)).startswith(
        "Assistants API (/v1/assistants, threads, runs; OpenAI-Beta: assistants=v2), which "
        "shuts down on 2026-08-26 (25 days left); move to Responses API")


def test_explain_takes_fine_tuned_and_prefixed_ids_as_scan_does():
    tuned = explain_json("ft:gpt-3.5-turbo-0613:acme::8abc", "--as-of", "2026-11-23")
    assert tuned["chain"][0]["fine_tuned_on"] == "gpt-3.5-turbo-0613"
    assert tuned["chain"][0]["shutdown"] == "2026-10-23"
    assert tuned["action"] == "manual" and tuned["fix_safety"] == "manual"
    served = explain_json("ft:gpt-3.5-turbo-0613:acme::8abc", "--as-of", "2025-11-23")
    assert served["action"] == "none" and served["target"] is None
    legacy = explain_json("davinci:ft-acme-2023-03-01", "--as-of", "2026-11-23")
    assert legacy["chain"][0]["shutdown"] == "2024-01-04"
    prefixed = explain_json("models/gemini-1.5-pro", "--as-of", "2026-11-23")
    assert prefixed["chain"][0]["name"] == "gemini-1.5-pro"


@pytest.mark.parametrize("arguments, dropped, unsupported", [
    ({"stop": None, "temperature": None}, ("stop", "temperature"), ()),
    ({"stop": ["\n"], "temperature": 1}, (), ("stop",)),
    ({"temperature": 0.2}, ("temperature",), ()),
])
def test_a_parameter_given_as_none_is_the_default_and_is_dropped(arguments, dropped, unsupported):
    """`stop=None` asks for nothing: a reasoning model that takes no stop= loses nothing when
    it goes, where a real stop sequence must be cut by hand or by the fix."""
    table = make_context().options.table
    rule = table.parameter_rule("gpt-5.6-sol")
    assert rule is not None
    verdict = rule.judge("gpt-5.6-sol", arguments)
    assert (verdict.dropped, verdict.unsupported) == (dropped, unsupported)
