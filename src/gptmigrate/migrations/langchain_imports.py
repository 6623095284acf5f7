"""Removed langchain import paths (GM213) -> langchain_openai, for the OpenAI classes.

`from langchain.chat_models import ChatOpenAI` (and `langchain.chat_models.openai`,
`langchain.embeddings`, `langchain.embeddings.openai`, their Azure twins) becomes
`from langchain_openai import ChatOpenAI`: langchain 1.0.0's wheel has no such names in those
modules, and langchain-openai's classes take the old constructor arguments (`model_name=`,
`openai_api_key=`, `openai_api_base=`, `request_timeout=` are field names or aliases there;
checked on langchain-openai 1.8.1). Only an import that names nothing but these classes is
rewritten; `OpenAI` (the Completions wrapper, GM112) and every other class stay manual. Unsafe:
the project must add langchain-openai to its requirements, which the description says.
Fixtures: tests/fixtures/GM213-langchain-removed-import.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import TYPE_CHECKING

from gptmigrate.types import Finding, Fix, FixSafety

if TYPE_CHECKING:
    from gptmigrate.semantic import Semantics

CODE = "GM213"
MODULES = frozenset({
    "langchain.chat_models", "langchain.chat_models.openai", "langchain.chat_models.azure_openai",
    "langchain.embeddings", "langchain.embeddings.openai", "langchain.embeddings.azure_openai",
})
CLASSES = frozenset({"ChatOpenAI", "AzureChatOpenAI", "OpenAIEmbeddings",
                     "AzureOpenAIEmbeddings"})


def import_fix(sem: "Semantics", finding: Finding) -> Finding:
    """The fix of one GM213 finding on `from <removed path> import <OpenAI classes>`."""
    start = sem.index.offset(finding.start.line, finding.start.column - 1)
    end = sem.index.offset(finding.end.line, finding.end.column - 1)
    statement = next((node for node in ast.walk(sem.tree) if isinstance(node, ast.ImportFrom)
                      and sem.span(node)[0] <= start < sem.span(node)[1]), None)
    if statement is None or statement.module not in MODULES or statement.level \
            or sem.text[start:end] != statement.module \
            or not all(alias.name in CLASSES for alias in statement.names):
        return finding
    fix = Fix(FixSafety.UNSAFE, (sem.edit(start, end, "langchain_openai"),),
              "Import from langchain_openai (add langchain-openai to the project's "
              "requirements)")
    return replace(finding, fix_safety=FixSafety.UNSAFE, fix=fix)


__all__ = ["CODE", "import_fix"]
