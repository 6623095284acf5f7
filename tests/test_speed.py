"""The speed machinery changes nothing but speed: prefilter, worker processes and result cache.

Every fixture file (and the shared corpus, when present) must give the same results with the
prefilter on or off, with or without workers, from a cold or a warm cache. Timing itself is
measured in benchmarks/, never here.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import string
import sys
from pathlib import Path
from typing import List, Tuple

import pytest
from click.testing import CliRunner
from hypothesis import given, settings as hsettings, strategies as st

from conftest import FIXTURES, ROOT, TODAY, make_context
from gptmigrate import engine
from gptmigrate import prefilter as prefilter_module
from gptmigrate.cache import ResultCache, fingerprint
from gptmigrate.cli import main
from gptmigrate.detect import API_MARKERS
from gptmigrate.engine import Mode, check_source, run
from gptmigrate.files import TooLarge, read_source
from gptmigrate.matching import OPENAI_OWNER_WORDS, OPENAI_MODULE_WORDS, VALUE_PREFIXES
from gptmigrate.notebook import process_notebook
from gptmigrate.prefilter import Prefilter
from gptmigrate.suppress import SUPPRESSION_MARKERS

CORPORA = [p for p in (FIXTURES, ROOT / "tests" / "corpus", ROOT / "tests" / "notebooks",
                       ROOT / "examples") if p.is_dir()]


class _AcceptAll:
    """A prefilter that lets every file, and every definition in it (`focus`), through: the
    reference the real one must agree with."""

    def accepts(self, data: bytes, dialect: str = "python") -> bool:
        return True

    def accepts_text(self, text: str) -> bool:
        return True


def _summary(results) -> List[Tuple[str, tuple, tuple]]:
    return [(r.path, r.findings, tuple(e.message for e in r.errors)) for r in results]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A copy of every corpus, so the cache and the scans never touch the repository."""
    root = tmp_path_factory.mktemp("corpus")
    for source in CORPORA:
        shutil.copytree(source, root / source.name)
    return root


@pytest.fixture(scope="module")
def reference(corpus: Path):
    ctx = dataclasses.replace(make_context(), prefilter=_AcceptAll())
    return _summary(run([str(corpus)], ctx, Mode.CHECK, jobs=1))


@pytest.fixture(scope="module")
def sequential(corpus: Path, ctx):
    """The corpus checked with the real prefilter, in this process, with no cache: what the
    workers and the cache must reproduce whole."""
    return run([str(corpus)], ctx, Mode.CHECK, jobs=1)


def test_reference_has_findings(reference):
    assert sum(len(findings) for _, findings, _ in reference) > 10


def test_prefilter_sequential_matches_reference(sequential, reference):
    assert _summary(sequential) == reference


# Workers parse the candidates the parent screened (a small tree), or read, screen and parse
# whole batches of files themselves (a large one): thresholds lowered so the corpus takes each.
WORKER_MODES = {"candidates": ("PARALLEL_MIN_FILES", 2),
                "batches": ("SCREEN_PARALLEL_MIN_FILES", 2)}


@pytest.fixture(params=sorted(WORKER_MODES))
def workers(request, monkeypatch) -> str:
    name, value = WORKER_MODES[request.param]
    monkeypatch.setattr(engine, name, value)
    return request.param


def test_workers_match_reference(corpus: Path, reference, ctx, workers):
    assert _summary(run([str(corpus)], ctx, Mode.CHECK, jobs=2)) == reference


_BATCH_LOG: List[Path] = []  # where `_logged_batch` writes (set before the workers fork)


def _logged_batch(batch, *args):
    """engine._work_batch, writing its process and batch size down first."""
    import os

    with open(_BATCH_LOG[0], "a", encoding="utf-8") as out:
        out.write(f"{os.getpid()} {len(batch)}\n")
    return _REAL_WORK_BATCH(batch, *args)


_REAL_WORK_BATCH = engine._work_batch


def test_batches_really_run_in_workers(corpus: Path, ctx, monkeypatch, tmp_path: Path):
    """The batch path is taken from SCREEN_PARALLEL_MIN_FILES files on, and only then: each
    batch of BATCH_FILES files runs in a worker process, not in this one."""
    import os

    log = tmp_path / "batches.log"
    monkeypatch.setattr(sys.modules[__name__], "_BATCH_LOG", [log])
    monkeypatch.setattr(engine, "_work_batch", _logged_batch)  # pickled by name, found when forked
    monkeypatch.setattr(engine, "BATCH_FILES", 2)
    files = [str(p) for p in sorted(corpus.rglob("*.py"))[:3]]
    run(files, ctx, Mode.CHECK, jobs=2)
    assert not log.exists()
    monkeypatch.setattr(engine, "SCREEN_PARALLEL_MIN_FILES", 3)
    results = run(files, ctx, Mode.CHECK, jobs=2)
    assert [r.path for r in results] == files
    batches = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    assert sorted(int(size) for _, size in batches) == [1, 2]
    assert str(os.getpid()) not in {pid for pid, _ in batches}


def test_workers_share_one_cache(corpus: Path, reference, sequential, ctx, tmp_path: Path,
                                 workers):
    cold = ResultCache(tmp_path / "cache", ctx.settings)
    assert _summary(run([str(corpus)], ctx, Mode.CHECK, jobs=2, cache=cold)) == reference
    assert cold.stores > 0 and cold.hits == 0
    warm = ResultCache(tmp_path / "cache", ctx.settings)
    again = run([str(corpus)], ctx, Mode.CHECK, jobs=2, cache=warm)
    assert warm.hits == cold.stores and warm.stores == 0
    assert again == sequential


def test_cold_and_warm_cache_match_reference(corpus: Path, reference, sequential, ctx,
                                             tmp_path: Path):
    cold = ResultCache(tmp_path / "cache", ctx.settings)
    assert _summary(run([str(corpus)], ctx, Mode.CHECK, jobs=1, cache=cold)) == reference
    assert cold.stores > 0 and cold.hits == 0
    warm = ResultCache(tmp_path / "cache", ctx.settings)
    again = run([str(corpus)], ctx, Mode.CHECK, jobs=1, cache=warm)
    assert warm.hits == cold.stores
    assert again == sequential  # whole FileResults, fixes and original text included


def test_diff_mode_matches_with_and_without_workers(corpus: Path, ctx, monkeypatch):
    in_process = run([str(corpus)], ctx, Mode.DIFF, jobs=1)
    for name, value in WORKER_MODES.values():
        with monkeypatch.context() as patched:
            patched.setattr(engine, name, value)
            assert run([str(corpus)], ctx, Mode.DIFF, jobs=2) == in_process
    assert any(r.changed for r in in_process)


# -- the prefilter ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def prefilter(ctx) -> Prefilter:
    return ctx.prefilter


def test_prefilter_is_built_from_the_matcher(ctx):
    assert set(ctx.prefilter.names) == set(ctx.options.matcher.rows)
    api_values = {v for family in ctx.table.apis.values() for v in family.values}
    from gptmigrate.matching import PROVIDER_MODULE_GATES, PROVIDER_WORD_GATES

    gated = ["openai", *PROVIDER_MODULE_GATES, *PROVIDER_WORD_GATES]
    plain = {*api_values, *API_MARKERS} - set(gated)
    assert api_values and set(ctx.prefilter.markers) == {m.encode() for m in plain}
    assert [gate.module for gate in ctx.prefilter.gates] == gated
    assert set(make_context(select=("GM", "GM901")).prefilter.markers) == {
        m.encode() for m in (*plain, *SUPPRESSION_MARKERS)}


@pytest.mark.parametrize("source", [
    b'client.completions.create(model="text-davinci-003")',
    b'import openai\nclient.completions.create(model="gpt-4o")',
    b"MODEL = 'ada'",
    b'm = "openai/gpt-3.5-turbo"',
    b'm = "ft:davinci-002:acme::abc123"',
    b'm = "curie:ft-acme-2023-01-01"',
    b'm = "text\\x2ddavinci-003"',
    b'm = "\\x61da"',
    b'm = "text-da\\\nvinci-003"',
    b'm = "\\N{LATIN SMALL LETTER A}da"',
    b'import openai\nopenai.Completion.create()',
    b'{"cells": [{"source": ["model = \\"babbage\\""]}]}',
    b'{"cells": [{"source": ["model = \\"\\\\x61da\\""]}]}',  # JSON-escaped Python escape
    b'{"cells": [{"source": ["model = \\"\\u005cx61da\\""]}]}',  # its backslash as \u005c
])
def test_prefilter_accepts_real_uses(prefilter: Prefilter, source: bytes):
    assert prefilter.accepts(source)


@pytest.mark.parametrize("source", [
    b"metadata = load_metadata(adapter)",
    b"# tuned for text-davinci-003 and ada\nx = ada",  # a comment, a bare name: never a value
    b'label = f"adapter {name}"',
    b'model = "gpt-4o"',
    b'from openai import OpenAI\nOpenAI().chat.completions.create(model="gpt-4o")',
    b'import openai\nlogger.error(openai.__version__)  # the Completion model',
    b'"""See openai: Completion."""\nimport openai\nx = openai.types.Model',
    b"canada_davincis = 1",
    b"x = 'babbage2'",
    b"",
    b'text = """\\\r\n    x\r\n"""\r\n',  # a continued string with CRLF decodes to itself
])
def test_prefilter_rejects_look_alikes(prefilter: Prefilter, source: bytes):
    assert not prefilter.accepts(source)


@pytest.mark.parametrize("gap", range(0, 40))
def test_prefilter_windows_never_cut_a_word_short(prefilter: Prefilter, gap: int):
    """An earlier hit's window may end inside a later word: `adapter` must not read as `ada`."""
    assert not prefilter.accepts(b"metadata" + b" " * gap + b"adapter, canada_gpt5x")


@pytest.mark.parametrize("newline", [b"\n", b"\r\n"])
def test_prefilter_reads_continuations_with_either_line_ending(prefilter: Prefilter, newline):
    """A backslash before \\r\\n continues a line as before \\n (the codec the escapes are
    decoded with knows only \\n: this once recursed until the stack ran out)."""
    assert not prefilter.accepts(b"x = 1 + \\" + newline + b"    2" + newline)
    assert prefilter.accepts(b'm = "text-da\\' + newline + b'vinci-003"' + newline)


def test_prefilter_reads_through_foreign_encodings(prefilter: Prefilter):
    source = b"# -*- coding: cp500 -*-\n" + "m = 'text-davinci-003'\n".encode("cp500")
    assert prefilter.accepts(source)
    assert not prefilter.accepts(b"# -*- coding: latin-1 -*-\nm = 'caf\xe9'\n")


def test_prefilter_with_hundreds_of_names_still_exact():
    names = [f"family{i % 7}-{i}-x{i * 7919 % 1000:03d}" for i in range(400)] + ["ada", "o1"]
    prefilter = Prefilter(names, ["openai"])
    for name in names:
        assert prefilter.accepts(f'model = "{name}"'.encode()), name
        assert not prefilter.accepts(f'model = "{name}z"'.encode()), name
        assert not prefilter.accepts(f'model = "x{name}"'.encode()), name
        assert not prefilter.accepts(f'# see {name}'.encode()), name
        assert prefilter.accepts(f"model = 'azure/{name}'".encode()), name
        assert prefilter.accepts(f'model = "ft:{name}:acme::x1"'.encode()), name
        assert not prefilter.accepts(f'path = "data/{name}"'.encode()), name


@pytest.mark.parametrize("shift", range(-8, 9))
def test_prefilter_sees_names_across_slice_borders(prefilter: Prefilter, shift: int):
    """The bytes are searched in overlapping slices: a name (or a word glued to one) that
    straddles a border is judged whole."""
    border = prefilter_module._SLICE + shift
    for name, expected in ((b"text-davinci-003", True), (b"ada", True), (b"metadata", False)):
        data = b"x" * (border - 4) + b' "' + name + b'" ' + b"y" * 64
        assert prefilter.accepts(data) is expected, (name, shift)
    glued = b"#" * (border - 2) + b"gpt-4o" + b"-mini-2024" + b" " * 40
    assert not prefilter.accepts(glued)


def test_prefilter_finds_a_name_after_a_flood_of_near_misses(prefilter: Prefilter):
    """Every `"ada` inside `"adax"adax...` is a hit the check of the byte after it rejects; the
    name after them still counts, and the flood is searched slice by slice (a bounded list of
    hits at a time)."""
    flood = b'"adax' * 200_000
    assert not prefilter.accepts(flood)
    assert prefilter.accepts(flood + b' "curie"')


_NAME_CHARS = string.ascii_letters + string.digits + "-_.:/@ "


@hsettings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_value_the_matcher_accepts_passes_the_prefilter(ctx, data):
    """The contract between detect and the prefilter, over names with random surroundings."""
    matcher = ctx.options.matcher
    name = data.draw(st.sampled_from(sorted(matcher.rows)))
    before = data.draw(st.sampled_from(["", "openai/", "azure/", "models/", "ft:", "x", "1"]))
    after = data.draw(st.sampled_from(["", ":acme::id9", ":ft-acme-2023", "x", "-1", "/"]))
    value = before + name + after + data.draw(st.text(_NAME_CHARS, max_size=4))
    if matcher.match(value) is None:
        return
    escaped = data.draw(st.booleans())
    literal = "".join(f"\\x{ord(c):02x}" for c in value) if escaped else value
    assert ctx.prefilter.accepts(f'call(model="{literal}")\n'.encode()), value


_FRAGMENTS = ["ada", "metadata", "openai", "open", "ai", "gpt-4", "gpt-4o", "o1", "o1-mini",
              "azure/", "models:", "ft:", "google", "/", ":",
              "text-davinci-003", "davinci", "curie", "claude-2", "-", ".", "_", " ", '"', "'", "x",
              "1", "\n"]


@hsettings(max_examples=300, deadline=None)
@given(data=st.data())
def test_prefilter_search_agrees_with_a_plain_expression(ctx, data):
    """The automata plus boundary checks, over slices of any size, find exactly what one
    regular expression finds: a name after a quote (and perhaps a value prefix such as
    `openai/` or `ft:`) with no letter or digit after it (`openai` is a gate, tested below)."""
    import re
    from unittest import mock

    names = sorted(ctx.prefilter.names, key=len, reverse=True)
    alternatives = b"|".join(re.escape(n.encode()) for n in names)
    prefixes = b"|".join(re.escape(p.encode()) for p in VALUE_PREFIXES)
    plain = re.compile(rb"[\"'](?:" + prefixes + rb")?(?:" + alternatives
                       + rb")(?![A-Za-z0-9])")
    pieces = st.one_of(st.sampled_from(_FRAGMENTS + names[:40]), st.text(_NAME_CHARS, max_size=3))
    text = "".join(data.draw(st.lists(pieces, max_size=40)))
    size = data.draw(st.sampled_from([1, 7, 16, 64, prefilter_module._SLICE]))
    with mock.patch.object(prefilter_module, "_SLICE", size):
        assert ctx.prefilter._found(text.encode()) is bool(plain.search(text.encode())), text


# -- the API gate: `openai` counts only with a word an API finding spells -------------------


def test_the_gate_knows_every_word_detection_reads():
    """Detection's vocabulary of legacy APIs is the gate's: a word missing here would let the
    prefilter drop a file with a finding."""
    from gptmigrate import detect

    words = set(OPENAI_MODULE_WORDS) | set(OPENAI_OWNER_WORDS)
    assert set(detect.V0_RESOURCES) | set(detect.REMOVED_HELPERS) | {"error"} <= words
    assert set(detect.V0_SETTING_READS) <= words  # reads of settings 1.0 lacks
    assert set(detect._LEGACY_RESOURCE_WORDS) | set(detect._GUESSED_V0_RESOURCES) <= set(
        OPENAI_OWNER_WORDS)
    heads = {w for w in detect.V1_RESOURCES if detect.classify_call(f"openai.OpenAI().{w}.create")
             or detect.classify_call(f"openai.OpenAI().beta.{w}.create")}
    assert heads <= set(OPENAI_OWNER_WORDS)
    for word in words:  # and every word is one detection reads
        assert (detect.classify_call(f"openai.{word}.create")
                or detect.classify_call(f"openai.OpenAI().{word}.create")
                or detect.classify_call(f"openai.OpenAI().beta.{word}.create")
                or detect.classify_reference(f"openai.{word}.x")
                or detect.classify_reference(f"openai.{word}")
                or word in detect.V0_SETTING_READS), word


def test_no_gate_module_can_hide_another(ctx):
    """The gates' modules are found by a leftmost-first search, which reports no match that
    overlaps an earlier one: no module may contain another, or end with another's start."""
    modules = [gate.module for gate in ctx.prefilter.gates]
    for first in modules:
        for second in modules:
            if first == second:
                continue
            assert second not in first
            assert not any(first.endswith(second[:k]) for k in range(1, len(second)))


def test_the_provider_gates_know_every_word_detection_reads():
    from gptmigrate import providers
    from gptmigrate.matching import PROVIDER_MODULE_GATES as MODULE
    from gptmigrate.matching import PROVIDER_WORD_GATES as WORD

    assert set(providers.ANTHROPIC_OLD_METHODS) | {"completions"} | set(
        providers.PROMPT_CONSTANTS) <= set(WORD["anthropic"])
    assert {name.split(".")[-1] for name in providers.LANGCHAIN_COMPLETION_LLMS} <= set(
        WORD["langchain"])
    assert set(providers._LANGCHAIN_OLD_TOP) | set(providers._LANGCHAIN_KEPT) | {"llms"} | set(
        providers.LANGCHAIN_REMOVED_MODULES) <= set(MODULE["langchain"])
    assert set(providers.VERTEX_MODULES) | {"preview"} <= set(MODULE["vertexai"])
    assert {name.split(".")[-1] for name in providers.LLAMA_INDEX_OPENAI} <= set(
        WORD["llama_index"])
    assert {name.split(".")[-1] for name in providers.LLAMA_INDEX_MOVED} <= set(
        WORD["llama_index"])
    assert set(MODULE) | set(WORD) <= set(providers.MARKERS)


@pytest.mark.parametrize("source", [
    "import anthropic\nclient = anthropic.Anthropic()\nclient.completions.create(prompt='x')\n",
    "import anthropic\nc = anthropic.Client('k')\nc.completion(prompt='x')\n",
    "from anthropic import HUMAN_PROMPT\n",
    "from langchain.llms import OpenAI\n",
    "from langchain_openai import (\n    ChatOpenAI,\n    OpenAI,\n)\nllm = OpenAI()\n",
    "import langchain\nllm = langchain.llms.OpenAI()\n",
    "from langchain.chat_models import ChatOpenAI\n",
    "from langchain import LLMChain\n",
    "from langchain.schema import HumanMessage\n",
    "import langchain as lc\nlc.llms.OpenAI()\n",
    "from vertexai.generative_models import GenerativeModel\n",
    "from vertexai import (\n    language_models,\n)\n",
    "import vertexai.preview.generative_models as gm\n",
])
def test_the_provider_gates_pass_their_findings(prefilter: Prefilter, source: str):
    findings = check_source(source, make_context())
    assert any(f.code.startswith(("GM1", "GM2")) for f in findings), findings
    assert prefilter.accepts(source.encode())
    assert prefilter.accepts(_notebook(source))


@pytest.mark.parametrize("source", [
    "import anthropic\nclient = anthropic.Anthropic()\nclient.messages.create(max_tokens=9)\n",
    "from langchain_core.prompts import ChatPromptTemplate\nprompt = ChatPromptTemplate()\n",
    "from llama_index.core import VectorStoreIndex\n",
    "from langchain_community.embeddings import FakeEmbeddings\nfrom langchain_core.language_models"
    ".llms import LLM\n",
    "from google import genai\nclient = genai.Client(vertexai=True)\n",
])
def test_the_provider_gates_reject_current_code(prefilter: Prefilter, source: str):
    assert check_source(source, make_context()) == []
    assert not prefilter.accepts(source.encode())


# Legacy uses spelled every way Python allows between the parts of a name, as .py source.
LEGACY_SPELLINGS = [
    "import openai\nopenai.Completion.create(prompt='x')\n",
    "import openai as oa\noa.ChatCompletion.create(messages=[])\n",
    "import openai as \\\n    oa\noa.Embedding.create(input='x')\n",
    "import openai\nopenai . Edit . create()\n",
    "import openai\nopenai.\\\nModeration.create(input='x')\n",
    "import openai\nx = (openai\n     .Image.create(prompt='x'))\n",
    "import openai\nx = (openai  # the module\n     .File.list())\n",
    "import openai\nx = (openai.  # the module\n     Engine.list())\n",
    "import openai\nx = (openai).Model.list()\n",
    "from openai import Completion\nCompletion.create(prompt='x')\n",
    "from openai import Completion as C\nC.create(prompt='x')\n",
    "from openai import (\n    OpenAI,\n    # legacy\n    Completion,\n)\nCompletion.create()\n",
    "from openai import \\\n    FineTune\nFineTune.create(training_file='x')\n",
    "from openai import error\n",
    "from openai.error import RateLimitError\n",
    "import openai.error\n",
    "import openai\ntry:\n    pass\nexcept openai.error.RateLimitError:\n    pass\n",
    "from openai.embeddings_utils import cosine_similarity\n",
    "from openai import OpenAI\nclient = OpenAI()\nclient.completions.create(prompt='x')\n",
    "import openai\n\n\nclass Bot:\n    def __init__(self):\n        self.lib = openai\n\n"
    "    def run(self):\n        return self.lib.Image.create(prompt='x')\n",
    "import openai\n\n\ndef ask(api):\n    return api.ChatCompletion.create(messages=[])\n",
    "from app.llm import openai\nopenai.Completion.create(prompt='x')\n",
    "import openai\nx = (client.\n     completions.create(prompt='x'))\n",
    "import openai\nx = (client.  # legacy\n     completions.create(prompt='x'))\n",
    "from openai import OpenAI\nchat = OpenAI()\nchat.completions.create(prompt='x')\n",
    "from openai import OpenAI\n\n\nclass Bot:\n    def __init__(self):\n"
    "        self.chat = OpenAI()\n\n    def run(self):\n"
    "        return self.chat.completions.create(prompt='x')\n",
    "from openai import OpenAI\n\n\ndef run(chat: OpenAI):\n"
    "    return chat.completions.create(prompt='x')\n",
    "from openai import OpenAI\nclient = OpenAI()\nclient.beta.assistants.create()\n",
    "from openai import OpenAI\nclient = OpenAI()\nclient.beta.threads.runs.create()\n",
    "from openai import OpenAI\nclient = OpenAI()\nclient.edits.create()\n",
    "import openai\nopenai.completions.create(prompt='x')\n",
    "from openai import completions\ncompletions.create(prompt='x')\n",
]


def _notebook(source: str) -> bytes:
    cell = {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
            "source": source.splitlines(keepends=True)}
    return json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5},
                      indent=1).encode()


@pytest.mark.parametrize("source", LEGACY_SPELLINGS)
def test_the_gate_passes_every_spelling_of_a_legacy_use(prefilter: Prefilter, source: str):
    findings = check_source(source, make_context())
    assert any(f.code.startswith(("GM1", "GM2")) for f in findings), findings
    assert prefilter.accepts(source.encode())
    assert prefilter.accepts(source.replace("\n", "\r\n").encode())
    notebook = _notebook(source)
    result = process_notebook("n.ipynb", notebook, make_context(), "check", False, check_source)
    assert [f.code for f in result.findings] == [f.code for f in findings]
    assert prefilter.accepts(notebook)


@pytest.mark.parametrize("source", [
    "from openai import OpenAI\nclient = OpenAI()\nclient.chat.completions.create(model=m)\n",
    "import openai\nclient = openai.AsyncOpenAI()\nawait client.chat.completions.create()\n",
    "from openai.types import Model, FileObject\nlogger.error('openai failed')\n",
    "import openai\nx: openai.types.Model = load()\nraise Error(openai.APIError)\n",
    "from openai import OpenAI\nfrom .client import Completion\nCompletion.create()\n",
    "import openai\nfrom other import error\n",
    "import openai\nchat_history = []\nclient.chat.completions.create()\n",
])
def test_the_gate_rejects_the_current_api(prefilter: Prefilter, source: str):
    assert check_source(source, make_context()) == []
    assert not prefilter.accepts(source.encode())
    assert not prefilter.accepts(_notebook(source))


_GATE_PARTS = {
    "import": ["import openai", "import openai as oa", "import openai as ai",
               "from openai import OpenAI", "from openai import Completion",
               "from openai import (OpenAI,\n    error)", "from openai import Model as M",
               "from openai import completions", "import openai.error", "import os"],
    "base": ["openai", "oa", "ai", "client", "self.client", "chat", "client.chat", "M", "x",
             "(openai)", "openai.types", "completions", "Completion", "self.api", "api"],
    "gap": ["", " ", "\\\n", "\n    ", "  # note\n    "],
    "word": ["Completion", "ChatCompletion", "Model", "error", "completions", "chat", "threads",
             "beta.assistants", "responses", "embeddings", "create", "RateLimitError", "File",
             "Image", "embeddings_utils"],
    "binding": ["", "client = OpenAI()", "chat = client", "client = openai.OpenAI()",
                "self.chat = OpenAI()", "chat_log = []", "x = openai", "self.api = oa",
                "x == openai", "from app import openai"],
}


@hsettings(max_examples=400, deadline=None)
@given(data=st.data())
def test_no_api_finding_behind_a_closed_gate(data):
    """Random modules made of imports, bindings and calls written with every gap Python allows
    (parenthesized, so newlines and comments may stand between the parts): a module with a
    finding always passes the prefilter, as .py source and as a notebook."""
    draw = lambda kind: data.draw(st.sampled_from(_GATE_PARTS[kind]))  # noqa: E731
    lines = [draw("import") for _ in range(data.draw(st.integers(1, 3)))]
    lines.append(draw("binding"))
    for _ in range(data.draw(st.integers(1, 3))):
        lines.append(f"x = ({draw('base')}{draw('gap')}.{draw('gap')}{draw('word')}.create())")
    source = "\n".join(lines) + "\n"
    ctx = make_context()
    try:
        findings = check_source(source, ctx)
    except SyntaxError:
        return
    if findings:
        assert ctx.prefilter.accepts(source.encode()), source
        assert ctx.prefilter.accepts(_notebook(source)), source


# The other SDKs' gates also need an import of the SDK (detection resolves their names only
# through one): every way Python spells it.
PROVIDER_IMPORT_SPELLINGS = [
    "import os, anthropic\nc = anthropic.Anthropic()\n"
    "c.completions.create(prompt='x', max_tokens_to_sample=5)\n",
    "from anthropic import (\n    Anthropic,\n    HUMAN_PROMPT,\n)\nprint(HUMAN_PROMPT)\n",
    "import \\\n    anthropic\nanthropic.Anthropic().completions.create(prompt='x')\n",
    "x = 1; import langchain.llms as llms\nllms.OpenAI()\n",
    "from \\\n    langchain.llms import OpenAI\nOpenAI()\n",
    "def f():\n    from llama_index.llms import OpenAI\n    return OpenAI(model='x')\n",
    "import vertexai.preview.generative_models as gm\n",
    "from vertexai import generative_models\n",
]


@pytest.mark.parametrize("source", PROVIDER_IMPORT_SPELLINGS)
def test_the_provider_gates_read_every_spelling_of_the_import(prefilter: Prefilter,
                                                              source: str):
    assert check_source(source, make_context()), source
    assert prefilter.accepts(source.encode()) and prefilter.accepts(_notebook(source))


def test_a_provider_word_without_the_sdk_imported_is_not_a_candidate(prefilter: Prefilter):
    """litellm and its like spell `anthropic` and `.completion(` without importing the SDK."""
    source = "import litellm\n\nPROVIDER = 'anthropic'\nlitellm.completion(model=PROVIDER)\n"
    assert check_source(source, make_context()) == []
    assert not prefilter.accepts(source.encode())


def test_fixture_files_with_findings_all_pass_the_prefilter(ctx):
    for case in sorted(FIXTURES.glob("*/*.py")):
        text = case.read_text(encoding="utf-8")
        try:
            found = check_source(text, make_context(as_of=TODAY))
        except Exception:  # noqa: BLE001 - unparsable fixtures have no findings to lose
            continue
        if found:
            assert ctx.prefilter.accepts(case.read_bytes()), case


# -- workers ----------------------------------------------------------------------------------


def test_a_file_that_breaks_the_engine_is_an_error_not_a_crash(tmp_path: Path, ctx, monkeypatch):
    for index in range(6):
        (tmp_path / f"m{index}.py").write_text('MODEL = "text-davinci-003"\n', encoding="utf-8")
    real = engine.process_file

    def flaky(path, *args, **kwargs):
        if path.endswith("m3.py"):
            raise RuntimeError("boom\nsecond line")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(engine, "process_file", flaky)
    for jobs, batch_from in ((1, 1), (2, 1000), (2, 1)):
        monkeypatch.setattr(engine, "SCREEN_PARALLEL_MIN_FILES", batch_from)
        results = run([str(tmp_path)], ctx, Mode.CHECK, jobs=jobs)
        assert [Path(r.path).name for r in results] == [f"m{i}.py" for i in range(6)]
        broken = [r for r in results if r.errors]
        assert [Path(r.path).name for r in broken] == ["m3.py"]
        assert broken[0].errors[0].message == "internal error: RuntimeError: boom"
        assert all(r.findings for r in results if not r.errors)


def test_a_worker_that_dies_costs_its_files_not_the_run(tmp_path: Path, ctx, monkeypatch):
    import os

    for index in range(8):
        (tmp_path / f"m{index}.py").write_text('MODEL = "text-davinci-003"\n', encoding="utf-8")
    real = engine.process_file

    def fatal(path, *args, **kwargs):
        if path.endswith("m5.py") and os.getpid() != parent:
            os._exit(3)  # as a segfault in a native parser would
        return real(path, *args, **kwargs)

    parent = os.getpid()
    monkeypatch.setattr(engine, "process_file", fatal)
    monkeypatch.setattr(engine, "SCREEN_PARALLEL_MIN_FILES", 2)
    results = run([str(tmp_path)], ctx, Mode.CHECK, jobs=2)
    assert [Path(r.path).name for r in results] == [f"m{i}.py" for i in range(8)]
    lost = {Path(r.path).name for r in results if r.errors}
    assert "m5.py" in lost
    assert all("worker process stopped" in r.errors[0].message for r in results if r.errors)
    assert all(r.findings for r in results if not r.errors)


def test_an_interrupted_run_stops_the_workers_at_their_next_file(tmp_path: Path, ctx,
                                                                 monkeypatch):
    """Ctrl-C reaches the parent while workers are in their batches: each finishes the file at
    hand and leaves the rest of its batch, instead of the parent waiting for whole batches."""
    import time

    for index in range(40):
        plain = index < 20  # the first batch is rejected at once, the second is slow to parse
        source = "x = 1\n" if plain else 'MODEL = "text-davinci-003"\n'
        (tmp_path / f"m{index:02d}.py").write_text(source, encoding="utf-8")
    log = tmp_path / "parsed.log"
    real = engine.process_file

    def slow(path, *args, **kwargs):
        with open(log, "a", encoding="utf-8") as out:
            out.write(path + "\n")
        time.sleep(0.05)
        return real(path, *args, **kwargs)

    def interrupt(done: int, total: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(engine, "process_file", slow)
    monkeypatch.setattr(engine, "SCREEN_PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(engine, "BATCH_FILES", 20)  # two batches of 20 files
    with pytest.raises(KeyboardInterrupt):
        run([str(tmp_path)], ctx, Mode.CHECK, jobs=2, progress=interrupt)
    parsed = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    assert len(parsed) < 10, parsed  # without the stop, the pool waits for all 20


def test_few_candidates_use_no_workers(tmp_path: Path, ctx, monkeypatch):
    pools = []
    real = engine._parse_in_workers
    monkeypatch.setattr(engine, "_parse_in_workers",
                        lambda pending, *args: pools.append((len(pending), args[3])) or
                        real(pending, *args))
    minimum = engine.PARALLEL_MIN_FILES
    for index in range(minimum + 1):
        (tmp_path / f"m{index}.py").write_text('MODEL = "text-davinci-003"\n', encoding="utf-8")
    few = [str(tmp_path / f"m{index}.py") for index in range(minimum - 1)]
    assert len(run(few, ctx, Mode.CHECK, jobs=8)) == minimum - 1
    assert pools == []
    assert len(run([str(tmp_path)], ctx, Mode.CHECK, jobs=1)) == minimum + 1
    assert pools == []
    assert len(run([str(tmp_path)], ctx, Mode.CHECK, jobs=3)) == minimum + 1
    assert pools == [(minimum + 1, 3)]  # (candidates, workers)


# -- the cache --------------------------------------------------------------------------------


def _scan_with_cache(paths, ctx, folder: Path):
    cache = ResultCache(folder, ctx.settings)
    return run([str(p) for p in paths], ctx, Mode.CHECK, jobs=1, cache=cache), cache


def test_cache_follows_content_settings_and_tables(tmp_path: Path):
    source = tmp_path / "app.py"
    source.write_text('MODEL = "text-davinci-003"\n', encoding="utf-8")
    folder = tmp_path / "cache"
    ctx = make_context()
    first, cache = _scan_with_cache([source], ctx, folder)
    assert cache.stores == 1 and first[0].findings[0].model == "text-davinci-003"
    _, cache = _scan_with_cache([source], ctx, folder)
    assert cache.hits == 1

    source.write_text('MODEL = "gpt-3.5-turbo"\n', encoding="utf-8")
    changed, cache = _scan_with_cache([source], ctx, folder)
    assert cache.hits == 0 and changed[0].findings[0].model == "gpt-3.5-turbo"

    earlier = make_context(as_of=TODAY.replace(year=2023))
    assert fingerprint(earlier.settings) != fingerprint(ctx.settings)
    past, cache = _scan_with_cache([source], earlier, folder)
    assert cache.hits == 0 and past == run([str(source)], earlier, Mode.CHECK, jobs=1)

    table = tmp_path / "extra.yaml"
    table.write_text("version: 1\nchecked: 2026-11-23\n", encoding="utf-8")
    with_table = make_context(tables=(str(table),))
    before = fingerprint(with_table.settings)
    table.write_text("version: 1\nchecked: 2026-11-22\n", encoding="utf-8")
    assert fingerprint(with_table.settings) != before


def test_fingerprint_reads_every_module_of_the_package(ctx, monkeypatch):
    """A change in a subpackage (migrations/) must invalidate cached results too."""
    import gptmigrate
    import gptmigrate.cache as cache_module

    read = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or real(self))
    cache_module.fingerprint(ctx.settings)
    package = Path(gptmigrate.__file__).resolve().parent
    assert set(package.rglob("*.py")) <= set(read)
    assert package / "migrations" / "base.py" in read


def test_broken_cache_entry_is_a_miss(tmp_path: Path, ctx):
    source = tmp_path / "app.py"
    source.write_text('MODEL = "text-davinci-003"\n', encoding="utf-8")
    fresh, _ = _scan_with_cache([source], ctx, tmp_path / "cache")
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text('{"findings": [{"@type": "os.system"}]}', encoding="utf-8")
    again, cache = _scan_with_cache([source], ctx, tmp_path / "cache")
    assert cache.hits == 0 and again == fresh


def test_cache_stores_no_errors_and_nothing_outside_check_mode(tmp_path: Path, ctx):
    (tmp_path / "broken.py").write_text('MODEL = "text-davinci-003"\ndef (\n', encoding="utf-8")
    _, cache = _scan_with_cache([tmp_path / "broken.py"], ctx, tmp_path / "cache")
    assert cache.stores == 0
    good = tmp_path / "good.py"
    good.write_text('MODEL = "text-davinci-003"\n', encoding="utf-8")
    cache = ResultCache(tmp_path / "cache2", ctx.settings)
    run([str(good)], ctx, Mode.DIFF, jobs=1, cache=cache)
    assert cache.stores == 0 and not (tmp_path / "cache2").exists()


def test_cli_cache_options(tmp_path: Path, monkeypatch):
    project = tmp_path / "project"
    project.mkdir()
    (project / "app.py").write_text('MODEL = "text-davinci-003"\n', encoding="utf-8")
    monkeypatch.chdir(project)
    monkeypatch.delenv("GPTMIGRATE_CACHE_DIR", raising=False)
    pinned = ["--isolated", "--as-of", TODAY.isoformat(), "--format", "json"]
    runner = CliRunner()

    plain = runner.invoke(main, ["scan", "app.py", "--no-cache", *pinned])
    assert plain.exit_code == 1 and not (project / ".gptmigrate_cache").exists()
    default = runner.invoke(main, ["scan", "app.py", "-j", "1", *pinned])
    assert (project / ".gptmigrate_cache" / "CACHEDIR.TAG").is_file()
    assert (project / ".gptmigrate_cache" / ".gitignore").read_text(encoding="utf-8").endswith("*\n")
    elsewhere = runner.invoke(main, ["scan", "app.py", *pinned],
                              env={"GPTMIGRATE_CACHE_DIR": str(tmp_path / "env-cache")})
    assert list((tmp_path / "env-cache").rglob("*.json"))
    warm = runner.invoke(main, ["scan", "app.py", "--cache-dir", str(tmp_path / "env-cache"),
                                *pinned])
    outputs = {json.dumps(json.loads(r.output)["findings"]) for r in (plain, default, elsewhere, warm)}
    assert len(outputs) == 1 and json.loads(plain.output)["findings"]


def test_unused_suppressions_reach_the_parser_when_gm901_is_selected(tmp_path: Path):
    """GM901 reports a comment in a file that names no model: the prefilter must let it in."""
    source = tmp_path / "quiet.py"
    source.write_text("x = 1  # gptmigrate: ignore[GM001]\n", encoding="utf-8")
    ctx = make_context(select=("GM", "GM901"))
    assert ctx.prefilter.accepts(source.read_bytes())
    results = run([str(source)], ctx, Mode.CHECK, jobs=1)
    assert [f.code for f in results[0].findings] == ["GM901"]
    assert not make_context().prefilter.accepts(source.read_bytes())


def test_only_a_rewrite_imports_libcst(tmp_path: Path):
    """libcst costs ~0.2 s to import and ~30x an `ast` parse to run: a tree whose files all fail
    the prefilter, or whose findings are all model names, must not pay it."""
    import subprocess
    import sys

    (tmp_path / "plain.py").write_text("def add(a, b):\n    return a + b\n")
    probe = (
        "import sys\n"
        "from gptmigrate.cli import main\n"
        "try:\n"
        f"    main(['scan', {str(tmp_path)!r}, '--isolated', '--no-cache', '-q'])\n"
        "except SystemExit as exit:\n"
        "    assert exit.code == 0, exit.code\n"
        "print('libcst' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "False"

    (tmp_path / "legacy.py").write_text('MODEL = "text-davinci-003"\n')
    found = probe.replace("exit.code == 0", "exit.code == 1")
    done = subprocess.run([sys.executable, "-c", found], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "False"  # a model finding: detected with `ast`

    (tmp_path / "call.py").write_text('import openai\nopenai.Completion.create(prompt="x")\n')
    done = subprocess.run([sys.executable, "-c", found], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "True"  # a rewrite to plan: the probe sees libcst


# -- reading ----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 65_537])
def test_read_source_reads_exactly_the_file(tmp_path: Path, size: int):
    source = tmp_path / "m.py"
    source.write_bytes(bytes(range(256)) * (size // 256) + b"x" * (size % 256))
    assert read_source(str(source), None) == source.read_bytes()
    assert read_source(source, size or 1) == source.read_bytes()
    if size > 1:  # a limit of 0 means none
        with pytest.raises(TooLarge):
            read_source(source, size - 1)


@pytest.mark.parametrize("stated", [0, 10, 99_999])
def test_read_source_sees_a_file_that_grew_after_the_stat(tmp_path: Path, monkeypatch,
                                                           stated: int):
    """The read asks for the size the stat gave: bytes written after it are still read, and
    still held to the limit."""
    import os

    source = tmp_path / "m.py"
    source.write_bytes(b"y" * 100_000)
    real_stat = os.stat

    def shrunk(path, *args, **kwargs):
        info = real_stat(path, *args, **kwargs)
        fields = list(info)
        fields[6] = stated  # st_size
        return os.stat_result(fields)

    monkeypatch.setattr(os, "stat", shrunk)
    assert read_source(source, None) == b"y" * 100_000
    assert read_source(source, 100_000) == b"y" * 100_000
    with pytest.raises(TooLarge):
        read_source(source, 99_999)


def test_read_source_makes_one_read_when_the_file_is_as_stated(tmp_path: Path, monkeypatch):
    """No second read just to see the end of a file that holds what its stat said; a system
    that hands out less per read still gets asked until the end."""
    import os

    source = tmp_path / "m.py"
    source.write_bytes(b"z" * 10_000)
    real_read = os.read
    calls = []

    def counted(descriptor, size):
        calls.append(size)
        return real_read(descriptor, size)

    monkeypatch.setattr(os, "read", counted)
    assert read_source(source, None) == b"z" * 10_000 and calls == [10_001]
    calls.clear()
    monkeypatch.setattr(os, "read", lambda descriptor, size: counted(descriptor, min(size, 3000)))
    assert read_source(source, None) == b"z" * 10_000 and len(calls) == 5  # 4 short, 1 empty


def test_batches_start_small_and_double_each_round(monkeypatch):
    """A small tree still gives every worker several batches; a large one is sent in batches
    of BATCH_FILES, which cost less to send and collect."""
    assert [engine._batch_size(sent, 2) for sent in range(10)] == [
        32, 32, 64, 64, 128, 128, 256, 256, 256, 256]
    assert [engine._batch_size(sent, 3) for sent in range(4)] == [32, 32, 32, 64]
    assert engine._batch_size(10 ** 6, 2) == engine.BATCH_FILES
    monkeypatch.setattr(engine, "BATCH_FILES", 20)
    assert engine._batch_size(0, 2) == 20
