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
    assert [(f.line, f.code) for f in check_source(text, ctx)] == [(6, "GM110"), (10, "GM101")]


def test_sources_without_openai_skip_qualified_names_without_changing_findings(ctx):
    """Sources that never mention openai resolve no name to an import: same findings."""
    from gptmigrate.detect import Detector, LineIndex, QualifiedNames, _NoQualifiedNames, parse

    corpus = Path(__file__).resolve().parent / "corpus"
    compared = 0
    for path in sorted(corpus.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "openai" in text:
            continue
        results = []
        for kind in (QualifiedNames, _NoQualifiedNames):
            tree = parse(text)
            detector = Detector(ctx.options, LineIndex(text), kind(tree))
            detector.run(tree)
            results.append(sorted((f.line, f.column, f.code) for f in detector.findings))
        assert results[0] == results[1] and results[0], path.name
        compared += 1
    assert compared >= 2


# -- scopes: a name means the binding Python's rules give it ----------------------------------

def _models(text: str, ctx):
    """(line, used_at) of each model finding, the focus left off (every definition parsed)."""
    return [(f.line, f.used_at) for f in check_source(text, ctx, focused=False)
            if f.code == "GM001"]


def test_a_functions_own_name_is_not_another_functions_name(ctx):
    text = ('import openai\n\n'
            'def a():\n    model = "text-davinci-003"\n    print(model)\n\n'
            'def b(model):\n    return openai.Completion.create(model=model, prompt="x")\n')
    assert _models(text, ctx) == [(4, (5,))]


def test_a_local_shadows_the_module_constant_of_the_same_name(ctx):
    text = ('import openai\nMODEL = "text-davinci-003"\n\n'
            'def a():\n    return openai.Completion.create(model=MODEL, prompt="x")\n\n'
            'def b(config):\n    MODEL = config["model"]\n    return MODEL.upper()\n')
    assert _models(text, ctx) == [(2, (5,))]


# `CHOICE`, not a name hinting at a model: assigning "ada" to `ENGINE` would make it a finding
# wherever it stands.
AMBIGUOUS_LOCAL = '''import openai
CHOICE = "gpt-4o"

def configure():
    {declaration}CHOICE = "ada"

def run():
    return openai.Completion.create(engine=CHOICE, prompt="x")
'''


def test_a_global_declaration_binds_the_module_name(ctx):
    """An ambiguous name is a finding only where it reaches a model: through `global`, it does;
    as the function's own local (the no-op twin), it does not."""
    declared = AMBIGUOUS_LOCAL.format(declaration="global CHOICE\n    ")
    assert [line for line, _ in _models(declared, ctx)] == [6]
    assert _models(AMBIGUOUS_LOCAL.format(declaration=""), ctx) == []


def test_a_nonlocal_declaration_binds_the_enclosing_functions_name(ctx):
    text = ('import openai\n\n'
            'def run():\n    choice = "gpt-4o"\n\n'
            '    def pick():\n        {declaration}choice = "ada"\n\n'
            '    pick()\n    return openai.Completion.create(engine=choice, prompt="x")\n')
    assert [line for line, _ in _models(text.format(declaration="nonlocal choice\n        "),
                                        ctx)] == [8]
    assert _models(text.format(declaration=""), ctx) == []


def test_a_class_attribute_reaches_reads_through_self(ctx):
    text = ('import openai\n\nclass Bot:\n    ENGINE = "ada"\n\n'
            '    def run(self):\n'
            '        return openai.Completion.create(engine=self.ENGINE, prompt="x")\n')
    assert _models(text, ctx) == [(4, (7,))]


def test_a_default_is_read_in_the_enclosing_scope(ctx):
    """`def run(engine=ENGINE)`: ENGINE is the module's, though the walk is inside run."""
    text = ('import openai\nENGINE = "ada"\n\n'
            'def run(engine=ENGINE):\n'
            '    return openai.Completion.create(engine=engine, prompt="x")\n')
    assert [line for line, _ in _models(text, ctx)] == [2]
