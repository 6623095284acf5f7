"""The readers of the other file formats (`gptmigrate.formats`), without disk: the values they
give (span, text, verbatim offset, keys) against each format's own parser, comments, errors,
and what the engine does with them (suppressions, refused fixes, lazy imports, discovery,
the prefilter's dialects)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, List

import pytest

from conftest import FIXTURES, make_context
from gptmigrate.config import Settings
from gptmigrate.discover import discover
from gptmigrate.engine import Mode, check_source, process_text
from gptmigrate.formats import DOTENV, INI, JAVASCRIPT, JSON, TOML, TSX, TYPESCRIPT, YAML
from gptmigrate.formats import reader_for
from gptmigrate.formats.base import FormatError, verifier
from gptmigrate.prefilter import BARE, QUOTED, SCRIPT, Prefilter

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python < 3.11 only
    import tomli as tomllib


@pytest.fixture(scope="module")
def ctx():
    return make_context()


def _values(reader, text: str) -> List[tuple]:
    return [(text[v.start:v.end], v.text, v.verbatim is not None, v.keys)
            for v in reader.read(text).values]


def _strings(data: Any) -> List[str]:
    """Every string leaf of parsed data (values only, keys left out), in document order."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for value in data.values() for s in _strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in _strings(value)]
    return []


def _fixture_texts(*suffixes: str) -> List[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/*"))
            if p.suffix in suffixes]


# -- each reader agrees with its format's own parser ---------------------------------------------

def test_toml_values_are_tomllib_strings():
    texts = _fixture_texts(".toml") + [
        'a = "x"\nb.c = \'y\'\n[t]\nd = ["""\nm""", \'\'\'n\'\'\']\ne = { f = "g", h = [1, "i"] }\n'
        '"k.l" = "tab\\tbed"\nwhen = 1979-05-27 07:32:00Z\nlist = [\n  "p", # c\n  "q",\n]\n',
    ]
    for text in texts:
        assert sorted(v[1] for v in _values(TOML, text)) == sorted(_strings(tomllib.loads(text)))


def test_json_values_are_json_strings():
    texts = _fixture_texts(".json") + [
        '{"a": ["b", {"c": "d\\u002de"}, [[]], {}], "f": "\\"g\\"", "h": null}',
        json.dumps({"deep": [[["x"]]] * 3, "n": 1.5e3}),
    ]
    for text in texts:
        if "//" in text:  # JSON with comments: json.loads rejects it
            continue
        assert [v[1] for v in _values(JSON, text)] == _strings(json.loads(text))


def test_yaml_values_are_yaml_scalars_but_block_scalars():
    text = ("a: x\nb: 'y'\nc: \"z\\u0021\"\nd: |\n  prose\ne: [1, f, {g: h}]\n---\n- i\n- &j k\n"
            "- *j\n")
    values = _values(YAML, text)
    assert [v[1] for v in values] == ["x", "y", "z!", "f", "h", "i", "k"]
    assert values[2][2] is False  # an escape: never rewritten in place
    assert values[-1][3] == ()  # a list item has no key; its alias adds none


def test_yaml_anchor_alias_and_env_name_keys():
    text = "a:\n  model: &m ada\nb:\n  other: *m\nenv:\n  - name: OPENAI_MODEL\n    value: x\n"
    values = {v.text: v for v in YAML.read(text).values}
    assert values["ada"].keys == ("model", "other")
    assert text[values["ada"].start:values["ada"].end] == "ada"  # the anchor is not the value
    assert set(values["x"].keys) == {"value", "OPENAI_MODEL"}


def test_dotenv_values():
    text = ("# c\nexport A=x # note\nB = \"y\\nz\" # q\nC='w'\nD=\"multi\nline\"\nE=#hash\n"
            "junk line\nF=a#b\n")
    assert _values(DOTENV, text) == [
        ("x", "x", True, ("A",)), ('"y\\nz"', "y\nz", False, ("B",)), ("'w'", "w", True, ("C",)),
        ('"multi\nline"', "multi\nline", True, ("D",)), ("#hash", "#hash", True, ("E",)),
        ("a#b", "a#b", True, ("F",)),
    ]
    assert [c.body for c in DOTENV.read(text).comments] == [" c", " note", " q"]
    with pytest.raises(FormatError, match="line 1, column 3: the value of A opens"):
        DOTENV.read("A='never closed\n")


def test_ini_values():
    text = ("; c\n[s]\nmodel = x  ; old\nb: 'y'\nmulti =\n    one\n    two\nc = z\n"
            "# d\n")
    assert _values(INI, text) == [("x", "x", True, ("model",)), ("'y'", "y", True, ("b",)),
                                  ("z", "z", True, ("c",))]
    assert [c.body for c in INI.read(text).comments] == [" c", " old", " d"]
    assert INI.check("[s]\na = 1\n") is None
    assert "no section headers" in (INI.check("a = 1\n") or "")


def test_json_with_comments_and_errors():
    text = '{\n  // c\n  "a": "x", /* d */\n  "b": ["y",],\n}\n'
    assert _values(JSON, text) == [('"x"', "x", True, ("a",)), ('"y"', "y", True, ("b",))]
    assert [c.body for c in JSON.read(text).comments] == [" c", " d "]
    assert JSON.check(text) is None
    assert JSON.check('{"a": 01}') == ("not valid JSON: expected ',' or a closing bracket at "
                                      "line 1, column 8")
    with pytest.raises(FormatError, match=r"line 2, column 1"):
        JSON.read('{"a":\n')
    deep = "[" * 100_000 + "]" * 100_000
    assert JSON.read(deep).values == []  # no recursion in the reader


def test_script_values_and_keys():
    text = ('import x from "gpt-4";\nconst model = process.env.OPENAI_MODEL ?? "ada";\n'
            'const o = { engine: `b`, "gpt-4": 1, list: ["c"] };\nf(`d ${e}`, "f g", "h\\x2di");\n'
            'class K { model = "j"; }\nfunction p(engine = "k") {}\n/* "l" */ // "m"\n')
    values = _values(JAVASCRIPT, text)
    assert values == [
        ('"ada"', "ada", True, ("OPENAI_MODEL", "model")), ("`b`", "b", True, ("engine",)),
        ('"c"', "c", True, ("list",)), ('"h\\x2di"', "h-i", False, ()),
        ('"j"', "j", True, ("model",)), ('"k"', "k", True, ("engine",)),
    ]


def test_typescript_types_jsx_and_offsets_after_non_ascii():
    text = 'type Model = "ada" | "b";\nconst é = "ç"; const m: Model = "ada";\n'
    values = TYPESCRIPT.read(text).values
    assert [(v.text, v.keys) for v in values] == [("ada", ("Model",)), ("b", ("Model",)),
                                                 ("ç", ("é",)), ("ada", ("m",))]
    assert text[values[-1].start:values[-1].end] == '"ada"'
    jsx = 'const x = <Pick model="ada" title="t">ada gpt-4</Pick>;\n'
    assert [(v.text, v.keys) for v in TSX.read(jsx).values] == [("ada", ("model",)),
                                                               ("t", ("title",))]


def test_script_with_a_syntax_error_is_read_in_part():
    document = JAVASCRIPT.read('const a = "x";\nconst = ;\nconst b = "y";\n')
    assert [v.text for v in document.values] == ["x", "y"]
    assert document.problem is not None and "line 2" in document.problem
    assert JAVASCRIPT.read('"\u00e9\n;').values == []  # never closes: nothing to read
    assert JAVASCRIPT.check("const a = 1;\n") is None


# -- the engine with these readers ---------------------------------------------------------------

def test_suppressions_in_each_comment_syntax(ctx):
    cases = {
        "a.yaml": "model: gpt-4-32k  # gptmigrate: ignore[GM001]\nother: gpt-4-32k\n",
        "a.toml": 'model = "gpt-4-32k"  # noqa: GM001\nother = "gpt-4-32k"\n',
        "a.ini": "[s]\n; gptmigrate: ignore-file\nmodel = gpt-4-32k\n",
        ".env.local": "OPENAI_MODEL=gpt-4-32k # gptmigrate: ignore\nB=gpt-4-32k\n",
        "a.ts": 'const model = "gpt-4-32k"; // gptmigrate: ignore[retired-model]\n'
                'const b = "gpt-4-32k"; /* noqa: GM001 */\nconst c = "gpt-4-32k";\n',
    }
    for path, text in cases.items():
        lines = [f.line for f in check_source(text, ctx, path)]
        assert lines == ([] if path == "a.ini" else [text.count("\n")]), path
    # Text that only looks like a comment (inside a value) suppresses nothing.
    assert len(check_source('a: "gpt-4-32k # gptmigrate: ignore"\nb: gpt-4-32k\n', ctx,
                            "x.yaml")) == 1


def test_unused_suppression_in_yaml():
    ctx = make_context(select=("GM", "GM901"))
    found = check_source("name: ada  # gptmigrate: ignore[GM001]\n", ctx, "x.yaml")
    assert [(f.code, f.line) for f in found] == [("GM901", 1)]
    assert ctx.prefilter.accepts(b"name: ada  # gptmigrate: ignore[GM001]\n", BARE)


def test_a_fix_the_format_would_not_read_is_not_applied(ctx, monkeypatch):
    module = YAML._module()
    real_check = module.check
    monkeypatch.setattr(module, "check",
                        lambda text: "refused" if "gpt-4o" in text else real_check(text))
    text = "model: gpt-4-32k\n"
    result = process_text(text, "x.yaml", ctx, Mode.FIX)
    assert result.fixed is None and result.findings
    assert [e.message for e in result.errors] == [
        "fixes not applied: the fixed text would not parse (refused); file left unchanged"]


def test_verifier_refuses_a_changed_shape():
    verify = verifier(YAML, "a: x\nb: y\n")
    assert verify("a: z\nb: y\n") is None
    assert verify("a: x\n") is not None
    assert verify("a: [x\n") is not None
    with pytest.raises(FormatError):
        verifier(YAML, "a: [x\n")


def test_unreadable_file_is_one_line_and_unfixable_script_says_so(ctx):
    broken = process_text("model: gpt-4-32k\nlist: [a\n", "x.yaml", ctx, Mode.CHECK)
    assert [e.message for e in broken.errors] == [
        "not valid YAML: did not find expected ',' or ']' at line 3, column 1; not scanned"]
    script = process_text('const m = "gpt-4-32k";\nconst = ;\n', "x.js", ctx, Mode.FIX)
    assert [f.model for f in script.findings] == ["gpt-4-32k"] and script.fixed is None
    assert script.errors[0].message.endswith("(tree-sitter); not fixed")


def test_reader_by_file_name():
    names = {".env": DOTENV, ".env.production": DOTENV, "app.env": DOTENV, "a.yml": YAML,
             "a.JSON": JSON, "pyproject.toml": TOML, "setup.cfg": INI, "a.mjs": JAVASCRIPT,
             "a.cts": TYPESCRIPT, "a.tsx": TSX, "a.py": None, "a.ipynb": None, "README.md": None,
             ".envrc": None, "Makefile": None}
    assert {name: reader_for(f"x/{name}") for name in names} == names


def test_discovery_reads_the_formats_and_leaves_prose(tmp_path: Path):
    for name in ("a.py", ".env", ".env.local", "c.yaml", "d.json", "e.toml", "f.cfg", "g.ts",
                 "h.tsx", "i.mjs", "README.md", "notes.txt", ".envrc"):
        (tmp_path / name).write_text("x\n")
    found = sorted(Path(d.path).name for d in discover([str(tmp_path)], Settings()))
    assert found == sorted([".env", ".env.local", "a.py", "c.yaml", "d.json", "e.toml", "f.cfg",
                            "g.ts", "h.tsx", "i.mjs"])


def test_prefilter_dialects():
    prefilter = Prefilter(["ada", "gpt-4", "text-davinci-003"], ["openai"])
    cases = [
        (b"model: ada\n", BARE, True), (b"metadata: 1\nlambda\n", BARE, False),
        (b"m: openai/gpt-4\n", BARE, True), (b"m: gpt-4o\n", BARE, False),
        (b"OPENAI_API_KEY=x\n", BARE, False),  # markers count in scripts only
        (b'{"a": "gpt-4"}', QUOTED, True), (b"a = gpt-4", QUOTED, False),
        # a key is no value: JSON and TOML keys never hold a finding
        (b'{"gpt-4": 1, "ada" :\n 2}', QUOTED, False), (b'"gpt-4" = 1\n', QUOTED, False),
        (b'{"gpt-4": "gpt-4"}', QUOTED, True), (b'{"gpt-4 old": "ada pt"}', QUOTED, False),
        ('["ada\u0126"]'.encode(), QUOTED, False), (b'["ada:ft-x"]', QUOTED, True),
        (b'{"ada:ft-x": "ada\\u0020"}', QUOTED, True), (b"m = 'gpt-4'", QUOTED, True),
        ('{"ada\u0126": 1, "ada:ft-x" : 2}'.encode(), QUOTED, False),
        (b'model: "gpt-4"\n', BARE, True),
        (b"x = `gpt-4`", SCRIPT, True), (b'import OpenAI from "openai"', SCRIPT, True),
        (b"// gpt-4o only", SCRIPT, False),
    ]
    assert [prefilter.accepts(data, dialect) for data, dialect, _ in cases] == [
        expected for _, _, expected in cases]


def test_parsers_are_imported_only_for_candidates(tmp_path: Path):
    """A tree of Python files and non-candidate configuration never imports a reader module,
    PyYAML's composer for a file or tree-sitter."""
    (tmp_path / "a.py").write_text('MODEL = "gpt-4-32k"\n')
    (tmp_path / "b.ts").write_text('const greeting = "hello";\n')
    (tmp_path / "c.yaml").write_text("name: metadata\n")
    script = (
        "import sys\nfrom gptmigrate.config import Settings\n"
        "from gptmigrate.engine import Mode, build_context, run\n"
        "results = run([sys.argv[1]], build_context(Settings()), Mode.CHECK, jobs=1)\n"
        "assert sum(len(r.findings) for r in results) == 1\n"
        "print(sorted(m for m in sys.modules if m.startswith(('tree_sitter', "
        "'gptmigrate.formats.'))))\n")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip() == "['gptmigrate.formats.base']"


@pytest.mark.parametrize("text", [
    '"gpt-4"',
    '{"model": "gpt-4", "models": [["ada", {"engine": "curie"}], "x\\"y"], "gpt-4": "gpt-4"}',
    '[{"a": "\\u00e9t\\u00e9"}, [], {}, 1.5e3, true, null, "\\/path"]',
    '{"k": {"model": ["gpt-4", ["davinci"]]}}',
])
def test_json_fast_path_reads_what_the_lexer_reads(text):
    from gptmigrate.formats import json as json_reader
    fast = json_reader._fast_read(text)
    assert fast is not None
    assert fast.values == json_reader._Reader(text).read().values


@pytest.mark.parametrize("text", ['{"a": NaN}', '{"a": "b",}', '// c\n{"a": "b"}', "[" * 5000])
def test_json_the_lexer_judges_what_strict_json_is_not(text):
    from gptmigrate.formats import json as json_reader
    assert json_reader._fast_read(text) is None


@pytest.mark.parametrize("relative, recorded", [
    ("results/tabmwp/cot_gpt4_test.json", True),
    ("benchmark/run/outputs/run1.yaml", True),
    ("eval/predictions_test.json", True),
    ("logs/2023-05-01.json", True),
    ("config/settings.yaml", False),
    ("fixtures/result_schema.json", True),
    ("app/models.json", False),
    ("opaw/examples/history/audio-hist.json", True),
    ("data/chat_history.json", True),
    ("app/histogram.json", False),
])
def test_a_run_is_recorded_in_results_folders_and_files(relative: str, recorded: bool):
    from pathlib import PurePath

    from gptmigrate.formats.base import records_a_run

    assert records_a_run(PurePath(relative)) is recorded


def test_a_recorded_run_keeps_its_models_and_a_setting_beside_it_moves(tmp_path: Path, ctx):
    """chameleon-llm's results/*.json record the engine each run used: renamed, they would say
    another model answered. The same file as a setting is renamed."""
    (tmp_path / ".git").mkdir()
    text = '{"args": {"engine": "gpt-4-32k", "temperature": 0.0}, "seed": 0}\n'
    for folder in ("results", "config"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "run.json").write_text(text)
    held = check_source(text, ctx, str(tmp_path / "results" / "run.json"))
    moved = check_source(text, ctx, str(tmp_path / "config" / "run.json"))
    assert [(f.code, f.fix is None) for f in held] == [("GM001", True)]
    assert "records a run" in held[0].message
    assert [(f.code, f.fix is None) for f in moved] == [("GM001", False)]
    # a file setting a metric records a run wherever it is
    scored = check_source('{"model": "gpt-4-32k", "accuracy": 0.62}\n', ctx,
                          str(tmp_path / "config" / "scores.json"))
    assert [f.fix is None for f in scored] == [True]
    # a metric that is a setting (a threshold beside the model) records nothing
    threshold = check_source('{"model": "gpt-4-32k", "pass_threshold": {"accuracy": 0.7}}\n',
                             ctx, str(tmp_path / "config" / "eval.json"))
    assert [f.fix is None for f in threshold] == [False]
    # a .env is never a record, wherever it is
    dotenv = check_source("MODEL=gpt-4-32k\n", ctx, str(tmp_path / "results" / ".env"))
    assert [f.fix is None for f in dotenv] == [False]


def test_a_yaml_flow_list_at_a_line_start_is_no_section(ctx):
    """`[gpt-4-32k]` opening a YAML line is a list (renamed); in TOML and INI it is a section
    header, a key code may look the value up by (kept)."""
    yaml_findings = check_source("[gpt-4-32k]\n", ctx, "models.yaml")
    toml_findings = check_source('[gpt-4-32k]\nmodel = "gpt-4-32k"\n', ctx, "models.toml")
    assert [f.fix is None for f in yaml_findings] == [False]
    assert [f.fix is None for f in toml_findings] == [True]
