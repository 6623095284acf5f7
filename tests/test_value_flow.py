"""Value flow inside a module: where a bound model literal is reported and where it is used."""

from __future__ import annotations

from pathlib import Path

from gptmigrate.engine import check_source

SOURCE = '''import openai

ENGINE = "davinci"
PAINTER = "davinci"


def run(prompt):
    return openai.Completion.create(
        engine=ENGINE,
        prompt=prompt,
    )
'''


def test_constant_is_reported_at_the_literal_with_its_use(ctx):
    findings = [f for f in check_source(SOURCE, ctx) if f.code == "GM001"]
    assert [(f.line, f.column, f.used_at) for f in findings] == [(3, 10, (9,))]
    assert "(used at line 9)" in findings[0].message


def test_ambiguous_name_reaching_a_model_argument_only_through_flow(ctx):
    text = 'import openai\nWHO = "curie"\nOTHER = "curie"\nopenai.Completion.create(model=WHO)\n'
    assert [(f.line, f.code) for f in check_source(text, ctx)] == [(2, "GM001"), (4, "GM101")]


def test_scopes_keep_clients_apart(ctx):
    text = (
        "import anthropic\nfrom openai import OpenAI\n\n"
        "def a():\n    client = anthropic.Anthropic()\n    client.completions.create(prompt='x')\n\n"
        "def b():\n    client = OpenAI()\n    client.completions.create(prompt='x')\n"
    )
    assert [(f.line, f.code) for f in check_source(text, ctx)] == [(10, "GM101")]


def test_sources_without_openai_skip_qualified_names_without_changing_findings(ctx):
    """Sources that never mention openai skip the pass that collects bindings: same findings."""
    from gptmigrate.detect import Detector, LineIndex, QualifiedNames, _NoQualifiedNames, parse

    corpus = Path(__file__).resolve().parent / "corpus"
    compared = 0
    for path in sorted(corpus.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "openai" in text:
            continue
        results = []
        for names in (QualifiedNames(parse(text)), _NoQualifiedNames()):
            detector = Detector(ctx.options, LineIndex(text), names)
            detector.run(parse(text))
            results.append(sorted((f.line, f.column, f.code) for f in detector.findings))
        assert results[0] == results[1] and results[0], path.name
        compared += 1
    assert compared >= 2
