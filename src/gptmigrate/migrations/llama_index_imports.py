"""LlamaIndex's moved OpenAI integrations (GM214) -> their per-integration modules.

`from llama_index.llms import OpenAI` (llama-index 0.9) raises ImportError on llama-index-core
0.10+, where each integration is a package of its own (`llama_index.llms.openai`, from
llama-index-llms-openai). The per-integration module already existed in 0.9
(`llama_index/llms/openai.py`), so the new import runs on either generation: the fix rewrites
the statement into one import per module, aliases kept. An import that also names something
else (`ChatMessage`, which moved to `llama_index.core.llms`, a path 0.9 lacks) stays manual.
Unsafe: on llama-index-core the project must install the integration package, which the
description names. Fixtures: tests/fixtures/GM214-llama-index-moved-import.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import TYPE_CHECKING, Dict, List

from gptmigrate.providers import LLAMA_INDEX_MOVED
from gptmigrate.types import Finding, Fix, FixSafety

if TYPE_CHECKING:
    from gptmigrate.semantic import Semantics

CODE = "GM214"


def import_fix(sem: "Semantics", finding: Finding) -> Finding:
    """The fix of one GM214 finding on `from llama_index.llms import OpenAI`."""
    start = sem.index.offset(finding.start.line, finding.start.column - 1)
    statement = next((node for node in ast.walk(sem.tree) if isinstance(node, ast.ImportFrom)
                      and sem.span(node)[0] <= start < sem.span(node)[1]), None)
    if statement is None or statement.level or statement.module is None:
        return finding
    moved: Dict[str, List[str]] = {}
    for alias in statement.names:
        target = LLAMA_INDEX_MOVED.get(f"{statement.module}.{alias.name}")
        if target is None:
            return replace(finding, message=(
                f"{finding.message}. Not rewritten: the import also names {alias.name}, "
                f"which moved elsewhere (llama_index.core on llama-index-core); split the "
                f"import by hand"))
        spelled = alias.name if alias.asname is None else f"{alias.name} as {alias.asname}"
        moved.setdefault(target[0], []).append(spelled)
    first, last = sem.span(statement)
    if "#" in sem.text[first:last]:
        return replace(finding, message=f"{finding.message}. Not rewritten: the import holds "
                                        f"a comment; change its module by hand")
    line_start = sem.index.starts[statement.lineno - 1]
    indent = sem.text[line_start:first]
    newline = sem.newline
    lines = [f"from {module} import {', '.join(names)}" for module, names in moved.items()]
    packages = sorted({LLAMA_INDEX_MOVED[f"{statement.module}.{alias.name}"][1]
                       for alias in statement.names})
    description = (f"Import from {', '.join(moved)} (a path llama-index 0.9 has too; on "
                   f"llama-index-core add {', '.join(packages)} to the project's requirements)")
    fix = Fix(FixSafety.UNSAFE, (sem.edit(first, last, (newline + indent).join(lines)),),
              description)
    return replace(finding, fix_safety=FixSafety.UNSAFE, fix=fix)


__all__ = ["CODE", "import_fix"]
