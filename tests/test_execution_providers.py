"""The providers' execution suite: legacy Anthropic and Gemini programs are fixed by the CLI
and then run.

Each case in tests/execution/providers/<case>/ is a small legacy program; expect.toml's `sdk`
says whose ("anthropic", the default, "google", "vertex", or "openai" for the Assistants API).
The original
runs once with the legacy SDK
against its fake API's era "legacy": its stdout is what the program means. Anthropic: anthropic
0.125.0 (the last 0.x, which still has Text Completions and HUMAN_PROMPT / AI_PROMPT) against
tests/execution/fake_anthropic.py; Google: google-generativeai 0.5.4 (the last with both the
PaLM functions and GenerativeModel, system_instruction included) against
tests/execution/fake_gemini.py, over REST through a start-up module (a `.pth` file) written
into its venv (the SDK has no base-URL setting of its own); Assistants: openai 1.109.1 (the
last 1.x, whose `client.beta` has assistants, threads, runs and their poll/stream helpers) against
tests/execution/fake_openai.py's era "2025" (fake_assistants.py), the fixed program against its
era "now", which has /v1/responses and no Assistants paths; Vertex AI: google-cloud-aiplatform
1.60.0 against tests/execution/fake_vertex.py (a start-up module points aiplatform's REST
transport at it), both SDKs authenticated by a generated service-account key whose token the
fake issues. Then `gptmigrate scan CASE --fix --unsafe-fixes
--isolated --as-of 2026-11-23` rewrites a copy, and the copy runs with the current SDK (the
`test` extra: anthropic, google-genai, openai) against the era "now" server. expect.toml says what
must happen:

- `runs`: files changed, and the fixed program prints exactly what the original printed;
- `manual`: a remaining finding's message contains `reason` (with code `code`, if given) and
  the files are unchanged;
- `unchanged`: a look-alike; no byte changes, and it runs the same on the current SDK.

The same layout as the openai execution suite (issue 14), one file per provider SDK.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "execution"))
from fake_anthropic import FakeAnthropic  # noqa: E402
from fake_gemini import FakeGemini  # noqa: E402
from fake_openai import FakeOpenAI  # noqa: E402
from fake_vertex import FakeVertex, service_account  # noqa: E402
from harness import (CACHE, SESSION_ENVIRONMENT, Run, legacy_venv,  # noqa: E402
                     openai_environment, run as _run, scan_fix, sources as _sources)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES_DIR = Path(__file__).resolve().parent / "execution" / "providers"
CASES = sorted(p.name for p in CASES_DIR.iterdir() if (p / "expect.toml").is_file())
LEGACY_SDKS = {"anthropic": ("anthropic==0.125.0",),
               "google": ("google-generativeai==0.5.4", "redirect-pth-rest-2"),
               "openai": ("openai==1.109.1",),
               "vertex": ("google-cloud-aiplatform==1.60.0", "redirect-pth-vertex-2")}
# google-generativeai talks gRPC to generativelanguage.googleapis.com unless configured: every
# configuration (explicit or the implicit one on first use) goes over REST to the fake.
GEMINI_REDIRECT = '''"""gptmigrate's test venv: google-generativeai over REST to the fake."""
import os

if os.environ.get("GPTMIGRATE_GEMINI_URL"):
    from google.generativeai import client as _client

    _configure = _client._ClientManager.configure

    def _to_fake(self, *, transport=None, client_options=None, **kwargs):
        options = dict(client_options or {})
        options["api_endpoint"] = os.environ["GPTMIGRATE_GEMINI_URL"]
        return _configure(self, transport="rest", client_options=options, **kwargs)

    _client._ClientManager.configure = _to_fake
    _client.configure()  # the import configured gRPC already: the default is the fake too
'''

# aiplatform talks gRPC to {location}-aiplatform.googleapis.com unless vertexai.init says
# otherwise; init() keeps an endpoint and transport it is not given.
VERTEX_REDIRECT = '''"""gptmigrate's test venv: aiplatform (vertexai) over REST to the fake."""
import os

if os.environ.get("GPTMIGRATE_VERTEX_URL"):
    from google.cloud.aiplatform import initializer as _initializer

    _initializer.global_config._api_endpoint = os.environ["GPTMIGRATE_VERTEX_URL"]
    _initializer.global_config._api_transport = "rest"
'''
REDIRECTS = {"google": GEMINI_REDIRECT, "vertex": VERTEX_REDIRECT}


# Cases the rewriter does not get right yet (strict xfail, as tests/test_execution.py does it):
# when the rewriter improves, the XPASS fails and the entry must be removed.
KNOWN_GAPS: dict[str, str] = {
    "rt37_claude_package_three_modules": "left manual ('the prompt is not built in the call', "
                                         "and config.py's CLAUDE_MODEL 'not renamed: llm.py:14 "
                                         "sends CLAUDE_MODEL to Anthropic's Text Completions "
                                         "API'): build_prompt() only joins SYSTEM_PROMPT, "
                                         "HUMAN_PROMPT, the question and AI_PROMPT, so "
                                         "messages.create(system=SYSTEM_PROMPT, messages=[...]) "
                                         "with the constant renamed in the same run would run",
    "rt37_gemini_candidates_parts": "left manual ('the response is passed to a function'): the "
                                    "helper reads only candidates[0].content.parts[i].text, "
                                    "len(candidates) and content.role, which google-genai's "
                                    "response has alike",
    "rt37_gemini_embed_batch_list": "the model is renamed to gemini-embedding-001 but the module "
                                    "is left manual ('the content may be a list') although "
                                    "content=DOCS is a module-level list literal: "
                                    "[e.values for e in result.embeddings] is certain",
    "rt37_gemini_stream_resolve": "left manual ('the stream is read more than once'): "
                                  "generate_content(stream=True) then .resolve() then .text is "
                                  "the whole text, i.e. client.models.generate_content(...).text",
    "rt39_gemini_usage_metadata_report": "left manual ('google.generativeai is imported more than "
                                         "once here'): `import google.generativeai as genai` "
                                         "next to `from google.generativeai import "
                                         "GenerativeModel` can both be replaced by the client, as "
                                         "each alone is",
    "rt39_vertex_embedding_statistics": "left manual ('the result is passed to a function'), a "
                                        "misleading reason: the embeddings go only to the "
                                        "builtin zip(); embed_content(model='text-embedding-005', "
                                        "contents=texts, config={'output_dimensionality': 4})"
                                        ".embeddings has the same .values and "
                                        ".statistics.token_count",
    "rt39_vertex_generate_finish_usage": "left manual ('the response's .candidates is read'): "
                                         "only candidates[0].finish_reason.name is read, the same "
                                         "enum name (STOP) in google-genai",
    "rt39_vertex_stream_join_config": "left manual ('the stream is used as a whole rather than "
                                      "iterated by a for loop'): ''.join(chunk.text for chunk in "
                                      "responses) iterates it once, so "
                                      "client.models.generate_content_stream(...) in its place "
                                      "is certain",
    "rt42_claude_prompts_module": "left manual ('the prompt is not built in the call'): "
                                  "prompts.summary_prompt() is a single return of "
                                  "f'{HUMAN_PROMPT} {TEMPLATE.format(article=article)}{AI_PROMPT}'"
                                  ", one user turn and no system text, so messages=[{'role': "
                                  "'user', 'content': SUMMARY_TEMPLATE.format(article=article)}] "
                                  "(or a helper returning the user text) is certain",
    "rt50_claude_stream_chunk_count": "WRONG: the stream loop also counts its chunks (received += "
                                      "1) and prints the count; each event becomes "
                                      "(data.delta.text if data.type == 'content_block_delta' else"
                                      " '') but is still counted, so the fixed program prints 12 "
                                      "chunks where the original printed 8 (Messages streams add "
                                      "message_start, content_block_start, stop events): the count"
                                      " must be limited to text deltas or the call left manual",
    "rt50_gemini_config_dict_mutated": (
        "left manual ('generation_config is changed on line N (the model kept a copy of it when "
        "it was made)'): one dict is passed to two GenerativeModels with "
        "generation_config['temperature'] = 0.0 set between them; google.generativeai copied it "
        "at each construction, so the first model's calls could get a copy made at its "
        "construction ({**generation_config} captured there)"),
    "rt50_vertex_settings_llm_main_modules": (
        "left manual: llm.py's GenerativeModel(MODEL_NAME), MODEL_NAME imported from settings.py, "
        "is followed to its literal ('the model gemini-2.5-flash was shut down on 2026-10-16 on "
        "Vertex AI and the table names gemini-3.1-flash-lite: write it where MODEL_NAME gets its "
        "value'), but settings.py's finding judges the name by the Gemini API row (no Vertex "
        "context there), so the constant is not renamed in the same run; renaming it with the "
        "Vertex row would run"),
    "rt50_vertex_caller_passes_retired_model": "WRONG: "
                                               "VertexLLM(model_name='gemini-3.1-flash-lite') in "
                                               "llm.py moves to google-genai, but main.py's "
                                               "VertexLLM(model_name='gemini-2.5-flash') keeps the"
                                               " retired model (GM001 there judges it by the "
                                               "Gemini API row, 'not confirmed'): the second call "
                                               "gets 404; the caller's literal must be renamed "
                                               "with the module (or the module stay manual, as "
                                               "Anthropic's wrapper does)",
    "rt50_gemini_call_config_merges_model_config": "left manual ('generation settings both on the "
                                                   "model and on the call; merge them into one "
                                                   "config={...} by hand'): both are dict literals"
                                                   " and google-generativeai merges them with "
                                                   "dict.update, so config={'temperature': 0.0, "
                                                   "'max_output_tokens': 128} on that call is "
                                                   "certain",
    "rt50_gemini_candidates_parts_inline": "left manual ('the response's .candidates is read'): "
                                           "only response.candidates[0].content.parts[0].text is "
                                           "read, inline, the same path and value in google-genai",
    "rt50_gemini_model_object_other_module": "left manual ('main.py imports model from here ... "
                                             "move both modules by hand'): main.py only calls "
                                             "model.generate_content(f'...').text, so both modules"
                                             " can move together (the client and model name "
                                             "imported from llm.py), as a wrapper class used "
                                             "across modules already is",
    "rt50_vertex_call_config_replaces": "left manual with a wrong instruction ('generation "
                                        "settings both on the model and on the call; merge them "
                                        "into one config={...} by hand'): the Vertex AI SDK "
                                        "replaces the model's generation_config by the call's "
                                        "(generation_config or self._generation_config), so "
                                        "merging would send temperature=0.2 the original never "
                                        "sent; config={'max_output_tokens': 16} on that call is "
                                        "the certain rewrite",
    "rt50_vertex_candidates_parts_text": "left manual ('the response's .candidates is read'): only"
                                         " response.candidates[0].content.parts[0].text is read, "
                                         "the same path in google-genai",
    "rt50_vertex_embedding_input_task_literal": "left manual ('TextEmbeddingInput ... has no "
                                                "rewrite here'): every input is "
                                                "TextEmbeddingInput(text=d, "
                                                "task_type='RETRIEVAL_DOCUMENT') with one literal "
                                                "task type, so "
                                                "embed_content(model='text-embedding-005', "
                                                "contents=docs, config={'task_type': "
                                                "'RETRIEVAL_DOCUMENT'}).embeddings is certain",
    "rt50_claude_stream_with_block": "left manual with a wrong reason ('the response leaves this "
                                     "scope (returned, passed on or stored)'): the stream is only "
                                     "used as `with client.completions.create(..., stream=True) as"
                                     " stream:` and iterated there; anthropic 2.x's "
                                     "messages.create(stream=True) is a context manager too",
    "rt50_gemini_configure_transport_rest": "left manual ('configure() takes more than api_key= "
                                            "(transport, client_options ...)'): transport='rest' "
                                            "only; google-genai speaks REST anyway, so "
                                            "genai.Client(api_key=...) without it is certain",
    "rt50_gemini_request_options_timeout": "left manual "
                                           "('model.generate_content(request_options=...) is not "
                                           "rewritten; move it by hand', no target given): "
                                           "request_options={'timeout': 600} is "
                                           "config={'http_options': {'timeout': 600000}} in "
                                           "google-genai",
    "rt50_vertex_inline_model_chain": "left manual ('the model object is not assigned to a name "
                                      "... pass model= to each client.models.generate_content by "
                                      "hand'): GenerativeModel('gemini-2.5-flash').generate_conten"
                                      "t(...).text is one call in one expression, so client.models"
                                      ".generate_content(model='gemini-3.1-flash-lite', "
                                      "contents=...).text is certain",
}


def _marks(case: str) -> list[Any]:
    if case in KNOWN_GAPS:
        return [pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[case])]
    return []


@dataclass
class Outcome:
    case: str
    expect: Dict[str, Any]
    original: Run
    fix: Optional[Run] = None
    report: Dict[str, Any] = field(default_factory=dict)
    changed: Dict[str, str] = field(default_factory=dict)  # path -> new text
    fixed: Optional[Run] = None

    def findings(self) -> List[Dict[str, Any]]:
        return list(self.report.get("findings", []))

    def explain(self) -> str:
        lines = [f"case {self.case} (expect {self.expect['expect']})",
                 f"=== original ({LEGACY_SDKS[_sdk(self.expect)][0]}, era legacy)",
                 self.original.show()]
        if self.fix is not None:
            lines += ["=== changed files"] + [f"--- {path}\n{text}"
                                               for path, text in self.changed.items()]
            lines += ["remaining findings:"] + [
                f"  {f.get('line')} {f.get('code')} {f.get('message')}" for f in self.findings()]
        if self.fixed is not None:
            lines += ["=== fixed (current SDK, era now)", self.fixed.show()]
        return "\n".join(lines)


def _sdk(expect: Dict[str, Any]) -> str:
    return str(expect.get("sdk", "anthropic"))


def _build_legacy_venv(sdk: str) -> Path:
    """The legacy SDK's venv (the SDK, then a version of what the suite adds to the venv)."""
    packages = LEGACY_SDKS[sdk]
    text = REDIRECTS.get(sdk)
    return legacy_venv(CACHE / packages[0].replace("==", "-"), packages, packages[:1],
                       None if text is None else lambda python: _write_redirect(python, text))


def _write_redirect(python: Path, text: str) -> None:
    """The redirect as a module the venv imports at start through a `.pth` file: a
    `sitecustomize.py` in site-packages is shadowed where the interpreter has its own
    (Debian's python3 ships /usr/lib/python3.X/sitecustomize.py)."""
    site = Path(subprocess.run([str(python), "-c",
                                "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "_gptmigrate_redirect.py").write_text(text)
    (site / "_gptmigrate_redirect.pth").write_text("import _gptmigrate_redirect\n")


class _FakeOpenAI:
    """fake_openai's server with the start/url/shutdown of the other fakes: era "legacy" is
    the Assistants era (2025)."""

    def __init__(self, era: str) -> None:
        self.fake = FakeOpenAI("2025" if era == "legacy" else era)
        self.url = ""

    def start(self) -> "_FakeOpenAI":
        self.url = self.fake.serve()
        return self

    def shutdown(self) -> None:
        self.fake.close()


class _FakeVertex:
    """fake_vertex's server and a service-account key whose tokens it issues (Vertex AI takes
    no API key: both SDKs read GOOGLE_APPLICATION_CREDENTIALS)."""

    def __init__(self, era: str) -> None:
        self.fake = FakeVertex(era)
        self.url = self.fake.url
        self.credentials = ""

    def start(self) -> "_FakeVertex":
        self.fake.start()
        handle, name = tempfile.mkstemp(prefix="gptmigrate-vertex-", suffix=".json")
        with os.fdopen(handle, "w") as out:
            json.dump(service_account(f"{self.url}/token"), out)
        self.credentials = name
        return self

    def shutdown(self) -> None:
        self.fake.shutdown()
        os.unlink(self.credentials)


def _environment(sdk: str, base_url: str, key: str, credentials: str = "") -> Dict[str, str]:
    if sdk == "openai":
        env = openai_environment(base_url, key)
        env = {k: v for k, v in env.items() if not k.startswith("PYTHON")}
        env.update({"PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8",
                    "PYTHONWARNINGS": "ignore::DeprecationWarning"})
        return env
    env = {k: v for k, v in SESSION_ENVIRONMENT.items()
           if not k.startswith(("ANTHROPIC", "PYTHON", "GOOGLE", "GEMINI", "GPTMIGRATE_GEMINI"))}
    if sdk == "google":
        env.update({"GOOGLE_API_KEY": key, "GOOGLE_GEMINI_BASE_URL": base_url,
                    "GPTMIGRATE_GEMINI_URL": base_url})
    elif sdk == "vertex":
        env = {k: v for k, v in env.items() if not k.startswith(("CLOUDSDK", "CLOUD_ML"))}
        env.update({"GOOGLE_APPLICATION_CREDENTIALS": credentials,
                    "GOOGLE_VERTEX_BASE_URL": base_url, "GPTMIGRATE_VERTEX_URL": base_url})
    else:
        env.update({"ANTHROPIC_API_KEY": key, "ANTHROPIC_BASE_URL": base_url})
    env.update({"PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8",
                "NO_PROXY": "127.0.0.1,localhost", "PYTHONWARNINGS": "ignore::FutureWarning"})
    return env


def _expect(case: str) -> Dict[str, Any]:
    return tomllib.loads((CASES_DIR / case / "expect.toml").read_text())


def evaluate(case: str, workroot: Path, legacy_python: Path, old: Any, new: Any) -> Outcome:
    expect = _expect(case)
    sdk = _sdk(expect)
    original_dir, fixed_dir = workroot / case / "original", workroot / case / "fixed"
    ignore = shutil.ignore_patterns("expect.toml", "__pycache__")
    shutil.copytree(CASES_DIR / case, original_dir, ignore=ignore)
    shutil.copytree(CASES_DIR / case, fixed_dir, ignore=ignore)
    outcome = Outcome(case, expect, _run([str(legacy_python), "main.py"], original_dir,
                                         _environment(sdk, old.url, f"test-{case}-legacy",
                                                      getattr(old, "credentials", ""))))
    before = _sources(fixed_dir)
    outcome.fix = scan_fix(fixed_dir)
    try:
        outcome.report = json.loads(outcome.fix.stdout)
    except ValueError:
        outcome.report = {}
    after = _sources(fixed_dir)
    outcome.changed = {p: after[p] for p in before if before[p] != after.get(p)}
    outcome.fixed = _run([sys.executable, "main.py"], fixed_dir,
                         _environment(sdk, new.url, f"test-{case}-now",
                                      getattr(new, "credentials", "")))
    return outcome


@pytest.fixture(scope="session")
def outcomes(request, tmp_path_factory) -> Dict[str, Future]:
    """Every selected case evaluated in a thread pool (subprocesses do the work)."""
    selected = sorted({item.callspec.params["case"] for item in request.session.items
                       if item.module.__name__ == __name__ and hasattr(item, "callspec")})
    sdks = {case: _sdk(_expect(case)) for case in selected}
    fakes = {"anthropic": FakeAnthropic, "google": FakeGemini, "openai": _FakeOpenAI,
             "vertex": _FakeVertex}
    servers = {sdk: (fakes[sdk]("legacy").start(), fakes[sdk]("now").start())
               for sdk in set(sdks.values())}
    pythons = {sdk: _build_legacy_venv(sdk) for sdk in servers}
    root = tmp_path_factory.mktemp("execution-providers")
    pool = ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2))
    futures = {case: pool.submit(evaluate, case, root, pythons[sdks[case]], *servers[sdks[case]])
               for case in selected}
    yield futures
    pool.shutdown(wait=True, cancel_futures=True)
    for old, new in servers.values():
        old.shutdown()
        new.shutdown()


@pytest.mark.parametrize("case", CASES)
def test_original_runs_on_the_legacy_sdk(outcomes, case):
    """Every case is valid legacy code: it runs on its legacy SDK against the legacy API."""
    outcome = outcomes[case].result()
    assert outcome.original.returncode == 0 and outcome.original.stdout.strip(), \
        outcome.explain()


@pytest.mark.parametrize("case", [pytest.param(c, marks=_marks(c)) for c in CASES])
def test_rewrite(outcomes, case):
    """The fixed program does what expect.toml says (see the module docstring)."""
    outcome = outcomes[case].result()
    assert outcome.original.returncode == 0, "the original must run first:\n" + outcome.explain()
    assert outcome.fix is not None and outcome.fix.returncode in (0, 1), outcome.explain()
    assert not outcome.report.get("errors"), outcome.explain()
    for path, text in outcome.changed.items():
        compile(text, path, "exec")
    kind = outcome.expect["expect"]
    same_output = outcome.fixed is not None and outcome.fixed.returncode == 0 \
        and outcome.fixed.stdout == outcome.original.stdout
    if kind == "runs":
        assert outcome.changed, "nothing was rewritten:\n" + outcome.explain()
        assert same_output, outcome.explain()
    elif kind == "manual":
        hits = [f for f in outcome.findings() if outcome.expect["reason"] in f.get("message", "")
                and f.get("code") == outcome.expect.get("code", f.get("code"))]
        assert hits, f"no remaining finding says {outcome.expect['reason']!r}:\n" \
            + outcome.explain()
        assert not outcome.changed, outcome.explain()
    else:
        assert kind == "unchanged", case
        assert not outcome.changed, outcome.explain()
        assert same_output, outcome.explain()


def test_the_current_sdk_has_no_text_completions():
    """Why the originals cannot run as they are: the SDK the fixed programs run with."""
    import anthropic

    assert not hasattr(anthropic.Anthropic(api_key="x"), "completions")
    assert not hasattr(anthropic, "HUMAN_PROMPT")


def test_the_current_google_sdk_is_google_genai():
    """Why the originals cannot stay: the fixed programs run with google-genai, which has no
    configure() or GenerativeModel; google.generativeai is not installed next to it."""
    from google import genai

    assert hasattr(genai, "Client") and not hasattr(genai, "GenerativeModel")
    assert not hasattr(genai, "configure")


def test_the_fixed_vertex_programs_run_without_the_vertex_ai_sdk():
    """Why the Vertex AI originals cannot stay: the fixed programs run where only google-genai
    is installed (the `test` extra has no google-cloud-aiplatform), as the SDK's removal
    leaves them."""
    import importlib.util

    assert importlib.util.find_spec("vertexai") is None
    from google import genai

    assert "vertexai" in genai.Client.__init__.__code__.co_varnames
