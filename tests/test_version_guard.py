"""Which statements run only with openai-python < 1.0 (`version_guard.legacy_blocks`)."""

import ast
import textwrap
from typing import List, Tuple

import pytest

from gptmigrate.detect import QualifiedNames
from gptmigrate.version_guard import legacy_blocks


def _legacy_lines(source: str) -> List[Tuple[int, int]]:
    text = textwrap.dedent(source)
    tree = ast.parse(text)
    names = QualifiedNames(tree)
    return [(first.lineno, last.end_lineno or last.lineno) for first, last in
            legacy_blocks(tree, text, names.names, names.scope_of, names.module)]


@pytest.mark.parametrize("test", [
    "version.parse(openai.__version__) < version.parse('1.0.0')",
    "Version(openai.__version__) < Version('1')",
    "openai.__version__ < '1.0'",
    "openai.version.VERSION < '1'",
    "metadata.version('openai') < '1.0.0'",
    "importlib.metadata.version('openai').startswith('0.')",
    "pkg_resources.get_distribution('openai').version < '1'",
    "int(openai.__version__.split('.')[0]) == 0",
    "int(openai.__version__.split('.')[0]) < 1",
    "openai.__version__[0] == '0'",
    "version.parse(openai.__version__).major < 1",
    "not version.parse(openai.__version__) >= version.parse('1.0.0')",
    "openai.__version__.split('.')[0] in ('0',)",
    "openai.__version__ < '1' or openai.__version__ < '0.1'",
])
def test_a_branch_only_0x_takes(test: str) -> None:
    source = f"""\
        import importlib, importlib.metadata, pkg_resources
        from importlib import metadata
        from packaging import version
        from packaging.version import Version
        import openai
        if {test}:
            openai.ChatCompletion.create()
        else:
            openai.OpenAI().chat.completions.create()
        """
    assert _legacy_lines(source) == [(7, 7)]


@pytest.mark.parametrize("test", [
    "openai.__version__.startswith('1.')",  # 2.x and 3.x fail it too
    "openai.__version__ == '0.28.1'",  # other 0.x take the 1.x branch
    "version.parse(other.__version__) < version.parse('1.0.0')",
    "metadata.version('openai-whisper') < '1.0'",
    "legacy and openai.__version__ < '1'",  # legacy's value is not known
    "openai.__version__ < limit",
    "version.parse(openai.__version__) < '1.0.0'",  # a TypeError in the program, no branch
])
def test_no_version_check(test: str) -> None:
    source = f"""\
        from importlib import metadata
        from packaging import version
        import openai
        if {test}:
            openai.ChatCompletion.create()
        """
    assert _legacy_lines(source) == []


def test_the_1x_branch_first_and_a_flag() -> None:
    source = """\
        import openai
        IS_V1 = int(openai.__version__.split(".")[0]) >= 1

        def ask(q):
            if IS_V1:
                return openai.OpenAI().chat.completions.create()
            response = openai.ChatCompletion.create()
            return response["choices"][0]

        class Client:
            def embed(self):
                if not IS_V1:
                    return openai.Embedding.create()
                return openai.OpenAI().embeddings.create()
        """
    assert sorted(_legacy_lines(source)) == [(7, 8), (13, 13)]


def test_a_flag_assigned_twice_or_shadowed_is_no_check() -> None:
    source = """\
        import openai
        IS_V1 = openai.__version__ >= "1"
        IS_V1 = False

        def ask(q, OLD=openai.__version__ < "1"):
            OLD = q
            if IS_V1:
                return 1
            if OLD:
                return 2
        """
    assert _legacy_lines(source) == []


def test_an_alias_of_openai_and_a_module_without_any_check() -> None:
    aliased = """\
        import openai as oa
        if oa.__version__ < "1":
            oa.Completion.create()
        """
    assert _legacy_lines(aliased) == [(3, 3)]
    assert _legacy_lines("import openai\nopenai.Completion.create()\n") == []
