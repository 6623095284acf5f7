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
from typing import TYPE_CHECKING, Dict, List, Optional, Set
from urllib.parse import urlsplit

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


# langchain<1 modules whose names langchain-core keeps under another module (langchain-core
# comes with langchain-openai): the import moves where every name it takes is one of these.
_MESSAGES = ("langchain_core.messages", frozenset({
    "HumanMessage", "SystemMessage", "AIMessage", "BaseMessage", "ChatMessage",
    "FunctionMessage", "ToolMessage"}))
_PROMPTS = ("langchain_core.prompts", frozenset({
    "PromptTemplate", "ChatPromptTemplate", "HumanMessagePromptTemplate",
    "SystemMessagePromptTemplate", "AIMessagePromptTemplate", "MessagesPlaceholder",
    "FewShotPromptTemplate"}))
CORE_MOVES = {"langchain.schema": _MESSAGES, "langchain.schema.messages": _MESSAGES,
              "langchain.prompts": _PROMPTS, "langchain.prompts.chat": _PROMPTS,
              "langchain.prompts.prompt": _PROMPTS}


def import_fix(sem: "Semantics", finding: Finding) -> Finding:
    """The fix of one GM213 finding on `from <removed path> import <OpenAI classes>`, or on
    `from langchain.schema import HumanMessage` (langchain-core keeps those names)."""
    start = sem.index.offset(finding.start.line, finding.start.column - 1)
    end = sem.index.offset(finding.end.line, finding.end.column - 1)
    statement = next((node for node in ast.walk(sem.tree) if isinstance(node, ast.ImportFrom)
                      and sem.span(node)[0] <= start < sem.span(node)[1]), None)
    if statement is not None and statement.module in CORE_MOVES and not statement.level \
            and sem.text[start:end] == statement.module:
        target, names = CORE_MOVES[statement.module]
        if not all(alias.name in names for alias in statement.names):
            return finding
        fix = Fix(FixSafety.UNSAFE, (sem.edit(start, end, target),),
                  f"Import from {target} (langchain-core, which langchain-openai installs)")
        return replace(finding, fix_safety=FixSafety.UNSAFE, fix=fix)
    if statement is None or statement.module not in MODULES or statement.level \
            or sem.text[start:end] != statement.module \
            or not all(alias.name in CLASSES for alias in statement.names):
        return finding
    bound = {alias.asname or alias.name: alias.name for alias in statement.names}
    azure = azure_through_openai(sem, {name: cls for name, cls in bound.items()
                                        if not cls.startswith("Azure")}) \
        or _azure_base(sem, {name: cls for name, cls in bound.items() if cls.startswith("Azure")})
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


# What made old langchain's ChatOpenAI / OpenAIEmbeddings run on Azure, given to the class
# itself: OpenAIEmbeddings' own Azure fields (langchain_community 0.0.x: `deployment`,
# `openai_api_type`, `openai_api_version`), the chat wrappers' deployment (`engine=`,
# `deployment_name=`, handed on to openai<1's create()), and the names langchain_openai's Azure
# classes use. `openai_api_type` counts unless it is a literal naming no Azure type,
# `openai_api_base` / `base_url` only as a literal Azure OpenAI endpoint.
AZURE_KEYWORDS = frozenset({"engine", "deployment_id", "deployment_name", "deployment",
                            "azure_deployment", "azure_endpoint", "openai_api_version",
                            "api_version", "azure_ad_token", "azure_ad_token_provider"})
AZURE_TYPES = ("azure", "azure_ad", "azuread")
AZURE_HOSTS = (".openai.azure.com", ".cognitiveservices.azure.com")
BASE_KEYWORDS = ("openai_api_base", "base_url")
AZURE_TWINS = {"ChatOpenAI": "AzureChatOpenAI", "OpenAIEmbeddings": "AzureOpenAIEmbeddings",
               "OpenAI": "AzureChatOpenAI"}  # the Completions LLM becomes a chat model (GM112)


def azure_through_openai(sem: "Semantics", classes: Dict[str, str]) -> str:
    """Why the OpenAI classes of this import (bound name -> class; GM112's `OpenAI` LLM too)
    run on Azure here, which langchain_openai's do not follow: old langchain read openai's module settings
    (`openai.api_type = "azure"`, openai.api_base) and the class's own Azure arguments
    (`AZURE_KEYWORDS`, an Azure `openai_api_type` or endpoint); langchain_openai's ChatOpenAI
    calls OpenAI with them and its OpenAIEmbeddings refuses an Azure api type. Empty when
    nothing says Azure."""
    if not classes:
        return ""
    if sem.openai_attributes("api_type"):
        return ("the module sets or reads openai.api_type (Azure through openai's settings), "
                "which langchain_openai's classes ignore: import AzureChatOpenAI / "
                "AzureOpenAIEmbeddings from langchain_openai and pass azure_deployment=, "
                "azure_endpoint= and api_version=, then run again")
    for node in ast.walk(sem.tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in classes):
            continue
        keyword = next((k for k in node.keywords if k.arg is not None and _says_azure(sem, k)),
                       None)
        if keyword is not None:
            name, cls = node.func.id, classes[node.func.id]
            return (f"line {node.lineno} runs {name} on Azure ({name}({keyword.arg}=...)), "
                    f"which langchain_openai's {AZURE_TWINS[cls][5:]} does not do (it calls OpenAI"
                    f"{', and refuses an Azure api type' if cls == 'OpenAIEmbeddings' else ''}"
                    f"): import {AZURE_TWINS[cls]} from langchain_openai and pass "
                    f"azure_deployment=, azure_endpoint= and api_version=, then run again")
    return ""


def _says_azure(sem: "Semantics", keyword: ast.keyword) -> bool:
    if keyword.arg in AZURE_KEYWORDS:
        return True
    if keyword.arg == "openai_api_type":
        value = _string(sem, keyword.value)
        return value is None or value.strip().lower().startswith(AZURE_TYPES)
    if keyword.arg in BASE_KEYWORDS:
        value = _string(sem, keyword.value)
        return value is not None and (urlsplit(value.strip()).hostname or "").endswith(
            AZURE_HOSTS)
    return False


def _azure_base(sem: "Semantics", classes: Dict[str, str]) -> str:
    """langchain_openai's AzureChatOpenAI / AzureOpenAIEmbeddings refuse an Azure endpoint
    given as `openai_api_base=` / `base_url=` (ValueError: it goes in azure_endpoint=), which
    old langchain on openai<1 took: the import stays where the class is given one. Made
    without `azure_endpoint=`, the class found its endpoint in OPENAI_API_BASE on openai<1,
    which langchain_openai's does not read (only AZURE_OPENAI_ENDPOINT): it stays too."""
    for node in ast.walk(sem.tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in classes:
            keyword = next((k for k in node.keywords if k.arg in BASE_KEYWORDS), None)
            if keyword is None and not any(k.arg in ("azure_endpoint", None)
                                           for k in node.keywords):
                return (f"line {node.lineno} makes {node.func.id} without azure_endpoint=: "
                        f"old langchain found the endpoint in OPENAI_API_BASE, langchain_openai's "
                        f"{classes[node.func.id]} reads only azure_endpoint= or "
                        f"AZURE_OPENAI_ENDPOINT (ValidationError otherwise): pass azure_endpoint="
                        f"os.environ[\"OPENAI_API_BASE\"] there (or set AZURE_OPENAI_ENDPOINT), "
                        f"then run again")
            if keyword is not None:
                return (f"line {node.lineno} gives {node.func.id} its endpoint as "
                        f"{keyword.arg}=, which langchain_openai's {classes[node.func.id]} "
                        f"refuses (ValueError: Azure endpoints go in azure_endpoint=): pass it "
                        f"as azure_endpoint= (and the deployment as azure_deployment=), then "
                        f"run again")
    return ""


def _string(sem: "Semantics", value: ast.expr) -> Optional[str]:
    """A string literal's text, or that of a module constant bound once to one."""
    if isinstance(value, ast.Name):
        key = sem.binding_of(value)
        sites = sem.sites(key)
        if len(sites) != 1 or key[0].parent is not None:
            return None
        statement = sem.parent(sites[0])
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                and statement.targets[0] is sites[0]):
            return None
        value = statement.value
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return value.value
    return None


CHAT_CLASSES = frozenset({"ChatOpenAI", "AzureChatOpenAI"})
# What langchain-core 1.x removed from chat models: string in, string out, or a message.
TO_TEXT = frozenset({"predict", "call_as_llm"})  # call_as_llm(x) was predict(x): a str
TO_MESSAGE = frozenset({"predict_messages"})
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


__all__ = ["CODE", "azure_through_openai", "import_fix"]
