"""Reads of `openai.api_key`, `organization` and `api_base` (GM206) -> the environment.

openai<1 filled `openai.api_key` from OPENAI_API_KEY (`organization` from OPENAI_ORGANIZATION,
`api_base` from OPENAI_API_BASE) when it was imported; openai>=1's `api_key` and
`organization` stay None unless code sets them, so `if not openai.api_key: sys.exit(...)` stops
every run, and it has no `api_base` (AttributeError). Detection reports such a read where the
module never sets the setting (api_key and organization only in 0.x code); where no other
module of the project sets it either, the read becomes the environment lookup 0.28 made, so it
gives what it gave (`import os` is added before the module's first import when it lacks one). A
read at import before the module sets the setting for sure (`if not openai.api_key: openai.api_key
= ...`) becomes `(openai.api_key or os.environ.get("OPENAI_API_KEY"))`.
Fixtures: tests/fixtures/GM206-v0-module-setting.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import TYPE_CHECKING, List, Optional

from gptmigrate.detect import ENVIRONMENT_SETTINGS
from gptmigrate.types import Edit, Finding, Fix, FixSafety

if TYPE_CHECKING:
    from gptmigrate.rewrite import Planner

CODE = "GM206"
FIXTURES = ("GM206-v0-module-setting",)
# setting -> the expression a read of it becomes
READS = {name: f"os.environ.get(\"{variable}\")"
         for name, variable in ENVIRONMENT_SETTINGS.items()}
READS["api_base"] = "os.environ.get(\"OPENAI_API_BASE\", \"https://api.openai.com/v1\")"


def read_fix(planner: "Planner", finding: Finding) -> Finding:
    """The fix of a GM206 read of an environment setting; any other GM206 finding as it is."""
    sem = planner.sem
    read = _read_at(planner, finding)
    if read is None or planner.sdk.v0:
        return finding
    new = READS[read.attr]
    elsewhere = planner.settings_elsewhere().get(read.attr)
    if elsewhere is not None:
        return replace(finding, message=f"{finding.message}. Not rewritten: {elsewhere.name} "
                                        f"sets openai.{read.attr}; if it runs before this read, "
                                        f"read what it sets, else read {new}")
    base = read.value
    assert isinstance(base, ast.Name)
    scope = sem.scope_of(base).owner("os")
    sites = sem.sites((scope, "os"))
    if scope is not sem.names.module or not all(
            isinstance(site, ast.alias) and site.name == "os" and site.asname is None
            for site in sites):
        return replace(finding, message=f"{finding.message}. Not rewritten: the module binds "
                                        f"os to something else than the os module")
    edits: List[Edit] = []
    if not sites:
        before = next((statement for statement in sem.tree.body
                       if isinstance(statement, (ast.Import, ast.ImportFrom))
                       and not (isinstance(statement, ast.ImportFrom)
                                and statement.module == "__future__")), None)
        if before is None:
            return replace(finding, message=f"{finding.message}. Not rewritten: no import "
                                            f"statement at the module's top to put import os "
                                            f"beside")
        at = sem.index.starts[before.lineno - 1]
        edits.append(sem.edit(at, at, f"import os{sem.newline}"))
    quote = sem.free_quote(read)  # `f"{openai.api_key}"`: the lookup takes the other quote
    if quote is None:
        return replace(finding, message=f"{finding.message}. Not rewritten: the read stands "
                                        f"in f-strings that use both quotes: read {new} there "
                                        f"by hand")
    new = new.replace('"', quote)
    if any(setting.attribute == read.attr for setting in planner.facts.settings):
        # read before the module sets it for sure: what it set, else what 0.28 read
        new = f"({sem.source(read)} or {new})"
    start, end = sem.span(read)
    edits.append(sem.edit(start, end, new))
    return replace(finding, fix_safety=FixSafety.UNSAFE, fix=Fix(
        FixSafety.UNSAFE, tuple(edits),
        f"Read {new}, what openai<1 filled openai.{read.attr} with at import: "
        f"{planner.sdk.reason}"))


def _read_at(planner: "Planner", finding: Finding) -> Optional[ast.Attribute]:
    """The `openai.api_key` (`organization`, `api_base`) read the finding spans, if it is one."""
    sem = planner.sem
    for attribute in READS:
        for node in sem.openai_attributes(attribute):
            span = sem.finding_span(node)
            if isinstance(node.ctx, ast.Load) and (span[0], span[1]) == (
                    finding.start.line, finding.start.column) and isinstance(node.value, ast.Name):
                return node
    return None
