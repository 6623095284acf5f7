"""fix.compiles: a long module compiled statement by statement gives whole-module verdicts."""

from __future__ import annotations

import ast

import pytest

from conftest import FIXTURES
from gptmigrate import fix
from gptmigrate.fix import compiles

FILLER = "".join(f"def f{i}(x):\n    return x + {i}\n" for i in range(fix.PIECEWISE_STATEMENTS))


def _whole(text: str, flags: int = 0) -> bool:
    try:
        compile(text, "<t>", "exec", flags, dont_inherit=True)
    except (SyntaxError, ValueError):
        return False
    return True


CASES = {
    "plain": "x = 1\n",
    "future first": '"""doc"""\nfrom __future__ import annotations\nx: undefined = 1\n',
    "future late": "x = 1\nfrom __future__ import annotations\n",
    "future unknown": "from __future__ import braces\n",
    "return outside": "return 1\n",
    "await outside": "await f()\n",
    "nonlocal at module level": "nonlocal x\n",
    "duplicate argument": "def f(a, a):\n    pass\n",
    "break outside loop": "break\n",
    "yield in class": "class C:\n    yield 1\n",
    "annotations future makes this fine": "from __future__ import annotations\n"
                                          "def f() -> (yield):\n    pass\n",
    "starred assignment": "*a = [1]\n",
    "syntax error": "def (:\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("where", ["start", "end"])
def test_piecewise_verdict_is_the_whole_module_verdict(name, where):
    case = CASES[name]
    text = case + FILLER if where == "start" else FILLER + case
    assert len(ast.parse(FILLER).body) >= fix.PIECEWISE_STATEMENTS
    assert compiles(text, "<t>") == _whole(text), text[:200]


def test_top_level_await_with_its_flag():
    text = FILLER + "await f()\n"
    flag = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    assert compiles(text, "<t>", flag) and _whole(text, flag)
    assert not compiles(text, "<t>")


def test_every_fixture_gets_the_whole_module_verdict():
    for path in sorted(FIXTURES.glob("*/*.py")):
        text = path.read_text(encoding="utf-8") * 3 + FILLER
        assert compiles(text, str(path)) == _whole(text), path
