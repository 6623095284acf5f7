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
from typing import TYPE_CHECKING, List, Set

from gptmigrate.types import Edit, Finding, Fix, FixSafety

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
    azure = _azure_through_openai(sem, {alias.asname or alias.name for alias in statement.names
                                        if not alias.name.startswith("Azure")})
    if azure:
        return replace(finding, message=f"{finding.message}. Not rewritten: {azure}")
    try:
        uses = _use_edits(sem, {alias.asname or alias.name for alias in statement.names
                                if alias.name in CHAT_CLASSES})
    except ValueError as exc:
        return replace(finding, message=f"{finding.message}. Not rewritten: {exc}")
    description = "Import from langchain_openai (add langchain-openai to the project's " \
                  "requirements)"
    if uses:
        description += ("; the chat model's predict(x) becomes invoke(x).content and its "
                        "calls invoke(...) (langchain-core 1.x has neither)")
    fix = Fix(FixSafety.UNSAFE, (sem.edit(start, end, "langchain_openai"), *uses), description)
    return replace(finding, fix_safety=FixSafety.UNSAFE, fix=fix)


def _azure_through_openai(sem: "Semantics", classes: Set[str]) -> str:
    """Why the OpenAI classes of this import run on Azure here, which langchain_openai's do
    not follow: old langchain read openai's module settings (`openai.api_type = "azure"`,
    openai.api_base) and took `engine=` / `deployment_name=`; langchain_openai's ChatOpenAI
    and OpenAIEmbeddings call OpenAI. Empty when nothing says Azure."""
    if not classes:
        return ""
    if sem.openai_attributes("api_type"):
        return ("the module sets or reads openai.api_type (Azure through openai's settings), "
                "which langchain_openai's classes ignore: import AzureChatOpenAI / "
                "AzureOpenAIEmbeddings from langchain_openai and pass azure_deployment=, "
                "azure_endpoint= and api_version=, then run again")
    for node in ast.walk(sem.tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in classes and any(
                    k.arg in ("engine", "deployment_id", "deployment_name")
                    for k in node.keywords):
            return (f"line {node.lineno} names an Azure deployment ({node.func.id}(engine=/"
                    f"deployment_name=...)), which langchain_openai's {node.func.id} does not "
                    f"take: use its Azure class with azure_deployment=, then run again")
    return ""


CHAT_CLASSES = frozenset({"ChatOpenAI", "AzureChatOpenAI"})
# What langchain-core 1.x removed from chat models: string in, string out, or a message.
TO_TEXT = frozenset({"predict"})
TO_MESSAGE = frozenset({"predict_messages", "call_as_llm"})
REMOVED = TO_TEXT | TO_MESSAGE | {"apredict", "apredict_messages"}


def _use_edits(sem: "Semantics", classes: Set[str]) -> List[Edit]:
    """Edits for the uses langchain-core 1.x removed, on names bound once to an instance of
    the imported chat classes (`chat = ChatOpenAI(...)`): `chat.predict(x)` ->
    `chat.invoke(x).content`, `chat(messages)` / `chat.predict_messages(m)` ->
    `chat.invoke(...)`. ValueError (the reason) where such a use cannot be rewritten: a
    removed method on anything else, or an instance kept on an attribute and called."""
    if not classes:
        return []
    instances: Set[str] = set()
    attributes: Set[str] = set()
    for node in ast.walk(sem.tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name) \
                and node.value.func.id in classes:
            target = node.targets[0]
            if isinstance(target, ast.Name) and len(sem.sites(sem.binding_of(target))) == 1:
                instances.add(target.id)
            elif isinstance(target, ast.Attribute):
                attributes.add(target.attr)
    edits: List[Edit] = []
    for node in ast.walk(sem.tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        owner = func.value if isinstance(func, ast.Attribute) else None
        mine = isinstance(owner, ast.Name) and owner.id in instances
        if isinstance(func, ast.Attribute) and func.attr in REMOVED:
            if not mine or func.attr.startswith("a"):
                raise ValueError(f"{sem.source(func)}() on line {node.lineno}: langchain-core "
                                 f"1.x has no {func.attr}; call invoke() (ainvoke()) and read "
                                 f".content of the message it returns, then run again")
            start, end = sem.span(owner)[1], sem.span(func)[1]
            edits.append(sem.edit(start, end, ".invoke"))
            if func.attr in TO_TEXT:
                after = sem.span(node)[1]
                edits.append(sem.edit(after, after, ".content"))
        elif isinstance(func, ast.Name) and func.id in instances:
            end = sem.span(func)[1]
            edits.append(sem.edit(end, end, ".invoke"))
        elif isinstance(func, ast.Attribute) and func.attr in attributes:
            raise ValueError(f"{sem.source(func)}(...) on line {node.lineno} calls a chat model, "
                             f"which langchain-core 1.x does not allow: call "
                             f"{sem.source(func)}.invoke(...), then run again")
    return edits


__all__ = ["CODE", "import_fix"]
