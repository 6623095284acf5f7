"""The public call classification the API rewrites reuse (classify_call, detect().calls)."""

from __future__ import annotations

import pytest

from gptmigrate.detect import (REMOVED_HELPERS, LineIndex, classify_call, classify_reference,
                               detect, parse)


@pytest.mark.parametrize("name, code, sdk, resource, method", [
    ("openai.Completion.create", "GM101", "v0", "Completion", "create"),
    ("openai.Completion.acreate", "GM101", "v0", "Completion", "acreate"),
    ("openai.Edit.create", "GM102", "v0", "Edit", "create"),
    ("openai.ChatCompletion.acreate", "GM201", "v0", "ChatCompletion", "acreate"),
    ("openai.FineTune.list_events", "GM104", "v0", "FineTune", "list_events"),
    ("openai.Engine.list", "GM105", "v0", "Engine", "list"),
    ("openai.OpenAI().completions.create", "GM101", "v1", "completions", "create"),
    ("openai.completions.create", "GM101", "v1", "completions", "create"),
    ("openai.OpenAI().edits.create", "GM102", "v1", "edits", "create"),
    ("openai.OpenAI().beta.threads.runs.create", "GM103", "v1", "beta.threads.runs", "create"),
    ("openai.OpenAI().fine_tunes.list", "GM104", "v1", "fine_tunes", "list"),
])
def test_classify_call(name, code, sdk, resource, method):
    legacy = classify_call(name)
    assert legacy is not None
    got = (legacy.code, legacy.sdk, legacy.resource, legacy.method)
    assert got == (code, sdk, resource, method)


@pytest.mark.parametrize("name", [
    "openai.OpenAI().chat.completions.create", "openai.OpenAI().responses.create",
    "anthropic.Anthropic().messages.create", "other().completions.create", "openai.OpenAI",
    "openai.Completion",
])
def test_current_or_foreign_calls_are_not_legacy(name):
    assert classify_call(name) is None


def test_async_variant_is_marked():
    assert classify_call("openai.ChatCompletion.acreate").is_async
    assert not classify_call("openai.ChatCompletion.create").is_async


def test_reference_classification():
    assert classify_reference("openai.error.RateLimitError") == "GM202"
    assert classify_reference("openai.embeddings_utils.get_embedding") == "GM204"
    assert classify_reference("openai.RateLimitError") is None


def test_detection_resolves_aliases_and_stored_references(ctx):
    text = (
        "import openai as oa\n"
        "from openai import OpenAI\n"
        "runner = oa.Completion\n"
        "runner.create(prompt='x')\n"
        "client = OpenAI()\n"
        "client.chat.completions.create(messages=[])\n"
        "client.edits.create(input='x')\n"
        "café = 1; client.édits = oa.Edit; client.édits.create(input='x')\n"
    )
    index = LineIndex(text)
    found = [(text[index.offset(span[0], span[1] - 1):index.offset(span[2], span[3] - 1)],
              legacy.code, legacy.target)
             for span, legacy in sorted(detect(parse(text), text, ctx.options).calls.items())]
    assert found == [
        ("runner.create", "GM101", "openai.Completion.create"),
        ("client.edits.create", "GM102", "openai.OpenAI().edits.create"),
        # ast counts columns in UTF-8 bytes; spans count characters, as editors do
        ("client.édits.create", "GM102", "openai.Edit.create"),
    ]


def _calls(text: str, ctx):
    index = LineIndex(text)
    return [(text[index.offset(span[0], span[1] - 1):index.offset(span[2], span[3] - 1)],
             legacy.target, legacy.guessed)
            for span, legacy in sorted(detect(parse(text), text, ctx.options).calls.items())]


def test_openai_reached_through_a_class_a_parameter_an_object_or_a_re_export(ctx):
    text = (
        "import openai as ai\n"
        "from app.llm import openai as shared\n"
        "from app import llm\n"
        "class Bot:\n"
        "    import openai\n"
        "    def ask(self):\n"
        "        return self.openai.ChatCompletion.create(messages=[])\n"
        "def complete(openai):\n"
        "    return openai.Completion.create(prompt='x')\n"
        "def embed(api):\n"
        "    return api.Embedding.create(input='x')\n"
        "class Holder:\n"
        "    def __init__(self):\n"
        "        self.lib = ai\n"
        "    def run(self):\n"
        "        return self.lib.Edit.create(input='x')\n"
        "ai.Completion.create(prompt='x')\n"
        "shared.ChatCompletion.create(messages=[])\n"
        "llm.openai.Moderation.create(input='x')\n"
    )
    assert _calls(text, ctx) == [
        ("self.openai.ChatCompletion.create", "openai.ChatCompletion.create", True),
        ("openai.Completion.create", "openai.Completion.create", True),
        ("api.Embedding.create", "openai.Embedding.create", True),
        ("self.lib.Edit.create", "openai.Edit.create", True),
        ("ai.Completion.create", "openai.Completion.create", False),
        ("shared.ChatCompletion.create", "openai.ChatCompletion.create", False),
        ("llm.openai.Moderation.create", "openai.Moderation.create", False),
    ]


@pytest.mark.parametrize("text", [
    # an imported module's own resource; another SDK in the module; too common to guess
    "import openai\nimport jobs\njobs.Completion.create(task='x')\n",
    "import openai\nimport anthropic\ndef f(api):\n    return api.Completion.create(prompt='x')\n",
    "import openai\ndef f(db):\n    return db.Model.create(name='x')\n",
    "def f(api):\n    return api.Completion.create(prompt='x')\n",  # no openai import
    "from langchain import openai\nopenai.OpenAI(model='x').completions.create(prompt='x')\n",
    # a library's own module named openai, not a re-export of the SDK
    "from gptcache.adapter import openai\nopenai.ChatCompletion.create(messages=[])\n",
    "import promptlayer\npromptlayer.openai.Completion.create(prompt='x')\n",
])
def test_lookalikes_of_the_indirect_shapes_are_not_openai(ctx, text):
    assert _calls(text, ctx) == []


def test_calls_reaching_openai_indirectly_are_reported_not_rewritten(ctx):
    from gptmigrate.engine import fix_source

    text = ("import openai\n\n\nclass Bot:\n    def __init__(self, key):\n"
            "        self.lib = openai\n        self.lib.api_key = key\n\n"
            "    def ask(self, q):\n"
            "        r = self.lib.ChatCompletion.create(model='gpt-4o', messages=[])\n"
            "        return r['choices'][0]['message']['content']\n")
    fixed, findings, _ = fix_source(text, ctx, unsafe=True)
    assert fixed == text  # a new client would miss the key set through self.lib
    (finding,) = [f for f in findings if f.code == "GM201"]
    assert "reaches openai through a parameter or an attribute" in finding.message


@pytest.mark.parametrize("module", sorted(REMOVED_HELPERS))
def test_each_removed_helper_gets_its_own_instruction(ctx, module):
    text = f"from openai.{module} import thing\n"
    findings = detect(parse(text), text, ctx.options).findings
    assert [f.code for f in findings] == ["GM204"]
    assert findings[0].message.endswith(REMOVED_HELPERS[module])
    assert f"openai.{module} was removed" in findings[0].message
