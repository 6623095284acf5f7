"""Detection: one walk over Python's own `ast` that turns a module into findings.

A string is a finding when its whole value names a table model and it stands where a model
goes (a `model=` argument, a `{"model": ...}` entry, an assignment to a *model* or *engine*
name, the default of `os.getenv("MODEL", ...)`, an element of a list or dict bound to such a
name), or when a name it is bound to later reaches such a place (value flow inside the
module), or when it names an unambiguous model anywhere a string is used as a value.
Docstrings, comments, bare string statements and parts of longer text are never findings.

Legacy API calls are resolved through imports, aliases and stored references
(`client = openai.Completion`), then classified by `classify_call`, which the API rewrites
reuse: a call finding's span is always the call's `func` node.

`ast` (CPython's parser, in C) rather than libcst: detection runs on every candidate file, and a
libcst parse with the metadata this needs costs about thirty times more. libcst is used only by
the API rewrites (`rewrite`), on the files that have a legacy call.
"""

from __future__ import annotations

import ast
import bisect
import builtins
import datetime as _dt
import io
import itertools
import re
import tokenize
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import (AbstractSet, Any, Callable, Dict, FrozenSet, Iterable, Iterator, List,
                    Mapping, Optional, Sequence, Set, Tuple, Union)

# Which strings name a model lives in `matching` (the engine needs it for every run, detection
# only for the files it parses); re-exported here for callers of this module.
from gptmigrate import providers, version_guard
from gptmigrate.focus import Focus
from gptmigrate.matching import (API_MARKERS, DetectOptions, ModelMatch, ModelMatcher,
                                 versioned_model)
from gptmigrate.rules import get_rule
from gptmigrate.table import NOT_A_LITERAL, ModelRow, ParameterRule, Resolution, Table
from gptmigrate.types import Edit, Finding, Fix, FixSafety, Position, Severity

# Functions that call their first argument later with the other arguments they are given
# (`executor.submit` too, by its method's name); a partial's result may be given more.
CALLING_HOSTS = frozenset({"asyncio.to_thread"})
BINDING_HOSTS = frozenset({"functools.partial"})
# What `from openai import *` binds on openai<1 (its `__all__`, the settings aside).
OPENAI_V0_STAR = ("APIError", "Audio", "ChatCompletion", "Completion", "Customer", "Deployment",
                  "Edit", "Embedding", "Engine", "ErrorObject", "File", "FineTune",
                  "FineTuningJob", "Image", "InvalidRequestError", "Model", "Moderation",
                  "OpenAIError")
MODEL_KEYWORDS = frozenset({
    "model", "engine", "model_name", "model_id", "deployment_id", "azure_deployment",
    "deployment_name", "embedding_model", "llm_model", "chat_model",
})
MODEL_DICT_KEYS = frozenset({"model", "engine", "model_name", "model_id"})
_NAME_HINT = re.compile(r"model|engine|deployment", re.IGNORECASE)
# Names that contain "model" but hold something else (a path, a type, a size ...).
_NOT_A_MODEL = re.compile(
    r"(?:path|dir|directory|file|filename|url|uri|kwargs|args|params|class|cls|type|types|kind|"
    r"config|cfg|provider|size|len|length|count|tokens|version|dim|dims|index|prefix|suffix|"
    r"family|families|cost|costs|price|prices|limit|limits)$",
    re.IGNORECASE,
)
# Flags of argparse / click options whose default and choices name a model.
_OPTION_FLAG = re.compile(r"^-{1,2}[\w-]*(?:model|engine|backend|llm|gpt)[\w-]*$", re.IGNORECASE)
# `.create(` / `.acreate(` right after an expression (`getattr(openai, name).create(...)`).
_CREATED = re.compile(r"\.\s*a?create\s*\(")
# Characters str.splitlines breaks lines at but Python's tokenizer does not.
_OTHER_LINE_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


class LineIndex:
    """Line starts of the exact scanned text: (line, column) <-> character offsets, and the
    UTF-8 byte columns of `ast` positions -> character columns."""

    def __init__(self, text: str) -> None:
        self.text = text
        if _OTHER_LINE_BREAKS.search(text) is None:
            # str.splitlines breaks lines as Python does once no other break is in the text.
            self.starts = list(itertools.accumulate(map(len, text.splitlines(True)), initial=0))
            if text and text[-1] not in "\r\n":
                self.starts.pop()  # the last line has no ending: no line starts after it
        else:
            self.starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]

    def offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column

    def column(self, line: int, byte_column: int) -> int:
        """The character column of an `ast` column, which counts UTF-8 bytes."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        segment = self.text[start:end]
        if segment.isascii():
            return byte_column
        return len(segment.encode("utf-8", "surrogatepass")[:byte_column]
                   .decode("utf-8", "ignore"))

    def position(self, offset: int) -> Tuple[int, int]:
        """(line, 1-based column) of a character offset."""
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def span(self, start: int, end: int) -> Tuple[int, int, int, int]:
        return (*self.position(start), *self.position(end))


# ---------------------------------------------------------------------------------------------
# Legacy API calls: classification (public, reused by the API rewrites)
# ---------------------------------------------------------------------------------------------

# v0 module resources removed in openai-python 1.0 (src/openai/lib/_old_api.py), and the rule
# each maps to: the endpoint's own rule where the endpoint is gone, GM201 where only the SDK
# shape changed.
V0_RESOURCES: Mapping[str, str] = {
    "Completion": "GM101",
    "Edit": "GM102",
    "FineTune": "GM104",
    "Engine": "GM105",
    "ChatCompletion": "GM201",
    "Embedding": "GM201",
    "Image": "GM201",
    "Audio": "GM201",
    "Moderation": "GM201",
    "File": "GM201",
    "FineTuningJob": "GM201",
    "Model": "GM201",
    "Customer": "GM201",
    "Deployment": "GM201",
    "ErrorObject": "GM201",
}
# Top-level resources of an openai-python >= 1.0 client; the first one in a dotted call marks
# where the client expression ends (`self.client.completions.create`).
V1_RESOURCES = frozenset({
    "completions", "chat", "edits", "embeddings", "beta", "fine_tunes", "fine_tuning", "images",
    "audio", "files", "models", "moderations", "batches", "uploads", "responses",
    "vector_stores", "realtime", "containers", "evals", "conversations", "webhooks",
})
OPENAI_CLIENT_CLASSES = frozenset({
    "openai.OpenAI", "openai.AsyncOpenAI", "openai.AzureOpenAI", "openai.AsyncAzureOpenAI",
    "openai.Client", "openai.AsyncClient",
})
OPENAI_CLIENT = "openai.OpenAI()"
AZURE_CLIENT_CLASSES = frozenset({"openai.AzureOpenAI", "openai.AsyncAzureOpenAI"})
# Keywords that name an Azure deployment in openai and its wrapper libraries.
AZURE_DEPLOYMENT_KEYWORDS = frozenset({"engine", "deployment_id", "deployment_name",
                                       "azure_deployment"})
# Said of a model name that names an Azure deployment (Python and the other formats alike).
AZURE_DEPLOYMENT_NOTE = ("; this names an Azure deployment, chosen by its owner: deploy a "
                         "served model, then point this setting at that deployment (never "
                         "rewritten)")
_BUILTINS = frozenset(dir(builtins))  # names no module function can be
# Module settings of openai-python < 1.0 that 1.0 ignores (a module attribute nothing reads),
# each with what configures the same in 1.0. `api_base` is renamed by the client rewrite.
V0_ONLY_SETTINGS: dict[str, str] = {
    "proxy": "pass http_client=openai.DefaultHttpxClient(proxy=<url>) to the client (httpx "
             "takes one URL: a requests-style {'https': url} dict becomes its https value)",
    "api_key_path": "read the key from the file yourself and pass api_key= to the client "
                    "(or set OPENAI_API_KEY)",
    "requestssession": "pass http_client=openai.DefaultHttpxClient(...) to the client "
                       "(openai>=1 sends with httpx, not requests)",
    "verify_ssl_certs": "pass http_client=openai.DefaultHttpxClient(verify=...) to the client",
    "ca_bundle_path": "pass http_client=openai.DefaultHttpxClient(verify=<bundle path>) to "
                      "the client",
    "app_info": "send what it said in default_headers= of the client",
    "debug": "set OPENAI_LOG=debug in the environment",
    "log": "set OPENAI_LOG=info (or debug) in the environment",
    "enable_telemetry": "remove it: openai>=1 sends no client telemetry",
}
# What a read of a module setting openai>=1 lacks (AttributeError) gave in openai 0.28, and
# what to read instead: V0_ONLY_SETTINGS, and api_base (which the client rewrite renames where
# the module sets it).
V0_SETTING_READS: dict[str, str] = {
    "api_base": "0.28 read OPENAI_API_BASE (default https://api.openai.com/v1); read the base "
                "URL your client uses (client.base_url, an httpx.URL ending in \"/\"), or "
                "os.environ.get(\"OPENAI_BASE_URL\", \"https://api.openai.com/v1\") (the "
                "variable openai>=1 reads); openai.base_url is the module-level client's "
                "setting and None unless the program sets it; on Azure, the endpoint "
                "(AZURE_OPENAI_ENDPOINT, AzureOpenAI's azure_endpoint=)",
    "api_key_path": "0.28 read OPENAI_API_KEY_PATH: read os.environ.get(\"OPENAI_API_KEY_PATH\") "
                    "instead",
    "proxy": "0.28 gave None unless the program set it: use the proxy URL the program "
             "configures",
    "requestssession": "0.28 gave None unless the program set it",
    "verify_ssl_certs": "0.28 gave True (it had no effect)",
    "ca_bundle_path": "0.28 gave None (it had no effect)",
    "app_info": "0.28 gave None unless the program set it",
    "debug": "0.28 gave False",
    "log": "0.28 gave None unless the program set it; openai>=1 reads OPENAI_LOG",
    "enable_telemetry": "0.28 gave False (it had no effect)",
}
# Module settings openai-python 1.0 keeps but no longer fills from the environment at import,
# each with the variable 0.28 read: 1.0's module attribute is None unless code sets it (its
# clients read the environment themselves), so a read where nothing sets it changes value.
ENVIRONMENT_SETTINGS: dict[str, str] = {"api_key": "OPENAI_API_KEY",
                                        "organization": "OPENAI_ORGANIZATION"}
# What a model finding's message says before the reason its rename is held back (a parameter
# the target rejects, a comparison of the name ...): the planner holds a call keeping that model.
RENAME_HELD = "; not renamed: "
# Modules of openai-python < 1.0 that 1.0 removed without a replacement in the SDK, each with
# what code that used it does instead.
REMOVED_HELPERS: dict[str, str] = {
    "embeddings_utils": "call client.embeddings.create(...) and compute similarities locally "
                        "(e.g. cosine similarity with numpy)",
    "openai_object": "responses are pydantic models (openai.BaseModel): test isinstance "
                     "against that, and call .model_dump() where a dict is needed",
    "wandb_logger": "log the calls with Weights & Biases' own OpenAI integration",
    "validators": "check fine-tuning data yourself (the `openai tools fine_tunes."
                  "prepare_data` command is gone with it)",
    "datalib": "import numpy and pandas directly",
    "api_requestor": "call the client's methods (client.get / client.post for raw requests)",
    "aiosession": "pass an httpx client instead: AsyncOpenAI(http_client=httpx.AsyncClient())",
    "cli": "run the `openai` command that openai>=1 installs",
    "object_classes": "the response types live in openai.types",
    "upload_progress": "upload with client.files.create(...)",
    "util": "a response is a pydantic model already; rebuild one from a dict with its type's "
            "model_validate (openai.types.chat.ChatCompletion.model_validate(data) for "
            "convert_to_openai_object), and set OPENAI_LOG=debug for its logging",
    "openai_response": "read the HTTP response with client.<resource>.with_raw_response."
                       "create(...)",
}
# SDKs with a `client.completions.create` of their own (Anthropic's legacy Text Completions,
# Together, Fireworks ...): a client of unknown origin in a file that imports one is not OpenAI's.
OTHER_SDKS = frozenset({
    "anthropic", "together", "fireworks", "groq", "mistralai", "cohere", "ai21", "replicate",
    "huggingface_hub", "litellm", "vllm", "llama_cpp", "ollama",
})
# Libraries with a module named `openai` of their own (`from gptcache.adapter import openai`):
# what they expose is theirs, not a project module that re-exports the SDK.
OPENAI_WRAPPERS = OTHER_SDKS | {
    "gptcache", "promptlayer", "langchain", "langchain_community", "langchain_openai",
    "llama_index", "langfuse", "helicone", "portkey_ai", "openlit", "agentops", "guidance",
}
_CLIENT_NAME = re.compile(r"client|openai|oai|gpt|llm|api", re.IGNORECASE)
_ANTHROPIC_CLIENT_NAME = re.compile(r"client|anthropic|claude|llm|api", re.IGNORECASE)
# The resource words of a client call `classify_call` can call legacy (`x.completions.create`).
_LEGACY_RESOURCE_WORDS = frozenset({"completions", "edits", "fine_tunes", "assistants", "threads"})
# Roots of the qualified names a call or reference may resolve to.
SDK_ROOTS = frozenset({"openai"}) | providers.ROOTS
# Imports of the Vertex AI SDK's removed modules: their models resolve against Vertex AI's rows.
VERTEX_CODE = "GM212"
# Legacy calls of APIs that are gone (or whose SDK removed them): a model literal they take is
# never renamed on its own, since no rename makes the call work (the call moves, or is moved by
# hand, with its model).
DEAD_API_CODES = frozenset({"GM102", "GM103", "GM104", "GM105", "GM110", "GM111", "GM112"})
_API_NAMES = {"GM102": "the Edits API", "GM103": "the Assistants API",
              "GM104": "the legacy fine-tunes API", "GM105": "the Engines API",
              "GM110": "Anthropic's Text Completions API", "GM111": "the PaLM API",
              "GM112": "langchain's OpenAI LLM (the Completions API)"}
# v0 resources no other library spells: called on an owner of unknown origin in a module that
# imports openai (`def ask(api): api.ChatCompletion.create(...)`, openai passed in), they are
# openai's.
_GUESSED_V0_RESOURCES = frozenset({"Completion", "ChatCompletion", "Embedding", "Edit",
                                   "FineTune", "FineTuningJob", "Moderation"})
# Resources whose names other libraries use too (PIL's Image, IPython's Audio): guessed only
# with a method openai<1 gave them.
_GUESSED_V0_METHODS: Mapping[str, FrozenSet[str]] = {
    "Image": frozenset({"create", "acreate", "create_edit", "acreate_edit", "create_variation",
                        "acreate_variation"}),
    "Audio": frozenset({"transcribe", "atranscribe", "translate", "atranslate"}),
}
# The words a module importing an SDK depends on (`Detector.dependencies`): `CallResolver`
# reads a legacy call through them on an object of unknown origin.
_IMPORT_DEPENDENCIES: Mapping[str, FrozenSet[str]] = {
    "openai": _LEGACY_RESOURCE_WORDS | _GUESSED_V0_RESOURCES | frozenset(_GUESSED_V0_METHODS),
    "anthropic": providers.ANTHROPIC_OLD_METHODS | {"completions"},
}


# Names in the openai module an API finding can go through (`_may_reach_api`).
# (`InvalidRequestError`: 0.x's top-level alias of openai.error's, whose reads its fix renames)
_OPENAI_API_NAMES = (frozenset(V0_RESOURCES) | frozenset(REMOVED_HELPERS) | {"error"} | V1_RESOURCES
                     | {name.split(".")[1] for name in OPENAI_CLIENT_CLASSES}
                     | {"InvalidRequestError"})


# Vector sizes of the retired embedding models, and the most the text-embedding-3 models return
# (they take `dimensions=` up to that size): the data a vector store was built with.
OLD_EMBEDDING_SIZES = {
    **dict.fromkeys(("text-similarity-ada-001", "text-search-ada-doc-001",
                     "text-search-ada-query-001", "code-search-ada-code-001",
                     "code-search-ada-text-001"), 1024),
    **dict.fromkeys(("text-similarity-babbage-001", "text-search-babbage-doc-001",
                     "text-search-babbage-query-001", "code-search-babbage-code-001",
                     "code-search-babbage-text-001"), 2048),
    **dict.fromkeys(("text-similarity-curie-001", "text-search-curie-doc-001",
                     "text-search-curie-query-001"), 4096),
    **dict.fromkeys(("text-similarity-davinci-001", "text-search-davinci-doc-001",
                     "text-search-davinci-query-001"), 12288),
    "text-embedding-ada-002": 1536,
}
NEW_EMBEDDING_MAX = {"text-embedding-3-small": 1536, "text-embedding-3-large": 3072}


def embedding_size_advice(model: str, replacement: str) -> Optional[str]:
    """What to do about the vector size when an embedding model changes, if the sizes are known."""
    old = OLD_EMBEDDING_SIZES.get(model)
    most = NEW_EMBEDDING_MAX.get(replacement)
    if old is None or most is None:
        return None
    if old == most:
        return f"{replacement} also returns {old}-d vectors"
    if old < most:
        return (f"pass dimensions={old} to keep {old}-d vectors the size your store expects "
                f"({replacement} returns up to {most})")
    return (f"{model} returned {old}-d vectors and {replacement} returns at most {most}: resize "
            f"the vector store")


def embedding_size_kept(model: str, target: str) -> Optional[str]:
    """Why a shut-down embedding model named in one module keeps its name for a call in
    another (None if the vector size stays): the rename there cannot ask that call for the
    old size (`Detector._with_dimensions` sizes only the calls of its own module)."""
    old, most = OLD_EMBEDDING_SIZES.get(model), NEW_EMBEDDING_MAX.get(target)
    if old is None or most is None or old == most:
        return None
    if old > most:
        return f"{target} cannot return {old}-d vectors"
    return f"{target} returns {most}-d vectors unless asked for {old} where the model is named"


# Audio models whose successors serve less: only whisper-1 translates (`_keep_models_in_place`).
AUDIO_MODELS = frozenset({"whisper-1"})
# Calls whose first argument names a model to look up, not one to use.
# Calls whose model= is the base of a fine-tuning job, not a model to talk to.
_FINE_TUNING_CREATES = ("openai.FineTuningJob.create", "openai.FineTuningJob.acreate",
                        "fine_tuning.jobs.create")
_MODEL_LOOKUPS = ("openai.Model.retrieve", "openai.Model.aretrieve", "openai.Model.delete",
                  "openai.Model.adelete", ".models.retrieve", ".models.delete")

# Rules about a whole API, and the `apis` row of the table that dates each one.
# Findings about openai-python 0.x spellings alone: none where only 0.x runs the code (a
# version check's other branch). A retired model or endpoint is reported there all the same.
V0_ONLY_CODES = frozenset({"GM201", "GM202", "GM203", "GM204", "GM206"})
_API_OF_RULE = {"GM101": "completions", "GM102": "edits", "GM103": "assistants",
                "GM104": "fine-tunes", "GM105": "engines", "GM111": "palm",
                "GM112": "completions"}
_API_SEVERITY = {"retired": Severity.ERROR, "deprecated": Severity.WARNING}


@dataclass(frozen=True)
class LegacyCall:
    """What a legacy call is: the rule, the SDK generation and the resource path it uses.

    `target` is the resolved dotted name, e.g. ``openai.Completion.create`` (v0) or
    ``openai.OpenAI().completions.create`` (v1 client; module-level ``openai.completions.create``
    keeps its own spelling). `resource` is ``Completion`` / ``completions`` /
    ``beta.threads.runs``; `method` is the last name (``create``, ``acreate``, ``list`` ...).
    """

    code: str
    sdk: str
    resource: str
    method: str
    target: str
    # openai reached through a parameter or an attribute, not an import (a parameter named
    # `openai`, `api.Completion.create` on a parameter, `self.openai` after a class-body import,
    # `self.lib = openai`): settings made through that name are not followed, so the call is
    # reported and left for a rewrite by hand.
    guessed: bool = False

    @property
    def is_async(self) -> bool:
        """`acreate` and the other `a`-prefixed v0 methods were the async variants."""
        return self.sdk == "v0" and self.method.startswith("a") and self.method not in (
            "all",)


def classify_call(name: str) -> Optional[LegacyCall]:
    """The legacy call that the resolved dotted `name` of a call's function denotes, if any.

    >>> classify_call("openai.Completion.acreate").code
    'GM101'
    >>> classify_call("openai.OpenAI().chat.completions.create") is None
    True
    """
    parts = name.split(".")
    if parts[0] != "openai":
        found = providers.classify(name)
        return LegacyCall(*found, name) if found is not None else None
    if len(parts) < 3:
        return None
    if parts[1] in V0_RESOURCES:
        return LegacyCall(V0_RESOURCES[parts[1]], "v0", parts[1], parts[-1], name)
    path = parts[2:] if parts[1] == "OpenAI()" else parts[1:]
    if len(path) < 2:
        return None
    head = path[0]
    if head == "completions":
        code = "GM101"
    elif head == "edits":
        code = "GM102"
    elif head == "fine_tunes":
        code = "GM104"
    elif head == "beta" and len(path) >= 3 and path[1] in ("assistants", "threads"):
        code = "GM103"
    else:
        return None
    return LegacyCall(code, "v1", ".".join(path[:-1]), path[-1], name)


def classify_reference(name: str) -> Optional[str]:
    """The rule for a removed module or name a dotted name points into (`openai.error.X`,
    `langchain.llms.OpenAI`, `anthropic.HUMAN_PROMPT` ...)."""
    parts = name.split(".")
    if parts[0] != "openai":
        return providers.classify_reference(name)
    if len(parts) < 2:
        return None
    if parts[1] == "error" or parts[1:] == ["InvalidRequestError"]:
        return "GM202"  # 0.x also exported InvalidRequestError on the openai module
    if parts[1] in REMOVED_HELPERS:
        return "GM204"
    if len(parts) == 2 and parts[1] in V0_ONLY_SETTINGS:
        return "GM206"
    return None


Span = Tuple[int, int, int, int]  # start line, start column, end line, end column (1-based chars)


# ---------------------------------------------------------------------------------------------
# Qualified names: which imports a name or a dotted chain refers to
# ---------------------------------------------------------------------------------------------

class _Scope:
    """The names one scope binds: an import binds its qualified name, anything else binds the
    name itself at module level and a local (never an `openai...` name) elsewhere."""

    __slots__ = ("kind", "parent", "bindings", "globals", "nonlocals", "label", "instance")

    def __init__(self, kind: str, parent: Optional["_Scope"]) -> None:
        self.kind = kind
        self.parent = parent
        # a class body: the class's name; a method: (its instance parameter, its class's name)
        self.label: Optional[str] = None
        self.instance: Optional[Tuple[str, str]] = None
        self.bindings: Dict[str, Set[str]] = {}
        self.globals: Set[str] = set()
        self.nonlocals: Set[str] = set()

    def bind(self, name: str, qualified: Optional[str] = None) -> None:
        if name in self.globals:
            scope: _Scope = self
            while scope.parent is not None:
                scope = scope.parent
            scope.bind(name, qualified)
            return
        if qualified is None:
            qualified = name if self.parent is None else f"<local>.{name}"
        self.bindings.setdefault(name, set()).add(qualified)

    def lookup(self, name: str) -> Set[str]:
        """Python's rule: the innermost scope that binds the name (class bodies are not seen
        from the functions inside them); the binding is flow-insensitive, as a linter's is."""
        return self.owner(name).bindings.get(name, set())

    def owner(self, name: str) -> "_Scope":
        """The scope whose binding of `name` a read here sees (with `global` and `nonlocal`
        declarations); the module's for a name nothing binds (a builtin)."""
        scope: Optional[_Scope] = self
        first = True
        while scope is not None:
            if name in scope.globals:
                return self._module()
            if name not in scope.nonlocals and (first or scope.kind != "class") \
                    and name in scope.bindings:
                return scope
            first = False
            scope = scope.parent
        return self._module()

    def assignee(self, name: str) -> "_Scope":
        """The scope an assignment to `name` here binds it in."""
        if name in self.globals:
            return self._module()
        if name in self.nonlocals and self.parent is not None:
            scope: Optional[_Scope] = self.parent
            while scope is not None and scope.kind == "class":
                scope = scope.parent
            return (scope or self._module()).owner(name)
        return self

    def _module(self) -> "_Scope":
        scope = self
        while scope.parent is not None:
            scope = scope.parent
        return scope


def _may_reach_api(qualified: str) -> bool:
    """A name bound to `qualified` may start a chain detection classifies: a tracked SDK's, and
    of openai's the module itself or a resource, removed module or client class in it."""
    parts = qualified.split(".", 2)
    if parts[0] not in SDK_ROOTS:
        return False
    return parts[0] != "openai" or len(parts) == 1 or parts[1] in _OPENAI_API_NAMES


def star_imports_only_openai(tree: ast.Module) -> bool:
    """Whether the module's one `from ... import *` is `from openai import *`: its names are
    then openai<1's (`OPENAI_V0_STAR`), not another star import's."""
    stars = [statement for statement in tree.body if isinstance(statement, ast.ImportFrom)
             and statement.names[0].name == "*"]
    return len(stars) == 1 and stars[0].module == "openai" and not stars[0].level


class QualifiedNames:
    """Qualified names of names and attribute chains (`oa.Completion` -> `openai.Completion`),
    from one pass over the module's bindings; the detector asks with the scope it is in."""

    def __init__(self, tree: ast.Module) -> None:
        self.module = _Scope("module", None)
        self.scopes: Dict[int, _Scope] = {}
        self._openai_star = star_imports_only_openai(tree)
        self._collect(tree)

    def scope_of(self, node: ast.AST, parent: "_Scope") -> "_Scope":
        return self.scopes.get(id(node), parent)

    def names(self, node: ast.AST, scope: "_Scope") -> Set[str]:
        if isinstance(node, ast.Name):
            return set(scope.lookup(node.id))
        if isinstance(node, ast.Attribute):
            return {f"{name}.{node.attr}" for name in self.names(node.value, scope)}
        return set()

    def openai_names(self) -> Set[str]:
        """Every name some scope binds to `openai`, another tracked SDK (`SDK_ROOTS`) or a name
        inside one (imports, aliases); of openai's, only those an API finding can go through
        (`from openai.types import ChatCompletionChunk` cannot lead to one)."""
        return {name for scope in (self.module, *self.scopes.values())
                for name, qualified in scope.bindings.items()
                if any(_may_reach_api(q) for q in qualified)}

    def _collect(self, tree: ast.Module) -> None:
        stack: List[Tuple[ast.AST, _Scope]] = [(tree, self.module)]
        binders = _BINDERS
        child_fields = _CHILD_FIELDS
        push = stack.append
        while stack:
            node, scope = stack.pop()
            cls = node.__class__
            binder = binders.get(cls)
            inner = scope if binder is None else binder(self, node, scope)
            # `children` inlined (the hot loop): leaves (names, constants) have no child fields.
            fields = child_fields.get(cls)
            if fields is None:
                fields = _child_fields(cls)
            for name in fields:
                value = getattr(node, name, None)
                if value.__class__ is list:
                    for child in value:
                        if isinstance(child, ast.AST):
                            push((child, inner))
                elif isinstance(value, ast.AST):
                    push((value, inner))

    def _definition(self, node: Union[ast.FunctionDef, ast.ClassDef], scope: _Scope) -> _Scope:
        scope.bind(node.name)
        if isinstance(node, ast.ClassDef):
            inner = self._new(node, "class", scope)
            inner.label = node.name
            return inner
        inner = self._new(node, "def", scope)
        self._params(node.args, inner)
        positional = [*node.args.posonlyargs, *node.args.args]
        if scope.kind == "class" and scope.label and positional and not any(
                dotted_name(decorator) == "staticmethod" for decorator in node.decorator_list):
            inner.instance = (positional[0].arg, scope.label)  # `self` (or `cls`)
        return inner

    def _lambda(self, node: ast.Lambda, scope: _Scope) -> _Scope:
        inner = self._new(node, "def", scope)
        self._params(node.args, inner)
        return inner

    def _comprehension(self, node: ast.ListComp, scope: _Scope) -> _Scope:
        inner = self._new(node, "comprehension", scope)
        for generator in node.generators:
            self._targets(generator.target, inner)
        return inner

    def _import(self, node: ast.Import, scope: _Scope) -> _Scope:
        for alias in node.names:
            if alias.asname:
                scope.bind(alias.asname, alias.name)
            else:
                top = alias.name.split(".")[0]
                scope.bind(top, top)
        return scope

    def _import_from(self, node: ast.ImportFrom, scope: _Scope) -> _Scope:
        base = "." * node.level + (node.module or "")
        for alias in node.names:
            if alias.name != "*":
                scope.bind(alias.asname or alias.name, f"{base}.{alias.name}")
            elif base == "openai" and self._openai_star:  # openai<1's `__all__`
                for name in OPENAI_V0_STAR:
                    scope.bind(name, f"openai.{name}")
        return scope

    def _global(self, node: ast.Global, scope: _Scope) -> _Scope:
        scope.globals.update(node.names)
        return scope

    def _nonlocal(self, node: ast.Nonlocal, scope: _Scope) -> _Scope:
        scope.nonlocals.update(node.names)
        return scope

    def _assign(self, node: Union[ast.Assign, ast.AugAssign, ast.AnnAssign],
                scope: _Scope) -> _Scope:
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target]):
            self._targets(target, scope)
        return scope

    def _loop(self, node: Union[ast.For, ast.AsyncFor], scope: _Scope) -> _Scope:
        self._targets(node.target, scope)
        return scope

    def _with_item(self, node: ast.withitem, scope: _Scope) -> _Scope:
        if node.optional_vars is not None:
            self._targets(node.optional_vars, scope)
        return scope

    def _named(self, node: Union[ast.ExceptHandler, ast.AST], scope: _Scope) -> _Scope:
        name = getattr(node, "name", None)  # except ... as name, match patterns
        if name:
            scope.bind(name)
        return scope

    def _walrus(self, node: ast.NamedExpr, scope: _Scope) -> _Scope:
        owner = scope
        while owner.kind == "comprehension" and owner.parent is not None:
            owner = owner.parent
        self._targets(node.target, owner)
        return scope

    def _new(self, node: ast.AST, kind: str, parent: _Scope) -> _Scope:
        scope = _Scope(kind, parent)
        self.scopes[id(node)] = scope
        return scope

    @staticmethod
    def _params(args: ast.arguments, scope: _Scope) -> None:
        for arg in (*args.posonlyargs, *args.args, args.vararg, *args.kwonlyargs, args.kwarg):
            if arg is not None:
                scope.bind(arg.arg)

    def _targets(self, target: ast.AST, scope: _Scope) -> None:
        if isinstance(target, ast.Name):
            scope.bind(target.id)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                self._targets(element, scope)
        elif isinstance(target, ast.Starred):
            self._targets(target.value, scope)


_BINDERS: Dict[type, Callable[[QualifiedNames, Any, _Scope], _Scope]] = {
    ast.FunctionDef: QualifiedNames._definition,
    ast.AsyncFunctionDef: QualifiedNames._definition,
    ast.ClassDef: QualifiedNames._definition,
    ast.Lambda: QualifiedNames._lambda,
    ast.ListComp: QualifiedNames._comprehension,
    ast.SetComp: QualifiedNames._comprehension,
    ast.DictComp: QualifiedNames._comprehension,
    ast.GeneratorExp: QualifiedNames._comprehension,
    ast.Import: QualifiedNames._import,
    ast.ImportFrom: QualifiedNames._import_from,
    ast.Global: QualifiedNames._global,
    ast.Nonlocal: QualifiedNames._nonlocal,
    ast.Assign: QualifiedNames._assign,
    ast.AugAssign: QualifiedNames._assign,
    ast.AnnAssign: QualifiedNames._assign,
    ast.For: QualifiedNames._loop,
    ast.AsyncFor: QualifiedNames._loop,
    ast.withitem: QualifiedNames._with_item,
    ast.ExceptHandler: QualifiedNames._named,
    ast.NamedExpr: QualifiedNames._walrus,
    # match statements (Python 3.10+)
    **{getattr(ast, name): QualifiedNames._named for name in ("MatchAs", "MatchStar")
       if hasattr(ast, name)},
}


class _NoQualifiedNames(QualifiedNames):
    """For sources that never mention `openai`: no call, import or reference can be a legacy
    OpenAI one there, so every name resolves to nothing. The scopes are still collected: the
    value flow needs them to tell a function's own `model` from the module's."""

    def names(self, node: ast.AST, scope: _Scope) -> Set[str]:
        return set()

    def openai_names(self) -> Set[str]:
        return set()


# ---------------------------------------------------------------------------------------------
# Legacy calls
# ---------------------------------------------------------------------------------------------

_Reference = Union[ast.Name, ast.Attribute]


@dataclass
class _Arg:
    """One argument of a call in source order (ast keeps positional and keyword ones apart)."""

    keyword: Optional[str]
    value: ast.expr
    star: bool
    node: ast.AST


def _relayed_function(function: ast.Lambda) -> Optional[ast.expr]:
    """The function a `lambda **kwargs: ...` calls with its keywords and nothing else, where
    it makes one such call."""
    arguments = function.args
    if arguments.kwarg is None or arguments.vararg is not None or arguments.args \
            or arguments.posonlyargs or arguments.kwonlyargs:
        return None
    relayed = [node.func for node in ast.walk(function.body) if isinstance(node, ast.Call)
               and not node.args and len(node.keywords) == 1 and node.keywords[0].arg is None
               and isinstance(node.keywords[0].value, ast.Name)
               and node.keywords[0].value.id == arguments.kwarg.arg]
    return relayed[0] if len(relayed) == 1 else None


def call_args(node: ast.Call) -> List[_Arg]:
    """The arguments of `node` in the order they are written."""
    args = [_Arg(None, a.value if isinstance(a, ast.Starred) else a, isinstance(a, ast.Starred), a)
            for a in node.args]
    args += [_Arg(k.arg, k.value, k.arg is None, k) for k in node.keywords]
    if node.keywords and node.args:
        args.sort(key=lambda a: (a.node.lineno, a.node.col_offset))
    return args


class CallResolver:
    """Finds the module's legacy OpenAI calls, resolving imports, aliases and stored references.

    Subclassed by `Detector`, which feeds it every node in source order; read `legacy_calls()`
    at the end. Stored references are tracked by name: `client = openai.Completion`,
    `create = openai.ChatCompletion.acreate`, `self.client = OpenAI()`.
    """

    def __init__(self, names: Union[QualifiedNames, _NoQualifiedNames]) -> None:
        self.names = names
        self.scope = names.module
        # (scope, name) -> what the name was bound to; "?" marks a name bound to anything else.
        self._references: Dict[Tuple[str, str], Set[str]] = {}
        self._calls: List[Tuple[ast.Call, Tuple[str, ...], str, Tuple[str, ...]]] = []
        self._passed: List[Tuple[_Reference, Tuple[str, ...], str, Tuple[str, ...]]] = []
        self._passed_to: Dict[int, ast.Call] = {}  # id of a value passed -> the call
        self.kept_how: Dict[int, str] = {}  # id of a value kept in a class or a dict -> how
        # `functools.partial(openai.ChatCompletion.create, model=...)`: the call the host
        # makes later, as a call of its first argument with the host's other arguments
        # (positions: the function to the host's end), and the host it stands for
        self.deferred: Dict[int, Tuple[ast.Call, ast.Call]] = {}
        self._deferred_by_host: Dict[int, ast.Call] = {}
        self.binding_hosts: Set[int] = set()  # the hosts that are partials (by id)
        # module functions that call their first parameter with the rest and return what it
        # returns (`def with_retries(fn, *args, attempts=4, **kwargs)`): name -> their own
        # keyword-only parameters (`relaying_functions`)
        self._relays: Dict[str, FrozenSet[str]] = {}
        self._imports: Set[str] = set()
        # Enclosing scopes, innermost last: "" is the module, then one key per def / class.
        self._scopes: List[str] = [""]
        self._class_scopes: List[str] = [""]
        self._scope_count = 0
        # A client of unknown origin was taken for OpenAI's (`_may_be_openai_client`): an
        # import of another SDK anywhere in the module would undo that.
        self.guessed_client = False
        # `_ranked` by (qualified, dotted, scopes): asked after the walk only, when references
        # no longer change, for each call up to four times (calls, contexts, passed values ...).
        self._ranked_memo: Dict[Tuple[Tuple[str, ...], str, Tuple[str, ...]],
                                Tuple[List[str], int]] = {}

    # -- scopes --------------------------------------------------------------------------------

    def _property_returns(self, node: Union[ast.FunctionDef, ast.AsyncFunctionDef]) -> None:
        """`@property def model(self): return "gpt-4"` in class `Bot`: what it returns is what
        `self.model` reads, as if stored by `self.model = ...` (((ATTRIBUTES, "Bot"), name)).
        Only string literals (or a choice between them) count: a getter of a stored attribute
        (`return self._model`) is followed through its setter's writes already."""
        if not any(dotted_name(decorator).split(".")[-1] in ("property", "cached_property")
                   for decorator in node.decorator_list):
            return
        cls = self.scope.instance[1]  # type: ignore[index]
        pending: List[ast.AST] = list(node.body)
        while pending:
            inner = pending.pop()
            if isinstance(inner, ast.Return) and _literal_choice(inner.value):
                self._bind(((ATTRIBUTES, cls), node.name), inner.value, self.scope)
            elif not isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda,
                                        ast.ClassDef)):
                pending.extend(ast.iter_child_nodes(inner))

    def _enter(self, kind: str) -> None:
        self._scope_count += 1
        key = f"{kind}{self._scope_count}"
        self._scopes.append(key)
        if kind == "class":
            self._class_scopes.append(key)

    def _leave(self, kind: str) -> None:
        key = self._scopes.pop()
        if kind == "class" and self._class_scopes[-1] == key:
            self._class_scopes.pop()

    def _scope_of(self, key: str) -> str:
        """`self.client` lives on the class, a plain name in the innermost scope."""
        return self._class_scopes[-1] if "." in key else self._scopes[-1]

    def _visible(self) -> Tuple[str, ...]:
        """The scopes a name is looked up in from here, innermost first."""
        return tuple(reversed(self._scopes)) + (self._class_scopes[-1],)

    # -- collecting ----------------------------------------------------------------------------

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            top = alias.name.split(".")[0]
            self._imports.add(top)
            if top == "openai":
                self._class_attribute(alias.asname or top, alias.name if alias.asname else top)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.module is not None and not node.level:
            self._imports.add(node.module.split(".")[0])
            if node.module.split(".")[0] == "openai":
                for alias in node.names:
                    if alias.name != "*":
                        self._class_attribute(alias.asname or alias.name,
                                              f"{node.module}.{alias.name}")

    def _class_attribute(self, name: str, qualified: str) -> None:
        """`class Bot: import openai` makes `self.openai` (and `cls.openai`) the module."""
        key = self._scopes[-1]
        if key and key == self._class_scopes[-1]:
            for owner in ("self", "cls"):
                self._references.setdefault((key, f"{owner}.{name}"), set()).add(qualified)

    def visit_Assign(self, node: ast.Assign) -> None:
        self._store(node.targets[-1] if node.targets else None, node.value)
        self._kept(node.value)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self._store(node.target, node.value)
            self._kept(node.value)

    def _kept(self, value: ast.expr) -> None:
        """`resource = openai.ChatCompletion` in a class body, `{"chat": openai.ChatCompletion}`:
        a v0 resource kept where calls of it are not followed (`self.resource.create(...)`,
        `ENDPOINTS[kind].create(...)`), reported as a value passed on is."""
        in_class_body = self._scopes[-1] != "" and self._scopes[-1] == self._class_scopes[-1]
        if isinstance(value, ast.Dict):
            kept, how = [v for v in value.values if v is not None], "kept in a dict"
        elif isinstance(value, (ast.List, ast.Tuple, ast.Set)):
            kept, how = list(value.elts), "kept in a collection"
        elif isinstance(value, ast.IfExp):  # `create = A.create if chat else B.create`
            kept, how = [value.body, value.orelse], "chosen by a condition"
        elif in_class_body:
            kept, how = [value], "kept as a class attribute"
        else:
            return
        for item in kept:
            if isinstance(item, (ast.Name, ast.Attribute)):
                self._keep(item, how)

    def _keep(self, item: Union[ast.Name, ast.Attribute], how: str) -> None:
        """A reference that, where it names a v0 resource, is reported as kept `how`."""
        self._passed.append((item, tuple(sorted(self._qualified(item))),
                             self._expression_name(item), self._visible()))
        self.kept_how[id(item)] = how

    def visit_Return(self, node: ast.Return) -> None:
        # `return openai.ChatCompletion` (a property, a factory): what calls the returned
        # resource is not followed
        if isinstance(node.value, (ast.Name, ast.Attribute)):
            self._keep(node.value, "returned")

    def _param(self, node: ast.arg) -> None:
        # `def run(client: OpenAI)`: the parameter is an OpenAI client.
        if node.annotation is not None:
            annotation = self._qualified(node.annotation)
            client = OPENAI_CLIENT if annotation & OPENAI_CLIENT_CLASSES else (
                providers.ANTHROPIC_CLIENT if annotation & providers.ANTHROPIC_CLIENT_CLASSES
                else None)
            if client is not None:
                # Parameters belong to the function being defined (entered before its params).
                self._references.setdefault((self._scopes[-1], node.arg), set()).add(client)

    def visit_Call(self, node: ast.Call) -> None:
        if isinstance(node.func, (ast.Name, ast.Attribute)):
            self._calls.append((node, tuple(sorted(self._qualified(node.func))),
                                self._expression_name(node.func), self._visible()))
            if (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id) \
                    in V0_RESOURCES:
                # `openai.ChatCompletion()`: an instance whose create() is called later
                self._keep(node.func, "instantiated")
        deferred = self._deferred_call(node)
        if deferred is not None:
            self._calls.append((deferred, tuple(sorted(self._qualified(deferred.func))),
                                self._expression_name(deferred.func), self._visible()))
            self.deferred[id(deferred)] = (deferred, node)
            self._deferred_by_host[id(node)] = deferred
        for arg in call_args(node):
            # `retry(openai.Completion.create, ...)`, `patch.object(openai.ChatCompletion, ..)`
            if isinstance(arg.value, (ast.Name, ast.Attribute)):
                self._passed.append((arg.value, tuple(sorted(self._qualified(arg.value))),
                                     self._expression_name(arg.value), self._visible()))
                self._passed_to[id(arg.value)] = node

    def _deferred_call(self, node: ast.Call) -> Optional[ast.Call]:
        """The call a host makes later with its other arguments, as given
        (`functools.partial(f, **kw)`, `executor.submit(f, **kw)`, `asyncio.to_thread(f,
        **kw)`: `f(**kw)`), for a function named by a name or an attribute; else None."""
        qualified = self._qualified(node.func)
        own = self._relays.get(node.func.id) if isinstance(node.func, ast.Name) \
            and self.scope.owner(node.func.id) is self.names.module else None
        if not node.args or not (qualified & (CALLING_HOSTS | BINDING_HOSTS) or isinstance(
                node.func, ast.Attribute) and node.func.attr == "submit" or own is not None) \
                or any(keyword.arg in (own or ()) for keyword in node.keywords):
            return None  # (a relay given its own settings: the call's text holds them too)
        function = node.args[0]
        if isinstance(function, ast.Lambda):
            # `partial(lambda **kwargs: view(client.chat.completions.create(**kwargs)), ...)`
            # (what the fix writes): the call inside takes the host's arguments
            function = _relayed_function(function)
        if not isinstance(function, (ast.Name, ast.Attribute)):
            return None
        deferred = ast.Call(func=function, args=node.args[1:], keywords=node.keywords)
        deferred.lineno, deferred.col_offset = function.lineno, function.col_offset
        deferred.end_lineno, deferred.end_col_offset = node.end_lineno, node.end_col_offset
        if qualified & BINDING_HOSTS:
            self.binding_hosts.add(id(node))
        return deferred

    def _store(self, target: Optional[ast.expr], value: ast.expr) -> None:
        if target is None or not isinstance(target, (ast.Name, ast.Attribute)):
            return
        key = dotted_name(target)
        slot = (self._scope_of(key), key)
        resolved = self._value_reference(value)
        if resolved is None:
            # Re-bound to something else: the name no longer reliably holds a reference.
            if slot in self._references:
                self._references[slot].add("?")
            return
        self._references.setdefault(slot, set()).add(resolved)

    def _value_reference(self, value: ast.expr) -> Optional[str]:
        if isinstance(value, ast.Call) and isinstance(value.func, (ast.Name, ast.Attribute)):
            return self._client_origin(value)
        if isinstance(value, (ast.Name, ast.Attribute)):
            for name in sorted(self._qualified(value)):
                root = name.split(".")[0]
                if root == "openai" or (root in SDK_ROOTS and "." in name):  # `self.api = openai` too
                    return name
            name = dotted_name(value)
            resolved = self._resolve_reference(name, self._visible())
            if resolved is not None:
                return resolved
            head, _, rest = name.partition(".")
            client = self._resolve_reference(head, self._visible()) if rest else None
            if client == OPENAI_CLIENT:  # `chat = client.chat.completions.create`
                return f"{client}.{rest}"
        return None

    def _qualified(self, node: ast.AST) -> Set[str]:
        return self.names.names(node, self.scope)

    def _expression_name(self, node: ast.expr) -> str:
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute):
            return f"{self._expression_name(node.value)}.{node.attr}"
        if isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute)):
            return self._client_origin(node) or "?()"
        return "?"

    def _client_origin(self, call: ast.Call) -> Optional[str]:
        """OPENAI_CLIENT for `OpenAI(...)`, "other()" for another SDK's constructor, else None."""
        names = self._qualified(call.func)
        if names & OPENAI_CLIENT_CLASSES:
            return OPENAI_CLIENT
        if names & providers.ANTHROPIC_CLIENT_CLASSES:
            return providers.ANTHROPIC_CLIENT
        if any(n.split(".")[0] in OTHER_SDKS for n in names):
            return "other()"
        return None

    # -- resolving -----------------------------------------------------------------------------

    def _resolve_reference(self, key: str, scopes: Sequence[str]) -> Optional[str]:
        """What `key` holds, seen from `scopes`: the innermost scope that binds it decides."""
        for scope in scopes:
            values = self._references.get((scope, key))
            if values is None:
                continue
            if len(values) != 1 or "?" in values:
                return None
            return next(iter(values))
        return None

    def candidates(self, qualified: Sequence[str], dotted: str,
                   scopes: Sequence[str] = ("",)) -> List[str]:
        """Every dotted name the function of a call may resolve to, best first."""
        return self._ranked(qualified, dotted, scopes)[0]

    def _ranked(self, qualified: Sequence[str], dotted: str,
                scopes: Sequence[str]) -> Tuple[List[str], int]:
        """`candidates`, and how many of them reach openai through an import; the rest go
        through a parameter or an attribute (`LegacyCall.guessed`)."""
        key = (tuple(qualified), dotted, tuple(scopes))
        found = self._ranked_memo.get(key)
        if found is None:
            found = self._ranked_memo[key] = self._rank(qualified, dotted, scopes)
        return list(found[0]), found[1]

    def _rank(self, qualified: Sequence[str], dotted: str,
              scopes: Sequence[str]) -> Tuple[List[str], int]:
        names = [name for name in qualified
                 if "." in name and name.split(".", 1)[0] in SDK_ROOTS]
        # A module that re-exports openai (`from app.llm import openai`, `llm.openai.X`).
        names += self._behind_openai(name for name in qualified if not name.startswith("<"))
        parts = dotted.split(".")
        for cut in range(len(parts), 0, -1):
            resolved = self._resolve_reference(".".join(parts[:cut]), scopes)
            if resolved is not None:
                names.append(".".join([resolved, *parts[cut:]]))
                # `self.lib = openai`, `class Bot: import openai`: the module on an object.
                return names, len(names) - (resolved == "openai")
        if parts[0] in (OPENAI_CLIENT, "other()") \
                or dotted.startswith(providers.ANTHROPIC_CLIENT + "."):
            return names + [dotted], len(names) + 1
        certain = len(names)
        if not names and self._may_be_openai_client(parts):
            self.guessed_client = True
            start = next(i for i, part in enumerate(parts) if part in V1_RESOURCES)
            names.append(".".join([OPENAI_CLIENT, *parts[start:]]))
            certain = 1  # the client keeps its own spelling when rewritten
        elif not names:
            # A local or a parameter named `openai`: most likely the module, passed in.
            names = self._behind_openai(name for name in qualified if name.startswith("<"))
            if not names and self._may_be_openai_module(qualified, dotted, parts):
                self.guessed_client = True
                names.append(".".join(["openai", *parts[-2:]]))
            elif not names and not qualified and parts[0] == "openai" and len(parts) == 3 \
                    and parts[1] in _GUESSED_V0_RESOURCES:
                # `openai.ChatCompletion.create(...)` with no `openai` bound anywhere: a
                # snippet, or a cell that relies on another's import
                names.append(dotted)
            start = None if names else self._anthropic_client_end(parts)
            if start is not None:
                self.guessed_client = True
                names.append(".".join([providers.ANTHROPIC_CLIENT, *parts[start:]]))
                certain = 1
        return names, certain

    @staticmethod
    def _behind_openai(qualified: Iterable[str]) -> List[str]:
        """`x.openai.Completion.create` as `openai.Completion.create` (v0 resources only),
        unless `x` is a library that wraps openai under that name (GPTCache's adapter)."""
        return ["openai." + name.rsplit(".openai.", 1)[1] for name in qualified
                if ".openai." in name and name.split(".")[0] not in OPENAI_WRAPPERS
                and name.rsplit(".openai.", 1)[1].split(".")[0] in V0_RESOURCES]

    def _may_be_openai_module(self, qualified: Sequence[str], dotted: str,
                              parts: Sequence[str]) -> bool:
        """`api.ChatCompletion.create(...)` on an owner of unknown origin (a parameter, an
        attribute; never an import of another module) in an OpenAI-only file."""
        return (len(parts) >= 3 and (parts[-2] in _GUESSED_V0_RESOURCES or parts[-1] in
                                     _GUESSED_V0_METHODS.get(parts[-2], ()))
                and "openai" in self._imports and not self._imports & OTHER_SDKS
                and parts[0] not in self._imports
                and all(name == dotted or name.startswith("<local>.") for name in qualified))

    def _anthropic_client_end(self, parts: Sequence[str]) -> Optional[int]:
        """Where a client of unknown origin ends in an Anthropic-only file (no openai, no other
        SDK imported): `self.claude.completions.create` -> the index of `completions`."""
        if "anthropic" not in self._imports or "openai" in self._imports \
                or self._imports & (OTHER_SDKS - {"anthropic"}):
            return None
        start = next((i for i, part in enumerate(parts)
                      if part in providers.ANTHROPIC_RESOURCES
                      or part in providers.ANTHROPIC_OLD_METHODS), None)
        if not start:
            return None
        owner = parts[start - 1]
        return start if owner == "?()" or _ANTHROPIC_CLIENT_NAME.search(owner) else None

    def _may_be_openai_client(self, parts: Sequence[str]) -> bool:
        """A client of unknown origin (`self.client`, `get_client()`) in an OpenAI-only file."""
        start = next((i for i, part in enumerate(parts) if part in V1_RESOURCES), None)
        if not start or "openai" not in self._imports or self._imports & OTHER_SDKS:
            return False
        owner = parts[start - 1]
        return owner == "?()" or bool(_CLIENT_NAME.search(owner))

    def classify(self, qualified: Sequence[str], dotted: str,
                 scopes: Sequence[str] = ("",)) -> Optional[LegacyCall]:
        names, certain = self._ranked(qualified, dotted, scopes)
        for position, name in enumerate(names):
            legacy = classify_call(name)
            if legacy is not None:
                return legacy if position < certain else replace(legacy, guessed=True)
        return None

    def passed_resources(self) -> List[Tuple[_Reference, LegacyCall]]:
        """v0 resources and methods passed as values (`patch.object(openai.Completion, ...)`)."""
        found = []
        called = {id(deferred.func) for deferred, _ in self.legacy_calls()
                  if id(deferred) in self.deferred} if self.deferred else set()
        for node, qualified, dotted, scopes in self._passed:
            if id(node) in called:
                continue  # `partial(openai.Completion.create, ...)`: a call made later
            for name in self.candidates(qualified, dotted, scopes):
                parts = name.split(".")
                if len(parts) in (2, 3) and parts[0] == "openai" and parts[1] in V0_RESOURCES:
                    method = parts[2] if len(parts) == 3 else ""
                    found.append((node, LegacyCall(V0_RESOURCES[parts[1]], "v0", parts[1],
                                                   method, name)))
                    break
        return found

    def legacy_calls(self) -> List[Tuple[ast.Call, LegacyCall]]:
        """The module's legacy calls with their classification, in source order."""
        found = []
        for call, qualified, dotted, scopes in self._calls:
            legacy = self.classify(qualified, dotted, scopes)
            if legacy is not None:
                found.append((call, legacy))
        return found


# ---------------------------------------------------------------------------------------------
# The detector
# ---------------------------------------------------------------------------------------------

@dataclass
class _Candidate:
    """A string literal that names a table model; reported if it stands where a model goes."""

    node: ast.Constant
    value: str
    match: ModelMatch


@dataclass
class _Use:
    """A name used as a call argument or model value, and the line it is used on."""

    line: int
    model: bool
    harmless: bool = False  # printed or logged: it only shows the name
    callee: Optional["_Callee"] = None  # the plain function it is passed to, if any
    subscript: Optional[str] = None  # read as `name["key"]`: that key
    # the keys of the whole read, outermost table first (`name[task]["model"]`: None, "model")
    path: Tuple[Optional[str], ...] = ()


@dataclass(frozen=True)
class _Comparison:
    """A name compared (`model == "gpt-4"`, `"gpt-4" in model`, `model in (...)`) or used as a
    key (`PRICES[model]`). `constants` are the strings it is compared with when all are
    literals (None otherwise); renaming a model the name holds changes the outcome only if one
    equals the old or new name (or, `substring`, is found inside one). `container`: the name is
    the right side of `in`, which tests a dict's keys, not the values it holds."""

    line: int
    constants: Optional[Tuple[str, ...]] = None
    substring: bool = False
    container: bool = False

    def changes(self, old: str, new: str, bindings: Sequence[Tuple[ast.expr, Any]]) -> bool:
        """Whether renaming `old` to `new` in the name's value can change this comparison."""
        if self.container and bindings and all(isinstance(v, ast.Dict) for v, _ in bindings):
            return False
        if self.constants is None:
            return True
        if self.substring:
            return any(c in old or c in new for c in self.constants)
        return any(c in (old, new) for c in self.constants)


@dataclass(frozen=True)
class _Callee:
    """An argument of a call to a plain name (`count(messages, model=MODEL)`): if the name is a
    function of the module, the argument becomes one of its parameters."""

    name: str
    scope: "_Scope"
    keyword: Optional[str]
    position: int


# Builtins that read a dict given them whole by its keys only (`sorted(MODELS)`).
_KEYS_ONLY = frozenset({"sorted", "list", "set", "frozenset", "tuple", "len", "iter",
                        "enumerate", "reversed"})
# Calls that only show a value: a model name passed to them is not used as anything else.
_SHOWING_FUNCTIONS = frozenset({"print", "str", "repr", "format", "len", "echo", "secho"})
# A logger's methods (logging, loguru, structlog): they show their arguments' str(), which was
# the JSON for openai<1's objects.
LOGGING_METHODS = frozenset({"debug", "info", "warning", "warn", "error", "exception",
                             "critical"})
_SHOWING_METHODS = LOGGING_METHODS | {"log", "write", "format", "print", "echo"}


# Calls that hold a value as a default or a setting (os.getenv's default, Field(default=...),
# a CLI option's default): the name reaches whatever reads the setting, as a model.
_HOLDING_FUNCTIONS = frozenset({"getenv", "get", "setdefault", "pop", "environ_get", "Field",
                                "field", "Option", "Argument", "add_argument", "option"})


def defaulted_parameter(arguments: ast.arguments, default: ast.expr) -> Optional[str]:
    """The parameter whose default `default` is."""
    positional = [*arguments.posonlyargs, *arguments.args]
    pairs = list(zip(positional[len(positional) - len(arguments.defaults):], arguments.defaults))
    pairs += list(zip(arguments.kwonlyargs, arguments.kw_defaults))
    return next((arg.arg for arg, value in pairs if value is default), None)


def parameter_default(arguments: ast.arguments, parameter: str) -> Optional[ast.expr]:
    """The default value of `parameter`, if it has one."""
    positional = [*arguments.posonlyargs, *arguments.args]
    pairs = list(zip(positional[len(positional) - len(arguments.defaults):], arguments.defaults))
    pairs += list(zip(arguments.kwonlyargs, arguments.kw_defaults))
    return next((value for arg, value in pairs if arg.arg == parameter), None)


def _name_tokens(text: str, name: str) -> int:
    """How many times the code of `text` spells the name `name` (not an attribute `x.name`,
    not in strings or comments); -1 where it does not tokenize."""
    count, after_dot = 0, False
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.NAME and token.string == name and not after_dot:
                count += 1
            after_dot = token.type == tokenize.OP and token.string == "."
    except (tokenize.TokenError, SyntaxError):
        return -1
    return count


def _recursive_arguments(call: ast.Call, definition: ast.AST,
                         parameter: str) -> List[ast.expr]:
    """The arguments of `call`, a call of `definition` from inside it (`ask(prompt, model,
    retries - 1)`, or `self.ask(...)` in a method), that hand `parameter` back to itself."""
    name = getattr(definition, "name", None)
    func = call.func
    if isinstance(func, ast.Name) and func.id == name:
        first = 0
    elif isinstance(func, ast.Attribute) and func.attr == name \
            and isinstance(func.value, ast.Name) and func.value.id == "self":
        first = 1
    else:
        return []
    arguments = definition.args  # type: ignore[attr-defined]
    positional = [a.arg for a in (*arguments.posonlyargs, *arguments.args)][first:]
    handed = [arg for index, arg in enumerate(call.args) if index < len(positional)
              and positional[index] == parameter]
    handed += [keyword.value for keyword in call.keywords if keyword.arg == parameter]
    return [arg for arg in handed if isinstance(arg, ast.Name) and arg.id == parameter]


def _prints(call: ast.Call) -> bool:
    """`print(...)`, `log.info(...)`, `click.echo(...)`: what it is given is only shown."""
    func = call.func
    return (isinstance(func, ast.Name) and func.id in ("print", "echo", "secho")) or (
        isinstance(func, ast.Attribute) and func.attr in _SHOWING_METHODS - {"write", "format"})


def shows_argument(call: ast.Call) -> bool:
    """A call that only shows its arguments (print, a logger, str, len) or holds them as a
    default or a setting (os.getenv's default, Field(default=...)): no lookup of a name."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else (
        func.attr if isinstance(func, ast.Attribute) else "")
    return name in _HOLDING_FUNCTIONS or (isinstance(func, ast.Name)
                                          and name in _SHOWING_FUNCTIONS) or (
        isinstance(func, ast.Attribute) and name in _SHOWING_METHODS)


# What a value flows through: (the scope that binds a name, the name), or (ATTRIBUTES, name)
# for an attribute (`self.model`, `cfg.model`), which any scope may read; a class body's names
# are attributes too (`class Config: model = "ada"` is read as `config.model`). An attribute
# of a class's own instance is keyed by the class: `self.model = ...` in a method of `Bot`
# binds ((ATTRIBUTES, "Bot"), "model") (as does `Bot`'s body), and `self.model` read there
# reads ((INSTANCE, "Bot"), "model"), which sees what `Bot`'s family of classes (its bases and
# subclasses in the module) stores and what any other code stores as `<x>.model`; a read of
# any other object's `.model` sees every class's (`Detector._values`).
_FlowKey = Tuple[object, str]
ATTRIBUTES = "attributes"
INSTANCE = "instance"


def _attribute_key(key: _FlowKey) -> bool:
    """An attribute's key, of any class or none."""
    return key[0] is ATTRIBUTES or (isinstance(key[0], tuple) and key[0][0] in (ATTRIBUTES,
                                                                                INSTANCE))


def _own_instance(value: ast.expr, scope: "_Scope") -> Optional[str]:
    """The class whose method's instance parameter `value` names (`self` in `Bot.ask`)."""
    if isinstance(value, ast.Name):
        method = scope.owner(value.id)
        if method.instance is not None and method.instance[0] == value.id:
            return method.instance[1]
    return None


@dataclass
class _FlowState:
    """Bindings (key -> the values assigned to it, each with the scope it is read in) and uses
    (key -> where it is used)."""

    bindings: Dict[_FlowKey, List[Tuple[ast.expr, _Scope]]] = field(default_factory=dict)
    uses: Dict[_FlowKey, List[_Use]] = field(default_factory=dict)


@dataclass(frozen=True)
class _CallContext:
    """The call a model literal is the model of: "dead" (a legacy call of a gone API, with its
    classification) or a `providers` context (an Anthropic Messages call ...)."""

    kind: str
    call: ast.Call
    legacy: Optional[LegacyCall] = None
    removed: Optional[str] = None  # the rule of the removed import the call goes through


@dataclass
class Detection:
    """What detection learned about one module: its findings, and the classification of each
    legacy call by the span of the call's function (the API rewrites start from it)."""

    findings: List[Finding]
    calls: Dict[Span, LegacyCall]
    # (first, last) lines of the top-level definitions left unparsed (`focus`)
    left_out: Tuple[Tuple[int, int], ...] = ()
    # The detector itself: its scopes and resolutions are what rewrite planning reads.
    detector: Optional["Detector"] = field(default=None, compare=False, repr=False)


class Detector(CallResolver):
    """Collects findings for one module: one pass in source order, then one resolution step."""

    def __init__(self, options: DetectOptions, index: LineIndex,
                 names: Union[QualifiedNames, _NoQualifiedNames],
                 line_label: Callable[[int], str] = lambda line: f"line {line}") -> None:
        super().__init__(names)
        self.options = options
        self.index = index
        self.line_label = line_label
        self.findings: List[Finding] = []
        self.calls: Dict[Span, LegacyCall] = {}
        self.legacy_nodes: Dict[Span, ast.Call] = {}  # each legacy call by its finding's span
        # Calls that take a model, by the literal they pass (id) or the key they read it from:
        # a model fix must also make the call's other arguments acceptable to the new model.
        self._model_calls: Dict[object, List[ast.Call]] = {}
        # a call of a module function or class (`ask(q, model=...)`, `Bot(model=...)`) ->
        # where its model goes
        self._model_callees: Dict[int, _Callee] = {}
        self._constructed: Dict[int, ast.ClassDef] = {}  # a call -> the module class it makes
        # a model given as a dict's default (`kwargs.setdefault("model", "gpt-4")`): the call
        self._set_defaults: Dict[int, ast.Call] = {}
        # Literals used as dict keys, compared or tested for membership: they refer to a
        # model, they do not request one (renaming them alone breaks the lookups).
        self._referring: Set[int] = set()
        # the model of a dict that records a response ({"object": "chat.completion", ...},
        # {"id": "modr-...", ...})
        self._records: Set[int] = set()
        # literals stored under a string key (`df["Model"] = "gpt-3.5-turbo"`): (holder, key)
        self._labels: Dict[int, Tuple[str, str]] = {}
        self._tree: Optional[ast.Module] = None
        # Completions calls to a server of the project's own (`_own_server_host`), by id: the
        # rewrite keeps them on Completions (`rewrite.Planner.migration_of`)
        self.own_server_calls: Set[int] = set()
        # a string literal or a list, tuple or set -> the list, tuple or set it is an item of
        self._items_of: Dict[int, ast.expr] = {}
        # a string literal, list, tuple, set or dict that is a key or value of a dict -> the dict
        self._entries_of: Dict[int, ast.Dict] = {}
        # a literal, list, tuple, set or dict passed to a call -> the call
        self._argument_of: Dict[int, ast.Call] = {}
        # the default= of a command-line option (argparse, click): read as args.<dest>
        self._option_defaults: Set[int] = set()
        # a command-line option's default model -> the option's dest (`--model` -> model): the
        # calls that pass `<parsed>.model` as their model send it
        self._option_dests: Dict[int, str] = {}
        # a name given as an option's default (`default=DEFAULT_MODEL`) -> the option's dest:
        # the literals bound to that name are the default (`_option_names_to_literals`)
        self._option_names: List[Tuple[_FlowKey, str]] = []
        self._option_choices: Set[str] = set()  # options that list their choices
        # a dict's value under a model key -> the dict (`{"model": ..., "temperature": ...}`)
        self._model_dicts: Dict[int, ast.Dict] = {}
        # a name read as a dict's value under a model key -> the dicts (`{"model": model}`)
        self._model_dict_keys: Dict[_FlowKey, List[ast.Dict]] = {}
        self._handed: Set[int] = set()  # literals passed as a non-model argument (by id)
        self._parameters: Dict[int, Set[str]] = {}  # id(function scope) -> its parameters
        # The module's functions by (id(scope binding the name), name): their scope and
        # parameters, to follow a model passed to them (`_looked_up_in`).
        self._functions: Dict[Tuple[int, str], Tuple[_Scope, ast.arguments]] = {}
        self._definitions: Dict[int, ast.AST] = {}  # id of a def's arguments -> the def
        self._classes: Dict[Tuple[int, str], ast.ClassDef] = {}  # as _functions, for classes
        self._class_families: Tuple[Optional[ast.AST], Dict[str, FrozenSet[str]]] = (None, {})
        self._setter_keys: Optional[Dict[str, _FlowKey]] = None  # `_setters`
        self._class_nodes: Dict[int, ast.ClassDef] = {}  # a class's scope (id) -> its node
        self._compared: Dict[_FlowKey, List[_Comparison]] = {}  # names compared or used as keys
        self._compared_fields: Set[str] = set()  # keys of records compared (`m["name"] == x`)
        # api-version fixes (finding index, literal): held where code compares the value
        self._version_fixes: List[Tuple[int, ast.Constant]] = []
        self._listed_dicts: Set[int] = set()  # dict displays that are items of a list or tuple
        self._passed_in: Dict[int, _Callee] = {}  # model literals passed to a plain name
        self._model_positions: Set[int] = set()
        self._model_keys: Set[_FlowKey] = set()
        self._model_members: Set[Tuple[_FlowKey, str]] = set()
        self._not_values: Set[int] = set()
        self._candidates: List[_Candidate] = []
        self._flow = _FlowState()
        self._index: Optional[Tuple[Dict[int, Set[_FlowKey]],
                                    Dict[_FlowKey, Set[_FlowKey]]]] = None
        self._resolutions: Dict[str, Resolution] = {}
        self._call_scopes: Dict[int, _Scope] = {}
        # Model literals (by id) and flow keys that reach the model of a call whose API decides
        # what their finding says (`_collect_contexts`).
        self._contexts: Dict[int, _CallContext] = {}
        self._context_keys: Dict[_FlowKey, _CallContext] = {}
        # Azure deployment names (`_collect_deployments`): literals by id, and flow keys.
        self._azure = False
        # `openai.api_type = "open_ai"`: the module runs on OpenAI whatever the environment says
        self._not_azure = False
        self._deployments: Set[int] = set()
        self._fine_tunes: Optional[Set[int]] = None  # `_creates_fine_tune`, once asked
        self._returned_dicts: Optional[Set[int]] = None  # `_returned`, once asked
        self._deployment_keys: Set[_FlowKey] = set()
        # name -> whether what it is assigned is an Azure client (True) or OpenAI's (False),
        # for `client = OpenAI(...)` beside `azure_client = AzureOpenAI(...)`
        self._client_classes: Dict[str, Set[bool]] = {}
        self._lookalike: Optional[str] = None  # `_lookalike_module`, once found
        # calls spreading a dict of unknown content (`create(**self.params)`) -> the model
        # literals out of sight held for them (`_unknown_spread`): such a call stays manual
        self.spread_held: Dict[int, List[ast.Constant]] = {}
        # calls sending a model no literal is traced to (`model, t = (...) if c else (...)`)
        # -> the model literals held for them (`_untraced_sender`): such a call stays manual
        self.untraced_held: Dict[int, List[ast.Constant]] = {}
        self._server_host: Tuple[Optional[ast.AST], Optional[str]] = (None, None)
        self._literal_members: Tuple[Optional[ast.AST], Set[int]] = (None, set())
        # calls of a name bound to a 0.x method or a client's (`_project_callee`), once visited
        self._sdk_calls: Optional[Set[int]] = None
        # the module's `def`s at the top that alone bind their names (`_module_function`)
        self._module_functions: Optional[Dict[str, ast.AST]] = None
        # names a rename is held for because code compares them or looks them up (the line),
        # and renames of dict entries ("model": ...) no call in sight sends: see
        # `_hold_unsent_compared`
        self._compared_names: Dict[str, int] = {}
        self._unsent_renames: List[Tuple[int, ast.Constant]] = []
        self._dict_values: Set[int] = set()  # constants held as a dict display's values (ids)
        # model= of an Azure wrapper class beside its deployment (llama_index's AzureOpenAI)
        self._described: Set[int] = set()
        # (start, end) positions of the statements that run only with openai < 1.0
        self._legacy_only: List[Tuple[Tuple[int, int], Tuple[int, int]]] = []
        # reads of openai.<setting> openai>=1 lacks, and the settings the module assigns: a
        # read is reported in `_finish` unless the module sets that setting itself
        self._setting_reads: List[Tuple[Span, str]] = []
        # 0.x methods a test double replaces: (resource, method) -> the patch call
        self._patched: Dict[Tuple[str, str], ast.AST] = {}
        self._patch_targets: List[Tuple[ast.expr, LegacyCall]] = []
        self._settings_set: Set[str] = set()

    # -- the walk ------------------------------------------------------------------------------

    def run(self, tree: ast.Module) -> None:
        """Visit every node in source order (iteratively: deep expressions cannot overflow the
        interpreter's stack), then decide."""
        self._tree = tree
        self._relays = relaying_functions(tree)
        self._relays.update(self._imported_relays(tree))
        self._legacy_only = [
            (self._span(first)[:2], self._span(last)[2:])
            for first, last in version_guard.legacy_blocks(
                tree, self.index.text, self.names.names, self.names.scope_of, self.names.module)]
        dispatch = _DISPATCH
        kinds = _SCOPE_KINDS
        # A node, or (kind, scope) to leave a scope once its children are done.
        stack: List[Union[ast.AST, Tuple[str, _Scope]]] = [tree]
        push = stack.append
        while stack:
            node = stack.pop()
            if node.__class__ is tuple:
                kind, scope = node  # type: ignore[misc]
                self._leave(kind)
                self.scope = scope
                continue
            method = dispatch.get(node.__class__)
            if method is not None and method(self, node) is False:
                continue
            kind = kinds.get(node.__class__)
            if kind is not None:
                if kind != "names":
                    self._enter(kind)
                push((kind, self.scope))
                outer = self.scope
                self.scope = self.names.scope_of(node, self.scope)
                if kind == "def":
                    self._functions[(id(outer.owner(node.name)), node.name)] = (
                        self.scope, node.args)
                    self._definitions[id(node.args)] = node
                    if self.scope.instance is not None and node.decorator_list:
                        self._property_returns(node)
            fields = _CHILD_FIELDS.get(node.__class__)
            if fields is None:
                fields = _child_fields(node.__class__)
            for name in reversed(fields):  # pushed last first: popped in source order
                value = getattr(node, name, None)
                if value.__class__ is list:
                    for child in reversed(value):
                        if isinstance(child, ast.AST):
                            push(child)
                elif isinstance(value, ast.AST):
                    push(value)
        self._finish()

    def _imported_relays(self, tree: ast.Module) -> Dict[str, FrozenSet[str]]:
        """The relay helpers the module imports from other project modules (`from retry
        import with_retries`, bound once), as `relaying_functions` gives its own."""
        ask = self.options.imported_relay
        imports = [statement for statement in tree.body if isinstance(statement, ast.ImportFrom)]
        if ask is None or not imports:
            return {}
        # only a name called with a method as its first argument may be a relay host
        hosts = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call)
                 and isinstance(node.func, ast.Name) and node.args
                 and isinstance(node.args[0], ast.Attribute)
                 and node.args[0].attr in ("create", "acreate", "transcribe", "translate")}
        imports = [statement for statement in imports
                   if any((alias.asname or alias.name) in hosts for alias in statement.names)]
        bound = Counter(name for statement in tree.body for name in _top_level_names(statement))
        found: Dict[str, FrozenSet[str]] = {}
        for statement in imports:
            for alias in statement.names:
                local = alias.asname or alias.name
                kept = ask(statement.module, statement.level, alias.name) \
                    if bound[local] == 1 else None
                if kept is not None:
                    found[local] = kept
        return found

    def _leave(self, kind: str) -> None:  # type: ignore[override]
        if kind != "names":
            super()._leave(kind)

    # -- where a value is a model ----------------------------------------------------------

    def _mark_model(self, node: ast.expr, scope: _Scope) -> None:
        """`node`, read in `scope`, stands where a model goes; so do its elements, branches and
        defaults, and the values of the names it reads."""
        if id(node) in self._model_positions:
            return
        self._model_positions.add(id(node))
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            for element in node.elts:
                self._mark_model(element.value if isinstance(element, ast.Starred) else element,
                                 scope)
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if key is not None:
                    self._mark_model(value, scope)
        elif isinstance(node, ast.IfExp):
            self._mark_model(node.body, scope)
            self._mark_model(node.orelse, scope)
        elif isinstance(node, ast.BoolOp):
            for value in node.values:
                self._mark_model(value, scope)
        elif isinstance(node, ast.Call):
            default = _call_default(node)
            if default is not None:
                self._mark_model(default, scope)
            member = _member(node, scope)
            if member is not None:
                self._mark_member(*member)
        else:
            member = _member(node, scope)
            if member is not None:
                self._mark_member(*member)
                return
            key = _read_key(node, scope)
            if key is not None and key not in self._model_keys:
                self._model_keys.add(key)
                for value, value_scope in self._values(key):
                    self._mark_model(value, value_scope)

    def _mark_member(self, key: _FlowKey, entry: str) -> None:
        """`MODELS["fast"]` or `cfg.get("model")` is a model: only that entry of the dict is."""
        if (key, entry) in self._model_members:
            return
        self._model_members.add((key, entry))
        for value, value_scope in self._values(key):
            self._mark_entry(value, entry, value_scope)

    def _mark_entry(self, value: ast.expr, entry: str, scope: _Scope) -> None:
        if isinstance(value, ast.Dict):
            for key, item in zip(value.keys, value.values):
                if key is not None and string_value(key) == entry:
                    self._mark_model(item, scope)

    def _bind(self, key: Optional[_FlowKey], value: ast.expr, scope: _Scope) -> None:
        """`key` holds `value`, which reads its names in `scope`."""
        if key is None:
            return
        self._flow.bindings.setdefault(key, []).append((value, scope))
        readers = self._readers(key)
        if readers & self._model_keys:
            self._mark_model(value, scope)
        for member, entry in list(self._model_members):
            if member in readers:
                self._mark_entry(value, entry, scope)

    def _values(self, key: _FlowKey) -> List[Tuple[ast.expr, _Scope]]:
        """What a read of `key` may hold: its bindings; for an attribute, those of every class
        whose instances the read may see (`_FlowKey`)."""
        bindings = self._flow.bindings
        owner, name = key
        if owner is ATTRIBUTES:
            classes: AbstractSet[str] = self._families()[1].keys()
        elif isinstance(owner, tuple) and owner[0] == INSTANCE:
            classes = self._families()[1].get(owner[1], frozenset({owner[1]}))
        else:
            return bindings.get(key, [])
        found = list(bindings.get((ATTRIBUTES, name), ()))
        for cls in sorted(classes):
            found.extend(bindings.get(((ATTRIBUTES, cls), name), ()))
        return found

    def _readers(self, key: _FlowKey) -> Set[_FlowKey]:
        """The keys whose reads see what `key` is bound to: itself, and for an attribute the
        reads of any object's and of its class family's instances (`_FlowKey`)."""
        owner, name = key
        if owner is ATTRIBUTES:
            classes: AbstractSet[str] = self._families()[1].keys()
        elif isinstance(owner, tuple) and owner[0] == ATTRIBUTES:
            classes = self._families()[1].get(owner[1], frozenset({owner[1]}))
        else:
            return {key}
        return {key, (ATTRIBUTES, name), *(((INSTANCE, cls), name) for cls in classes)}

    def _families(self) -> Tuple[Optional[ast.AST], Dict[str, FrozenSet[str]]]:
        """The module's classes by name, each with its family: the classes it is joined to
        through bases in the module (an attribute one of them stores may be read by another)."""
        if self._class_families[0] is not self._tree:
            parent: Dict[str, str] = {}

            def root(name: str) -> str:
                while parent.setdefault(name, name) != name:
                    name = parent[name]
                return name

            classes = [node for node in ast.walk(self._tree) if isinstance(node, ast.ClassDef)] \
                if self._tree is not None else []
            names = {node.name for node in classes}
            for node in classes:
                root(node.name)
                for base in node.bases:
                    if isinstance(base, ast.Name) and base.id in names:
                        parent[root(base.id)] = root(node.name)
            members: Dict[str, Set[str]] = {}
            for name in names:
                members.setdefault(root(name), set()).add(name)
            self._class_families = (self._tree, {name: frozenset(members[root(name)])
                                                 for name in names})
        return self._class_families

    def _use(self, node: ast.expr, model: bool, harmless: bool = False,
             callee: Optional[_Callee] = None) -> None:
        key = _read_key(node, self.scope)
        if key is not None:
            subscript = string_value(node.slice) if isinstance(node, ast.Subscript) else None
            self._flow.uses.setdefault(key, []).append(
                _Use(node.lineno, model, harmless, callee, subscript, _subscript_path(node)))

    def _arg(self, keyword: Optional[str], value: ast.expr, harmless: bool = False,
             callee: Optional[_Callee] = None) -> None:
        model = keyword is not None and (keyword in MODEL_KEYWORDS or _hints_model(keyword))
        if model and isinstance(value, ast.JoinedStr) and len(value.values) > 1:
            # model=f"{BASE_MODEL}{suffix}": the names are parts of the model's name, which a
            # rename of theirs would make into names never served
            for part in value.values:
                if isinstance(part, ast.FormattedValue):
                    self._use(part.value, False)
        if model:
            self._mark_model(value, self.scope)
            if callee is not None and isinstance(value, ast.Constant):
                self._passed_in[id(value)] = callee
        elif not harmless and isinstance(value, ast.Constant):
            self._handed.add(id(value))  # handed to a function that may look it up
            if callee is not None:
                self._passed_in[id(value)] = callee  # which may only send it (`_only_sent`)
        self._use(value, model, harmless, callee)

    def visit_Dict(self, node: ast.Dict) -> None:
        if any(records_a_response(string_value(key), string_value(value))
               for key, value in zip(node.keys, node.values) if key is not None):
            self._records.update(id(value) for key, value in zip(node.keys, node.values)
                                 if key is not None and string_value(key) == "model")
        keys = [string_value(key) for key in node.keys]
        self._dict_values.update(id(value) for key, value in zip(node.keys, node.values)
                                 if key is not None and isinstance(value, ast.Constant))
        for key, value in zip(node.keys, node.values):
            if key is not None and versioned_model(string_value(key), keys):
                if isinstance(value, ast.Constant):  # Weaviate's `"model": "ada"`: a family
                    self._not_values.add(id(value))
            elif key is not None and string_value(key) in MODEL_DICT_KEYS:
                self._mark_model(value, self.scope)
                self._use(value, True)
                self._model_dicts[id(value)] = node
                for alternative in _alternatives(value):  # `A if long else B`: either
                    # `{"model": model, ...}`; `{"model": self.model, ...}` only where returned
                    # (a config's to_kwargs(), `_returned_dicts`): one the method sends itself
                    # is judged at its call
                    read = _read_key(alternative, self.scope) \
                        if isinstance(alternative, ast.Name) or isinstance(
                            alternative, ast.Attribute) and self._returned(node) else None
                    if read is not None:
                        self._model_dict_keys.setdefault(read, []).append(node)
                if isinstance(value, ast.Call) and _is_lookup(value):
                    default = _call_default(value, call_args(value))  # getenv("M", "gpt-4")
                    if default is not None:
                        self._model_dicts[id(default)] = node
            elif key is not None and _hints_version(string_value(key) or ""):
                self._api_version(value)
            if isinstance(key, ast.Constant):
                self._referring.add(id(key))
            elif isinstance(key, ast.Tuple):  # `{("gpt-4", "hello"): ...}`: a compound key
                self._referring.update(id(item) for item in key.elts
                                       if isinstance(item, ast.Constant))
            for entry in (key, value):
                if entry.__class__ in _CONTAINERS or (
                        entry.__class__ is ast.Constant and entry.value.__class__ is str):  # type: ignore
                    self._entries_of[id(entry)] = node

    def visit_Sequence(self, node: Union[ast.List, ast.Tuple, ast.Set]) -> None:
        for item in node.elts:
            kind = item.__class__
            if kind is ast.Constant and item.value.__class__ is str or kind in _SEQUENCES:  # type: ignore
                self._items_of[id(item)] = node
            elif kind is ast.Dict:
                self._listed_dicts.add(id(item))

    def visit_Compare(self, node: ast.Compare) -> None:
        # model == "gpt-3.5-turbo", model in ("ada", "babbage"): a reference, not a request.
        operands = (node.left, *node.comparators)
        # `m["name"] == model`, `model in [m["name"] for m in MODELS]`: the "name" field of
        # records compares model names (`_finish` holds the records' values back)
        for operand in operands:
            field = _field_read(operand.elt if isinstance(
                operand, (ast.ListComp, ast.SetComp, ast.GeneratorExp)) else operand)
            if field is not None:
                self._compared_fields.add(field)
        for position, operand in enumerate(operands):
            if isinstance(operand, ast.Constant):
                self._referring.add(id(operand))
            elif isinstance(operand, (ast.Name, ast.Attribute)):
                # `model in repo.models`: a class attribute's list, compared like a name's
                key = _read_key(operand, self.scope)
                if key is not None:
                    self._compared.setdefault(key, []).append(
                        _comparison(node, position, operands))
            elif isinstance(operand, (ast.List, ast.Tuple, ast.Set)) and any(
                    isinstance(op, (ast.In, ast.NotIn)) for op in node.ops):
                self._referring.update(id(e) for e in operand.elts
                                       if isinstance(e, ast.Constant))

    def visit_Subscript(self, node: ast.Subscript) -> None:
        if isinstance(node.slice, ast.Constant):  # PRICES["gpt-3.5-turbo-0301"]
            self._referring.add(id(node.slice))
        elif isinstance(node.slice, (ast.Name, ast.Attribute)):  # PRICES[model], [self.model]
            key = _read_key(node.slice, self.scope)
            if key is not None:
                self._compared.setdefault(key, []).append(_Comparison(node.lineno))

    def _key_looked_up(self, call: ast.Call) -> None:
        """`CONTEXT_WINDOW.get(model, 4096)`, `.pop(model)`, `.setdefault(model, ...)`: the
        first argument is a key looked up, as in `CONTEXT_WINDOW[model]` (the default it
        holds is not); not the environment's (`os.environ.get("OPENAI_MODEL")`)."""
        func = call.func
        if not (isinstance(func, ast.Attribute) and func.attr in ("get", "pop", "setdefault")
                and call.args and not call.keywords and len(call.args) <= 2) \
                or dotted_name(func.value) in ("os.environ", "environ"):
            return
        first = call.args[0]
        if isinstance(first, ast.Constant):
            self._referring.add(id(first))
        elif isinstance(first, (ast.Name, ast.Attribute)):
            key = _read_key(first, self.scope)
            if key is not None:
                self._compared.setdefault(key, []).append(_Comparison(call.lineno))

    def visit_MatchValue(self, node: Any) -> None:
        if isinstance(node.value, ast.Constant):  # case "gpt-3.5-turbo":
            self._referring.add(id(node.value))

    def _api_version(self, value: ast.expr) -> None:
        """A string in an api-version position that names a retired API version (GM106)."""
        text = string_value(value)
        family = self.options.table.api_value(text, self.options.as_of) if text else None
        if family is None or text is None:
            return
        assert isinstance(value, ast.Constant)
        status = family.status(self.options.as_of)
        when = (f"was retired on {family.shutdown}" if status == "retired"
                else f"retires on {family.shutdown}")
        message = f"Azure OpenAI api-version {text} {when}"
        fix = None
        if family.replacement_value:
            message += f"; use {family.replacement_value} or a later GA version"
            parts = _literal_parts(self._segment(value))
            if parts is not None and parts[1] == text:
                line = value.lineno
                column = self.index.column(line, value.col_offset) + parts[0]
                start = self.index.offset(line, column)
                fix = Fix(FixSafety.UNSAFE, (Edit(
                    start, start + len(text), family.replacement_value,
                    Position(line, column + 1), Position(line, column + 1 + len(text))),),
                    f"Replace api-version {text} with {family.replacement_value}")
        span = self._span(value)
        rule = get_rule("GM106")
        assert rule is not None
        if fix is not None:
            self._version_fixes.append((len(self.findings), value))
        self.findings.append(Finding(
            code=rule.code, name=rule.name,
            severity=Severity.ERROR if status == "retired" else Severity.WARNING,
            message=message, start=Position(span[0], span[1]), end=Position(span[2], span[3]),
            fix_safety=FixSafety.UNSAFE if fix else FixSafety.MANUAL, fix=fix))

    def visit_Assign(self, node: ast.Assign) -> None:
        super().visit_Assign(node)
        made = self._qualified(node.value.func) & OPENAI_CLIENT_CLASSES \
            if isinstance(node.value, ast.Call) else set()
        for target in node.targets:
            self._assign(target, node.value)
            name = target.id if isinstance(target, ast.Name) else \
                target.attr if isinstance(target, ast.Attribute) else None
            if made and name is not None:
                self._client_classes.setdefault(name, set()).add(
                    bool(made & AZURE_CLIENT_CLASSES))
            if isinstance(target, ast.Attribute) and target.attr == "api_type" \
                    and isinstance(node.value, ast.Constant) \
                    and "openai.api_type" in self._qualified(target):
                if str(node.value.value).startswith("azure"):
                    self._azure = True  # `openai.api_type = "azure"`: engine= names a deployment
                else:
                    self._not_azure = True

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        super().visit_AnnAssign(node)
        if node.value is not None:
            self._assign(node.target, node.value)

    def _assign(self, target: ast.expr, value: ast.expr) -> None:
        if _target_hints_model(target):
            self._mark_model(value, self.scope)
        elif isinstance(target, ast.Subscript) and string_value(target.slice) is not None \
                and "os.environ" not in self._qualified(target.value):
            label = (dotted_name(target.value) or "", string_value(target.slice) or "")
            self._labels.update((id(node), label) for node in _yielded(value)
                                if isinstance(node, ast.Constant))
        name = target.id if isinstance(target, ast.Name) else (
            target.attr if isinstance(target, ast.Attribute) else "")
        if _hints_version(name):
            self._api_version(value)
        self._bind(_target_key(target, self.scope), value, self.scope)
        setter = self._setters().get(name) if isinstance(target, ast.Attribute) else None
        if setter is not None:  # `bot.model = "gpt-4"` runs `@model.setter`'s body with it
            self._bind(setter, value, self.scope)

    def _setters(self) -> Dict[str, _FlowKey]:
        """The module's property setters by attribute (`@model.setter def model(self,
        value)`): the key of the parameter an assignment to the attribute gives its value."""
        if self._setter_keys is None:
            self._setter_keys = {}
            for node in ast.walk(self._tree) if self._tree is not None else ():
                if isinstance(node, ast.FunctionDef) and len(node.args.args) == 2 and any(
                        isinstance(d, ast.Attribute) and d.attr == "setter"
                        and isinstance(d.value, ast.Name) and d.value.id == node.name
                        for d in node.decorator_list):
                    scope = self.names.scopes.get(id(node))
                    if scope is not None:
                        self._setter_keys[node.name] = _flow_key(scope, node.args.args[1].arg)
        return self._setter_keys

    def visit_For(self, node: Union[ast.For, ast.AsyncFor]) -> None:
        # `for engine in ("ada", "babbage"): create(engine=engine)`
        self._bind(_target_key(node.target, self.scope), node.iter, self.scope)

    def visit_arguments(self, node: ast.arguments) -> None:
        for default in (*node.defaults, *node.kw_defaults):
            # `def __init__(self, create=openai.ChatCompletion.create)`: passed as a value
            if isinstance(default, (ast.Name, ast.Attribute)):
                self._passed.append((default, tuple(sorted(self._qualified(default))),
                                     self._expression_name(default), self._visible()))
        positional = [*node.posonlyargs, *node.args]
        defaults: List[Optional[ast.expr]] = [None] * (len(positional) - len(node.defaults))
        pairs = list(zip(positional, defaults + list(node.defaults)))
        pairs += list(zip(node.kwonlyargs, node.kw_defaults))
        for param in (node.vararg, node.kwarg):
            if param is not None:
                pairs.append((param, None))
        # The walk is inside the function's scope; defaults are read in the enclosing one.
        outside = self.scope.parent or self.scope
        self._parameters.setdefault(id(self.scope), set()).update(p.arg for p, _ in pairs)
        for param, default in pairs:
            self._param(param)
            if default is None:
                continue
            if _hints_model(param.arg):
                self._mark_model(default, outside)
            self._bind(_flow_key(self.scope, param.arg), default, outside)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes[(id(self.scope.owner(node.name)), node.name)] = node
        self._class_nodes[id(self.names.scope_of(node, self.scope))] = node
        # Base classes and class keywords are arguments too (`class Bot(Base, model="ada")`).
        for base in node.bases:
            self._arg(None, base)
            if isinstance(base, (ast.Name, ast.Attribute)):
                # `class Retrying(openai.ChatCompletion)`: a v0 resource its subclass calls
                # through `Retrying.create(...)` and `super().create(...)`, never rewritten
                self._passed.append((base, tuple(sorted(self._qualified(base))),
                                     self._expression_name(base), self._visible()))
                self.kept_how[id(base)] = "subclassed"
        for keyword in node.keywords:
            self._arg(keyword.arg, keyword.value)

    def visit_Call(self, node: ast.Call) -> None:
        super().visit_Call(node)
        self._call_scopes[id(node)] = self.scope
        if id(node) in self._deferred_by_host:
            self._call_scopes[id(self._deferred_by_host[id(node)])] = self.scope
        if _patches(node) and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            target = _PATCH_TARGET.search(node.args[0].value)
            if target is not None and target.group(1) in V0_RESOURCES:
                self._stand_in(node, node.args[0], target.group(1), target.group(2) or "")
        if isinstance(node.func, ast.Name) and node.func.id == "getattr" and node.args \
                and "openai" in self._qualified(node.args[0]):
            self._resource_by_name(node)
        args = call_args(node)
        self._key_looked_up(node)
        # A name shown (printed, logged) or passed to an SDK call is not looked up by code.
        shows = shows_argument(node) or any(name.split(".")[0] in ("openai", "anthropic")
                                    for name in self._qualified(node.func))
        plain, owner, first = self._callee_of(node)
        made = self._classes.get((id(owner.owner(plain)), plain)) if plain is not None else None
        if made is not None:
            self._constructed[id(node)] = made
        position = 0
        for arg in args:
            if arg.value.__class__ in _CONTAINERS or arg.value.__class__ is ast.Constant:
                self._argument_of[id(arg.value)] = node
            callee = None if plain is None or arg.star or position < 0 else _Callee(
                plain, owner, arg.keyword, position + first)
            if arg.keyword is None:  # a positional argument; after *args, positions are unknown
                position = -1 if arg.star or position < 0 else position + 1
            self._arg(arg.keyword, arg.value, shows, callee)
            if arg.keyword is not None and arg.keyword in MODEL_KEYWORDS:
                if callee is not None and (made is not None
                                           or self._function_of(callee) is not None):
                    self._model_callees[id(node)] = callee
                for value in _alternatives(arg.value):  # `a if test else b`: both are sent
                    if isinstance(value, ast.Call) and _is_lookup(value):
                        # `model=kwargs.get("model", "gpt-3.5-turbo")`: its default is sent
                        default = _call_default(value)
                        if default is None:
                            continue
                        value = default
                    key = (id(value) if isinstance(value, ast.Constant)
                           else _read_key(value, self.scope))
                    if key is not None:  # (the call a host makes later takes it)
                        self._model_calls.setdefault(key, []).append(
                            self._deferred_by_host.get(id(node), node))
            if arg.keyword is not None and _hints_version(arg.keyword):
                self._api_version(arg.value)
        # os.getenv("OPENAI_MODEL", "davinci"), settings.get("engine", "curie")
        if _is_lookup(node) and args:
            key = string_value(args[0].value)
            if key is not None and _hints_model(key):
                default = _call_default(node, args)
                if default is not None:
                    self._mark_model(default, self.scope)
                    if _function_name(node) == "setdefault":
                        self._set_defaults[id(default)] = node  # kwargs.setdefault("model", ...)
            if key is not None and _hints_version(key):
                default = _call_default(node, args)
                if default is not None:
                    self._api_version(default)
        # parser.add_argument("--model", default="davinci", choices=[...]), click.option(...)
        if args:
            # any of its flags (`"-m", "--model"`: the short one comes first)
            flags = [string_value(arg.value) for arg in args if arg.keyword is None]
            if any(flag is not None and _OPTION_FLAG.match(flag) for flag in flags):
                dest = _option_dest(args)
                for arg in args:
                    if arg.keyword in ("default", "choices"):
                        self._mark_model(arg.value, self.scope)
                    if arg.keyword == "choices" and dest is not None:
                        self._option_choices.add(dest)
                    if arg.keyword == "default":
                        self._option_defaults.add(id(arg.value))
                        if dest is not None:
                            self._option_dests.update((id(node), dest)
                                                      for node in _yielded(arg.value))
                            self._option_names.extend(
                                (key, dest) for node in _yielded(arg.value)
                                if isinstance(node, ast.Name)
                                for key in (_read_key(node, self.scope),) if key is not None)

    def _resource_by_name(self, node: ast.Call) -> None:
        """`getattr(openai, name).create(...)`, or the lookup bound to a name whose `.create`
        is called: an openai<1 resource chosen at run time (a literal name that is no 0.x
        resource, `getattr(openai, "api_key")`, is a setting)."""
        name = string_value(node.args[1]) if len(node.args) > 1 else None
        if name is not None and name not in V0_RESOURCES:
            return
        if not _CREATED.match(self.index.text, self._offset(node.end_lineno, node.end_col_offset)):
            holder = next((statement for statement in ast.walk(self._tree)  # type: ignore[arg-type]
                           if isinstance(statement, ast.Assign) and statement.value is node
                           and len(statement.targets) == 1
                           and isinstance(statement.targets[0], ast.Name)), None)
            if holder is None or not re.search(
                    rf"(?<![\w.]){re.escape(holder.targets[0].id)}\s*\.\s*a?create\s*\(",
                    self.index.text):
                return
        self._add_rule_finding(
            "GM201", Severity.ERROR,
            f"getattr(openai, ...) looks up an openai<1 resource by name "
            f"({name or 'chosen at run time'}), which openai-python 1.0 removed. Not "
            f"rewritten: the fix cannot tell which; call the OpenAI() client's resource for "
            f"it (client.chat.completions, client.embeddings ...) and move its arguments and "
            f"reads with it", self._span(node))

    def visit_Expr(self, node: ast.Expr) -> None:
        # A bare string statement is a docstring or a comment in disguise, never a use.
        if isinstance(node.value, ast.Constant):
            self._not_values.add(id(node.value))

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        # The literal parts of an f-string are parts of a longer text, never values of their own.
        for part in node.values:
            if isinstance(part, ast.Constant):
                self._not_values.add(id(part))

    def visit_Constant(self, node: ast.Constant) -> None:
        value = node.value
        if not isinstance(value, str) or id(node) in self._not_values:
            return
        match = self.options.matcher.match(value)
        if match is not None and self._single_literal(node):
            self._candidates.append(_Candidate(node, value, match))

    def _single_literal(self, node: ast.Constant) -> bool:
        """One string token, not an implicit concatenation ("text-" "davinci-003"): the parts of
        a longer text are never findings."""
        return _literal_parts(self._segment(node)) is not None

    # -- removed v0 modules ------------------------------------------------------------------

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        super().visit_ImportFrom(node)
        if node.module is None or node.level:
            return
        module = node.module
        # The module itself (`from openai.error import X`), else each name it gives
        # (`from openai import error`, `from anthropic import HUMAN_PROMPT`).
        given = [alias.name for alias in node.names if alias.name != "*"]
        names = [module] + [f"{module}.{name}" for name in given]
        for index, name in enumerate(names):
            code = classify_reference(name)
            if code is None:
                continue
            what = f"import from {name}" if index == 0 or module == "openai" \
                else f"from {module} import {given[index - 1]}"
            # A removed langchain module is explained by the class imported from it.
            named = names[1] if code == "GM213" and index == 0 and given else name
            self._report_reference(self._import_from_span(node), code, what, named)
            return

    def visit_Import(self, node: ast.Import) -> None:
        super().visit_Import(node)
        for alias in node.names:
            code = classify_reference(alias.name)
            if code is not None:
                self._report_reference(self._dotted_span(alias.lineno, alias.col_offset),
                                       code, f"import {alias.name}", alias.name)

    def visit_Attribute(self, node: ast.Attribute) -> Optional[bool]:
        base: ast.expr = node
        while isinstance(base, ast.Attribute):
            base = base.value
        if not isinstance(base, ast.Name):
            return None
        roots = self._qualified(base)
        # `error.RateLimitError` after `from openai import error`: the module's own name
        if "openai" not in roots and "openai.error" not in roots \
                and not (node.attr in providers.PROMPT_CONSTANTS and "anthropic" in roots):
            return None  # other SDKs' modules are reported where they are imported
        qualified = sorted(self._qualified(node))
        setting = next((name.split(".")[1] for name in qualified if name.count(".") == 1
                        and name.startswith("openai.")
                        and (name.split(".")[1] in V0_SETTING_READS
                             or name.split(".")[1] in ENVIRONMENT_SETTINGS)), None)
        if setting is not None:
            if isinstance(node.ctx, ast.Load):
                self._setting_reads.append((self._span(node), setting))
                return False  # decided in `_finish`, once every assignment is known
            self._settings_set.add(setting)
        if isinstance(node.ctx, ast.Store):
            # `openai.ChatCompletion.create = fake_create`: a stand-in, like a patch
            replaced = next((name.split(".") for name in qualified if name.count(".") == 2
                             and name.startswith("openai.")
                             and name.split(".")[1] in V0_RESOURCES), None)
            if replaced is not None:
                self._stand_in(node, node, replaced[1], replaced[2])
                return False
        for name in qualified:
            code = classify_reference(name)
            if code is not None and (len(name.split(".")) >= 3
                                     or code in ("GM210", "GM202", "GM206")):
                self._report_reference(self._span(node), code, name, name)
                return False  # the inner `openai.error` is part of the same finding
        return None

    def _report_reference(self, span: Span, code: str, what: str, name: str,
                          read: bool = False) -> None:
        if code in V0_ONLY_CODES and name.startswith("openai") and self._in_v0_branch(span):
            return
        if read and name.split(".")[1] in ENVIRONMENT_SETTINGS:
            setting = name.split(".")[1]
            self._add_rule_finding(
                code, Severity.WARNING,
                f"{what} is read here, and openai-python 1.0 no longer fills it from "
                f"{ENVIRONMENT_SETTINGS[setting]} at import (it stays None unless code sets "
                f"it; the client reads the variable itself), and this module does not set it: "
                f"read os.environ.get(\"{ENVIRONMENT_SETTINGS[setting]}\"), the value 0.28 "
                f"gave",
                span)
            return
        if read:
            setting = name.split(".")[1]
            self._add_rule_finding(
                code, Severity.ERROR,
                f"{what} is read here, and openai-python 1.0 has no such setting (an "
                f"AttributeError unless other code sets it first; this module does not): "
                f"{V0_SETTING_READS[setting]}",
                span)
            return
        if not name.startswith("openai"):
            family = self.options.table.apis.get(providers.API_OF_REFERENCE.get(code, ""))
            ended = family.shutdown if family is not None else None
            severity = Severity.ERROR if family is None else _API_SEVERITY.get(
                family.status(self.options.as_of), Severity.INFO)
            retired = family is None or family.status(self.options.as_of) == "retired"
            self._add_rule_finding(
                code, severity, providers.reference_message(code, what, name, ended, retired),
                span)
            return
        if code == "GM202" and name.endswith(".InvalidRequestError") and "error" not in name:
            message = (f"{what}: openai.InvalidRequestError (0.x's name for "
                       f"openai.error.InvalidRequestError) was removed in openai-python 1.0; "
                       f"catch openai.BadRequestError, and openai.NotFoundError for an unknown "
                       f"model")
        elif code == "GM202":
            message = (f"{what}: openai.error was removed in openai-python 1.0; the exceptions "
                       f"live on the openai module (openai.RateLimitError, openai.APIError ...)")
        elif code == "GM206":
            setting = name.split(".")[1]
            message = (f"{what} was a setting of openai-python < 1.0; 1.0 ignores it (requests "
                       f"go out without it): {V0_ONLY_SETTINGS[setting]}")
            self._add_rule_finding(code, Severity.WARNING, message, span)
            return
        else:
            module = name.split(".")[1]
            message = (f"{what}: openai.{module} was removed in openai-python 1.0 with no "
                       f"replacement in the SDK; {REMOVED_HELPERS[module]}")
        self._add_rule_finding(code, Severity.ERROR, message, span)

    # -- resolution at the end of the module -------------------------------------------------

    def _hold_compared_versions(self) -> None:
        """An api-version replaced where code also compares or looks up the value
        (`if API_VERSION == "2023-07-01-preview":`) would change what that code does: the
        finding stays, the fix goes."""
        for index, literal in self._version_fixes:
            finding = self.findings[index]
            new = finding.fix.edits[0].content if finding.fix else ""
            keys = self._bound_to({id(literal)})
            line = self._keys_looked_up(keys, (literal.value, new), set())
            reason = f"code compares it or looks it up ({self.line_label(line)}): change it " \
                f"there too" if line is not None else None
            line = self._extensions_url(keys) if reason is None else None
            if line is not None:
                reason = (f"it goes into the URL of Azure's /extensions/chat/completions "
                          f"({self.line_label(line)}), the On Your Data preview endpoint, which "
                          f"no GA api-version serves: send the request to chat/completions "
                          f"with data_sources= (On Your Data's current form), then change the "
                          f"version")
            if reason is not None:
                self.findings[index] = replace(finding, fix=None, fix_safety=FixSafety.MANUAL,
                                               message=f"{finding.message}{RENAME_HELD}{reason}")

    def _extensions_url(self, keys: Set[_FlowKey]) -> Optional[int]:
        """The line of an f-string building an Azure `/extensions/` URL (On Your Data's
        preview endpoint) around a name bound to one of `keys`, or None."""
        names = {key[1] for key in keys if isinstance(key, tuple) and isinstance(key[1], str)}
        if not names or self._tree is None or "extensions/" not in self.index.text:
            return None
        for node in ast.walk(self._tree):
            if isinstance(node, ast.JoinedStr) and any(
                    isinstance(part, ast.Constant) and "extensions/" in str(part.value)
                    for part in node.values) and any(
                    isinstance(part, ast.FormattedValue) and dotted_name(part.value).split(".")[-1]
                    in names for part in node.values):
                return node.lineno
        return None

    def _finish(self) -> None:
        self._hold_compared_versions()
        calls = self.legacy_calls()
        self._collect_contexts(calls)
        self._collect_deployments()
        if self._compared_fields:
            self._hold_compared_records()
        if "get_args" in self.index.text:
            self._hold_literal_types_read()
        if self._option_names:
            self._option_names_to_literals()
        for candidate in self._candidates:
            self._consider(candidate)
        if self._compared_names and self._unsent_renames:
            self._hold_unsent_compared()
        if any(f.fix is not None and f.model is not None for f in self.findings) and (
                any(f.model in AUDIO_MODELS for f in self.findings)
                or any(word in self.index.text for word in ("retrieve", "delete",
                                                            "FineTuningJob", "fine_tuning"))):
            self._keep_models_in_place()
        if self._option_defaults:
            self._keep_option_defaults_with_tests()
        if "Enum" in self.index.text:
            self._keep_enum_values_parsed()
            self._keep_enum_members_apart()
        if self._items_of or self._entries_of:
            renamed = {(f.start.line, f.start.column): index
                       for index, f in enumerate(self.findings)
                       if f.fix is not None and f.model is not None and f.replacement}
            if renamed:
                self._keep_call_arguments_together()
                self._keep_choices_apart(renamed)
        for call, legacy in calls:
            self._report_call(call, legacy)
        v0_code = any(legacy.sdk == "v0" and legacy.target.startswith("openai.")
                      and not self.runs_only_on_v0(call.func) for call, legacy in calls)
        for span, setting in self._setting_reads:
            name = f"openai.{setting}"
            if setting in ENVIRONMENT_SETTINGS:
                # only in 0.x code: a module written for 1.0 that reads the key reads its own
                if v0_code and (setting not in self._settings_set
                                or self._read_before_set(span, setting)):
                    self._report_reference(span, "GM206", name, name, read=True)
            elif setting not in self._settings_set:
                self._report_reference(span, "GM206", name, name, read=True)
            elif setting in V0_ONLY_SETTINGS:  # set here too: the setting's own message
                self._report_reference(span, "GM206", name, name)
        for target, legacy in self._patch_targets:
            if not self.runs_only_on_v0(target):
                self._report_patch(target, legacy, f"{legacy.target} (replaced)"
                                   if isinstance(target, ast.Attribute)
                                   else f"{legacy.target} (patched by name)")
        for node, legacy in self.passed_resources():
            holder = self._passed_to.get(id(node))
            if holder is not None and _patches(holder):
                method = legacy.method or next(
                    (arg.value for arg in holder.args[1:2] if isinstance(arg, ast.Constant)
                     and isinstance(arg.value, str)), "")
                self._patched.setdefault((legacy.resource, method), holder)
                self._report_patch(node, replace(legacy, method=method),
                                   f"{dotted_name(node)} (patched)")
                continue
            method = f".{legacy.method}" if legacy.method else ""
            how = self.kept_how.get(id(node), "passed as a value")
            if how != "subclassed":
                advice = (f"{'keep' if id(node) in self.kept_how else 'pass'} an OpenAI() "
                          f"client's method instead (the one that replaces "
                          f"openai.{legacy.resource}{method}) and move those arguments and "
                          f"reads with it")
            else:
                advice = (f"openai>=1 has no resource class to subclass: call the OpenAI() "
                          f"client's method that replaces openai.{legacy.resource} from the "
                          f"subclass's methods (super().create(...) included) and move their "
                          f"arguments and reads with it")
            self._add_rule_finding(
                "GM201" if legacy.code in ("GM101", "GM102") else legacy.code, Severity.ERROR,
                f"{dotted_name(node)} ({how}) was removed in openai-python 1.0. Not rewritten: "
                f"it is called elsewhere, with arguments and reads the fix does not follow; "
                f"{advice}",
                self._span(node))

    def _stand_in(self, where: ast.AST, reported: ast.expr, resource: str, method: str) -> None:
        """A stand-in put in place of `openai.<resource>.<method>` (every method of the
        resource where `method` is "") at `where` (a patch call, an assignment), reported at
        `reported` in `_finish`."""
        self._patched.setdefault((resource, method), where)
        self._patch_targets.append((reported, LegacyCall(
            V0_RESOURCES[resource], "v0", resource, method,
            f"openai.{resource}.{method}" if method else f"openai.{resource}")))

    def _report_patch(self, node: ast.expr, legacy: LegacyCall, what: str) -> None:
        """A test double put in place of a 0.x method (`mock.patch("openai.Completion.create")`):
        the rewritten code no longer calls what it replaces."""
        self._add_rule_finding(
            "GM201" if legacy.code in ("GM101", "GM102") else legacy.code, Severity.ERROR,
            f"{what} was removed in openai-python 1.0: the patch replaces nothing the rewritten "
            f"code calls. Not rewritten: patch the method of the OpenAI client the code calls "
            f"instead (mock.patch.object(client.<resource>, \"{legacy.method or 'create'}\")), "
            f"and give the fake openai>=1's shape (a response object, e.g. built with "
            f".model_validate({{...}}), read by attribute); calls of it in this module stay "
            f"manual until then",
            self._span(node))

    def _read_before_set(self, span: Span, setting: str) -> bool:
        """Whether the read at `span` may run at import before the module has set
        `openai.<setting>` (`if not openai.api_key: openai.api_key = ...`, `openai.api_key =
        openai.api_key.strip()`): top-level code (not a function's) where no assignment of it
        comes first in the block holding the read or in a block around it; no function sets
        it. A read already given a fallback (`openai.api_key or ...`) is left alone."""
        if self._tree is None:
            return False

        def stores(node: Optional[ast.AST]) -> bool:
            return isinstance(node, ast.Attribute) and node.attr == setting \
                and not isinstance(node.ctx, ast.Load) and isinstance(node.value, ast.Name) \
                and "openai" in self._qualified(node.value)

        definitions = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
        if any(stores(node) for statement in self._tree.body
               if isinstance(statement, definitions) for node in ast.walk(statement)):
            return False

        def holds(node: ast.AST) -> bool:
            first, last = self._span(node)[:2], self._span(node)[2:]
            return first <= span[:2] and span[2:] <= last

        block: List[ast.stmt] = self._tree.body
        while True:
            statement = next((item for item in block if holds(item)), None)
            if statement is None or isinstance(statement, definitions):
                return False
            for earlier in block[:block.index(statement)]:
                if isinstance(earlier, (ast.Assign, ast.AnnAssign, ast.AugAssign)) and any(
                        stores(target) for target in getattr(
                            earlier, "targets", [getattr(earlier, "target", None)])):
                    return False  # set for sure before the read's statement runs
            inner = [child for field in ("body", "orelse", "finalbody")
                     for child in [getattr(statement, field, None)] if isinstance(child, list)]
            inner += [handler.body for handler in getattr(statement, "handlers", [])]
            nested = next((items for items in inner if any(
                isinstance(item, ast.stmt) and holds(item) for item in items)), None)
            if nested is None:
                # a fallback given (`openai.api_key or ...`), or a client's own argument
                # (`OpenAI(api_key=openai.api_key)`, which reads the environment for None)
                return not any((isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or)
                                and any(_setting_read(operand, setting) and holds(operand)
                                        for operand in node.values[:-1]))
                               or (isinstance(node, ast.keyword) and node.arg == setting
                                   and _setting_read(node.value, setting) and holds(node.value))
                               for node in ast.walk(statement))
            block = nested

    def _literal_type_members(self) -> Set[int]:
        """The ids of the strings listed in a `Literal[...]` type of the module."""
        if self._literal_members[0] is not self._tree:
            members: Set[int] = set()
            for node in ast.walk(self._tree) if self._tree is not None else ():
                if isinstance(node, ast.Subscript) and \
                        dotted_name(node.value).split(".")[-1] == "Literal":
                    members.update(id(item) for item in ast.walk(node.slice)
                                   if isinstance(item, ast.Constant))
            self._literal_members = (self._tree, members)
        return self._literal_members[1]

    def _hold_literal_types_read(self) -> None:
        """`ModelName = Literal["gpt-3.5-turbo", "gpt-4"]` read at run time by
        `typing.get_args(ModelName)` (an allow-list, argparse choices, a router's keys): its
        members are compared with values elsewhere, not annotations only, so they are keys."""
        if self._tree is None:
            return
        literals: Dict[int, ast.Subscript] = {}
        aliases: Dict[str, List[ast.Subscript]] = {}
        for node in ast.walk(self._tree):
            if isinstance(node, ast.Subscript) and \
                    dotted_name(node.value).split(".")[-1] == "Literal":
                literals[id(node)] = node
            elif isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(
                    node.value, ast.Subscript) and \
                    dotted_name(node.value.value).split(".")[-1] == "Literal":
                for target in (node.targets if isinstance(node, ast.Assign) else [node.target]):
                    if isinstance(target, ast.Name):
                        aliases.setdefault(target.id, []).append(node.value)
        for node in ast.walk(self._tree):
            if not (isinstance(node, ast.Call) and node.args
                    and dotted_name(node.func).split(".")[-1] == "get_args"):
                continue
            read = node.args[0]
            found = [literals[id(read)]] if id(read) in literals else \
                aliases.get(read.id, []) if isinstance(read, ast.Name) else []
            for subscript in found:
                items = subscript.slice.elts if isinstance(subscript.slice, ast.Tuple) \
                    else [subscript.slice]
                self._referring.update(id(item) for item in items
                                       if isinstance(item, ast.Constant))

    def _hold_compared_records(self) -> None:
        """Model names in records of a table (`[{"name": "gpt-4", "azure": "gpt4-prod"}]`)
        whose fields code compares (`m["name"] == model`) are the table's keys and what it
        maps them to: renaming them breaks the lookups of every name not renamed with them."""
        for candidate in self._candidates:
            record = self._entries_of.get(id(candidate.node))
            if record is not None and id(record) in self._listed_dicts and any(
                    string_value(key) in self._compared_fields
                    for key in record.keys if key is not None):
                self._referring.add(id(candidate.node))

    def _collect_contexts(self, calls: List[Tuple[ast.Call, LegacyCall]]) -> None:
        """The calls whose model literals get a message of their own: calls of dead APIs (no
        rename fixes them) and live calls whose API decides the model's fix (`providers`)."""
        found: List[Tuple[ast.Call, _CallContext]] = [
            (call, _CallContext("dead", call, legacy)) for call, legacy in calls
            if legacy.code in DEAD_API_CODES]
        for call, qualified, dotted, scopes in self._calls:
            if not call.keywords and not call.args:
                continue
            for name in self.candidates(qualified, dotted, scopes):
                kind = providers.call_context(name)
                removed = classify_reference(name) if not name.startswith("openai") else None
                if removed in providers.REMOVED_MODULE_CODES:
                    # Under an import that fails: no model name makes this call work.
                    found.append((call, _CallContext("removed", call, removed=removed)))
                    break
                if kind is not None:
                    found.append((call, _CallContext(kind, call)))
                    if kind == providers.ANTHROPIC_MESSAGES and any(
                            keyword.arg in ANTHROPIC_SAMPLING for keyword in call.keywords):
                        self._report_sampling(call)
                    break
        for call, context in found:
            scope = self._call_scopes.get(id(call), self.names.module)
            values = [k.value for k in call.keywords if k.arg in MODEL_KEYWORDS]
            if context.kind == "removed":  # `from_pretrained("text-bison@001")`, positional too
                values += [arg for arg in call.args if not isinstance(arg, ast.Starred)]
            for value in values:
                for node in _yielded(value):
                    self._contexts.setdefault(id(node), context)
                key = _read_key(value, scope)
                if key is not None:
                    self._context_keys.setdefault(key, context)

    def _collect_deployments(self) -> None:
        """Where a string names an Azure deployment, which its owner named (often after the
        model it serves): `engine=` / `deployment_id=` in a module that sets `openai.api_type =
        "azure"`, or leaves it to an environment its project's dotenv file makes Azure's
        (`DetectOptions.azure_environment`), `azure_deployment=`, and `model=` of an openai
        call in a module that makes an AzureOpenAI client. A rename there would call a
        deployment that does not exist."""
        for call, qualified, _, _ in self._calls:
            # `AzureOpenAI(model="gpt-35-turbo", engine="chat")` of a wrapper library: the
            # deployment answers; the model only describes it (context size, tokenizer)
            if any(name.rsplit(".", 1)[-1].startswith("Azure") for name in qualified) and any(
                    k.arg in AZURE_DEPLOYMENT_KEYWORDS for k in call.keywords):
                self._described.update(id(node) for k in call.keywords
                                       if k.arg in ("model", "model_name")
                                       for node in _yielded(k.value))
        azure_client = any(set(qualified) & AZURE_CLIENT_CLASSES
                           for _, qualified, _, _ in self._calls)
        azure = self._azure or (self.options.azure_environment is not None
                                and not self._not_azure)
        if not (azure or azure_client or any(
                k.arg == "azure_deployment" for call, *_ in self._calls for k in call.keywords)):
            return
        for call, qualified, dotted, scopes in self._calls:
            names = ("azure_deployment",)
            if azure:
                names += ("engine", "deployment_id")
            if azure_client and any(name.startswith("openai")
                                    for name in self.candidates(qualified, dotted, scopes)) \
                    and self._client_classes.get(_receiver(call), {True}) != {False}:
                names += ("model",)
            scope = self._call_scopes.get(id(call), self.names.module)
            for keyword in call.keywords:
                if keyword.arg in names:
                    # each branch too: `engine=ENGINES[name] if use_azure else None`
                    for node in _yielded(keyword.value):
                        self._deployments.add(id(node))
                        key = _read_key(node, scope)
                        if key is not None:
                            self._deployment_keys.add(key)

    def _dict_home(self, table: ast.Dict) -> Optional[Tuple[str, ast.AST]]:
        """The name the dict `table` is assigned to (`params = {...}`) and where that name
        lives: the innermost function holding the assignment, or the module."""
        statement = next((node for node in ast.walk(self._tree) if isinstance(node, ast.Assign)
                          and node.value is table), None) if self._tree is not None else None
        if statement is None or len(statement.targets) != 1 \
                or not isinstance(statement.targets[0], ast.Name):
            return None
        # the innermost function holding the dict: its own name `params`, not another's
        functions = [node for node in ast.walk(self._tree)
                     if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                     and node.lineno <= statement.lineno <= node.end_lineno]  # type: ignore
        scope: ast.AST = max(functions, key=lambda f: f.lineno) \
            if functions else self._tree  # type: ignore[assignment]
        return statement.targets[0].id, scope

    def _dict_call_stores(self, call: ast.Call) -> Optional[Set[str]]:
        """Where `dict(model=..., temperature=0)` is a request's arguments built as a call
        (assigned once to a name in a function that reads it only as `**name` of the legacy
        calls there that name no model of their own, or to store a key): the keys stored
        into it later. Its keywords then change as a request's do. None anywhere else (a
        module's defaults merged with a caller's overrides, a key read): its result goes
        where this rename does not follow."""
        legacy = {id(node) for node, _ in self.legacy_calls()}
        if self._returned_for_spreading(call, legacy):
            return set()
        home = self._dict_home(call)  # type: ignore[arg-type]
        if home is None or home[1] is self._tree:
            return None
        name, scope = home
        spread = _spreads_of(name, [node for node in ast.walk(scope)  # type: ignore[misc]
                                    if id(node) in legacy])
        stores = {id(node.value): string_value(node.slice) for node in ast.walk(scope)
                  if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store)
                  and isinstance(node.value, ast.Name) and node.value.id == name}
        names = [node for node in ast.walk(scope) if isinstance(node, ast.Name)
                 and node.id == name]
        if not spread or None in stores.values() or any(
                id(node) not in spread and id(node) not in stores for node in names
                if isinstance(node.ctx, ast.Load)) \
                or sum(not isinstance(node.ctx, ast.Load) for node in names) != 1:
            return None
        return {key for key in stores.values() if key is not None}

    def _returned_for_spreading(self, built: ast.Call, legacy: Set[int]) -> bool:
        """`def _params(self, prompt): return dict(model=..., ...)`: the function's one return,
        whose every use in the module is `**self._params(p)` (or `**_params(p)`) of a legacy
        call that names no model of its own."""
        function = next((node for node in ast.walk(self._tree) if isinstance(
            node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
                isinstance(inner, ast.Return) and inner.value is built
                for inner in ast.walk(node))), None) if self._tree is not None else None
        if function is None or sum(isinstance(node, ast.Return)
                                   for node in ast.walk(function)) != 1:
            return False
        spread = {id(k.value.func) for node in ast.walk(self._tree) if id(node) in legacy
                  for k in node.keywords  # type: ignore[attr-defined]
                  if k.arg is None and isinstance(k.value, ast.Call)
                  and not any(other.arg in MODEL_KEYWORDS
                              for other in node.keywords)}  # type: ignore[attr-defined]
        uses = [node for node in ast.walk(self._tree)
                if isinstance(node, ast.Name) and node.id == function.name
                or isinstance(node, ast.Attribute) and node.attr == function.name]
        return bool(uses) and all(id(use) in spread for use in uses)

    def _read_by_key(self, table: ast.Dict) -> bool:
        """Whether the dict `table` is a table of settings read key by key (`SETTINGS["model"]`,
        `SETTINGS.get("max_tokens")`, and `SETTINGS[task]["model"]` for one of a table of
        tables), never handed on whole (`**SETTINGS`, `send(SETTINGS)`):
        its other keys then reach a request only through the calls that read them, which
        are judged as calls."""
        named = self._named_table(table)  # a table of tables: `SETTINGS[task]["model"]`
        home = self._dict_home(named[0]) if named is not None else None
        if named is None or home is None:
            return False
        depth = len(named[1])
        name, scope = home

        def holder(node: ast.expr) -> ast.expr:
            """`SETTINGS` of `SETTINGS[task]` (any key) at the depth of the inner table."""
            for _ in range(depth):
                if not isinstance(node, ast.Subscript):
                    return node
                node = node.value
            return node

        keyed: Set[int] = set()
        reads: List[ast.Name] = []
        for node in ast.walk(scope):
            base = _keyed_base(node)
            if base is not None and isinstance(holder(base), ast.Name):
                keyed.add(id(holder(base)))
            elif isinstance(node, ast.Call) and depth == 0:
                # `run_chat(config, turns)`: a module function that reads it key by key
                keyed.update(id(arg) for arg in self._handed_keyed(node))
            if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Load):
                reads.append(node)
        return bool(reads) and all(id(node) in keyed for node in reads)

    def _handed_keyed(self, call: ast.Call) -> List[ast.expr]:
        """The plain names `call` hands to a module function (a `def` at the top, bound once)
        whose parameter they become is only read key by key there (`config["model"]`,
        `config.get("temperature")`) and never rebound."""
        function = self._module_function(call.func.id) \
            if isinstance(call.func, ast.Name) else None
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return []
        positional = [*function.args.posonlyargs, *function.args.args]
        keywords = {a.arg for a in (*function.args.args, *function.args.kwonlyargs)}
        handed: List[Tuple[ast.expr, str]] = [
            (arg, positional[index].arg) for index, arg in enumerate(call.args)
            if index < len(positional) and not any(isinstance(a, ast.Starred)
                                                   for a in call.args[:index + 1])]
        handed += [(k.value, k.arg) for k in call.keywords if k.arg in keywords]
        found = []
        for arg, parameter in handed:
            if not isinstance(arg, ast.Name):
                continue
            keyed: Set[int] = set()
            uses: List[ast.Name] = []
            for node in ast.walk(function):
                base = _keyed_base(node)
                if base is not None and not (isinstance(node, ast.Subscript)
                                             and not isinstance(node.ctx, ast.Load)):
                    keyed.add(id(base))
                if isinstance(node, ast.Name) and node.id == parameter:
                    uses.append(node)
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda,
                                       ast.ClassDef)) and node is not function:
                    uses.append(node)  # (a nested scope may rebind it: not followed)
            if uses and all(isinstance(use, ast.Name) and isinstance(use.ctx, ast.Load)
                            and id(use) in keyed for use in uses):
                found.append(arg)
        return found

    def _module_function(self, name: str) -> Optional[ast.AST]:
        """The `def` at the top of the module that alone binds `name` there (listed once)."""
        if self._module_functions is None:
            tree = self._tree.body if self._tree is not None else []
            bound = Counter(bound for statement in tree for bound in _top_level_names(statement))
            self._module_functions = {
                statement.name: statement for statement in tree
                if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef))
                and bound[statement.name] == 1}
        return self._module_functions.get(name)

    def _stored_into(self, table: ast.Dict) -> Dict[str, ast.expr]:
        """The keys stored into the dict `table` is assigned to, by name (`params["max_tokens"]
        = n` anywhere in the module), each with its key's node."""
        home = self._dict_home(table)
        if home is None:
            return {}
        name, scope = home
        stores = [target for node in ast.walk(scope) if isinstance(node, ast.Assign)
                  for target in node.targets if isinstance(target, ast.Subscript)
                  and isinstance(target.value, ast.Name) and target.value.id == name]
        if scope is self._tree or any(string_value(target.slice) is None
                                      for target in stores):
            # a module-level dict (any function may store into it), or a key computed
            return {"?": stores[0].slice} if stores else {}
        return {string_value(target.slice) or "": target.slice for target in stores}

    def _label_read(self, label: Tuple[str, str]) -> bool:
        """Whether the module reads `holder["key"]` back (`st.session_state["model"]` passed
        on as a model), which makes the stored value more than a label."""
        holder, key = label
        return not holder or self._tree is None or any(
            isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load)
            and string_value(node.slice) == key and dotted_name(node.value) == holder
            for node in ast.walk(self._tree))

    def _sent(self, literal: ast.Constant) -> bool:
        """Whether a call in sight takes `literal` as its model, directly or through names."""
        return any(self._model_calls.get(key) for key in
                   [id(literal), *self._bound_to({id(literal)})])

    def _lookalike_module(self) -> str:
        """What makes the module a look-alike, where it never imports openai: it defines a
        class like one of openai<1's resources (`class ChatCompletion:` with its own
        `create`), or binds the name openai to another module (`import llm_backends as
        openai`); its calls and the models they take are its own. "" for any other module."""
        if self._lookalike is None:
            self._lookalike = self._find_lookalike()
        return self._lookalike

    def _find_lookalike(self) -> str:
        tree = self._tree
        if tree is None:
            return ""
        defined = ""
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) and any(
                    alias.name.split(".")[0] == "openai" for alias in node.names) \
                    or isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] \
                    == "openai":
                return ""
            if isinstance(node, ast.ClassDef) and node.name in V0_RESOURCES and not defined:
                defined = f"defines its own {node.name}"
            if isinstance(node, ast.Import) and not defined:
                defined = next((f"binds openai to {alias.name}" for alias in node.names
                                if alias.asname == "openai"), "")
        return defined

    def _names_deployment(self, literal: ast.Constant) -> bool:
        return id(literal) in self._deployments or bool(
            self._deployment_keys and any(key in self._deployment_keys
                                          for key in self._bound_to({id(literal)})))

    def _context_of(self, literal: ast.Constant) -> Optional["_CallContext"]:
        context = self._contexts.get(id(literal))
        if context is None and self._context_keys:
            for key in self._bound_to({id(literal)}):
                context = self._context_keys.get(key)
                if context is not None:
                    break
        return context

    def _keep_choices_apart(self, fixed: Dict[Tuple[int, int], int]) -> None:
        """`choices=["gpt-3.5-turbo", "gpt-3.5-turbo-0301"]`: items of one list that the
        renames would make equal (or equal to another item) are choices that would collapse
        into one, so none of that list is renamed (`fixed`: the renames, by position, as they
        were before `_keep_call_arguments_together`)."""
        lists: Dict[int, Tuple[ast.expr, List[Tuple[ast.Constant, str, Optional[int]]]]] = {}
        for candidate in self._candidates:
            container = self._items_of.get(id(candidate.node))
            if container is None:
                continue
            span = self._span(candidate.node)
            index = fixed.get((span[0], span[1]))
            value = candidate.value
            if index is not None:
                finding = self.findings[index]
                value = value.replace(finding.model or "", finding.replacement or "", 1)
            lists.setdefault(id(container), (container, []))[1].append(
                (candidate.node, value, index))
        for container, items in lists.values():
            renamed = [item for item in items if item[2] is not None and
                       self.findings[item[2]].fix is not None]
            if not renamed:
                continue
            others = {item.value for item in container.elts  # type: ignore[attr-defined]
                      if isinstance(item, ast.Constant) and isinstance(item.value, str)
                      and id(item) not in {id(node) for node, _, _ in items}}
            values = [value for _, value, _ in items]
            if len(set(values)) == len(values) and not others & set(values):
                continue
            for node, value, index in renamed:
                finding = self.findings[index]  # type: ignore[index]
                self.findings[index] = replace(  # type: ignore[index]
                    finding, fix=None, fix_safety=FixSafety.MANUAL,
                    message=f"{finding.message}{RENAME_HELD}the list on "
                            f"{self.line_label(container.lineno)} would then hold {value} "
                            f"twice (a catalogue of models to choose from, not one request): "
                            f"choose its models by hand")

    def _candidate_findings(self) -> List[Tuple[ast.Constant, int]]:
        """Each model literal that has a finding, with that finding's index."""
        positions = {(f.start.line, f.start.column): index
                     for index, f in enumerate(self.findings) if f.model is not None}
        found = []
        for candidate in self._candidates:
            span = self._span(candidate.node)
            index = positions.get((span[0], span[1]))
            if index is not None:
                found.append((candidate.node, index))
        return found

    def _keep_enum_values_parsed(self) -> None:
        """`class ChatModel(str, Enum): GPT_4 = "gpt-4"` where code looks members up by value
        (`ChatModel(args.model)`, here or in a module that imports the class): the values it
        parses (a default, a user's input) keep the old names, so a renamed member would no
        longer be found (ValueError). Such members keep their names."""
        if self._tree is None:
            return
        enums = {node.name: node for node in self._tree.body if is_enum_class(node)}
        if not enums:
            return
        members = {id(statement.value): cls for cls in enums.values()
                   for statement in cls.body if isinstance(statement, ast.Assign)}
        parsed: Dict[str, str] = {}  # class -> where it is called with a value
        for call, *_ in self._calls:
            if isinstance(call.func, ast.Name) and call.func.id in enums and call.args:
                parsed.setdefault(call.func.id, self.line_label(call.lineno))
        ask = self.options.called_elsewhere
        for node, index in self._candidate_findings():
            finding = self.findings[index]
            cls = members.get(id(node))
            if cls is None or finding.fix is None:
                continue
            if cls.name not in parsed and ask is not None:
                elsewhere = ask(cls.name)
                if elsewhere is not None:
                    parsed[cls.name] = elsewhere
            if cls.name in parsed:
                self.findings[index] = replace(
                    finding, fix=None, fix_safety=FixSafety.MANUAL,
                    message=f"{finding.message}{RENAME_HELD}{cls.name}(...) on "
                            f"{parsed[cls.name]} looks its members up by value, and the values "
                            f"it is given (a default, an option, input) keep the old name: "
                            f"rename them and this member together by hand")

    def _keep_enum_members_apart(self) -> None:
        """`class ChatModel(str, Enum): GPT4 = "gpt-4"; GPT4_0613 = "gpt-4-0613"`: renames
        that give two members one value make the second an alias of the first (iterating the
        Enum, its names and a table keyed by member change; `@unique` raises). None of that
        Enum's model members is renamed."""
        if self._tree is None:
            return
        found = {id(node): index for node, index in self._candidate_findings()}
        for cls in ast.walk(self._tree):
            if not is_enum_class(cls):
                continue
            values: Dict[object, List[str]] = {}
            renamed: List[Tuple[int, str]] = []
            for statement in cls.body:
                if not isinstance(statement, ast.Assign) or \
                        not isinstance(statement.value, ast.Constant):
                    continue
                value = statement.value.value
                index = found.get(id(statement.value))
                if index is not None and self.findings[index].fix is not None \
                        and self.findings[index].replacement and isinstance(value, str):
                    finding = self.findings[index]
                    value = value.replace(finding.model or "", finding.replacement or "", 1)
                    renamed.append((index, value))
                for target in statement.targets:
                    if isinstance(target, ast.Name):
                        values.setdefault(value, []).append(target.id)
            if not renamed or all(len(names) == 1 for names in values.values()):
                continue
            for index, value in renamed:
                finding = self.findings[index]
                names = values.get(value, [])
                if len(names) < 2:  # renamed onto nothing else: name the members that collide
                    value, names = next((v, ns) for v, ns in values.items() if len(ns) > 1)
                shared = f"{' and '.join(names)} would then all be {value}"
                self.findings[index] = replace(
                    finding, fix=None, fix_safety=FixSafety.MANUAL,
                    message=f"{finding.message}{RENAME_HELD}in the Enum {cls.name}, {shared} "
                            f"(the later member becomes an alias of the earlier one): choose "
                            f"its members' models by hand")

    def _keep_option_defaults_with_tests(self) -> None:
        """`add_argument("--model", default="gpt-3.5-turbo")` in a module that also tests a
        model against "gpt-3.5-turbo" (`model in chat_models`, `== "..."`): the option reaches
        code through `args.model`, which value flow does not follow, so a renamed default may
        take the other branch of that test. Such a default keeps its name."""
        tested: Dict[str, int] = {}
        defaults: List[int] = []
        for node, index in self._candidate_findings():
            finding = self.findings[index]
            if id(node) in self._referring or any(
                    key in self._compared for key in self._bound_to({id(node)})):
                tested.setdefault(finding.model or "", node.lineno)
            elif id(node) in self._option_defaults and finding.fix is not None:
                defaults.append(index)
        for index in defaults:
            finding = self.findings[index]
            line = tested.get(finding.model or "")
            node = next((node for node, at in self._candidate_findings() if at == index), None)
            dest = self._option_dests.get(id(node)) if node is not None else None
            passed = self._dest_handed_on(dest) if dest is not None else None
            if passed is not None:
                self.findings[index] = replace(
                    finding, fix=None, fix_safety=FixSafety.MANUAL,
                    message=f"{finding.message}{RENAME_HELD}the option's value (.{dest}) is "
                            f"also handed to code on {self.line_label(passed)} that this scan "
                            f"does not follow, which may compare or look up the old name: "
                            f"check it, then rename both by hand")
                continue
            if line is None:
                continue
            self.findings[index] = replace(
                finding, fix=None, fix_safety=FixSafety.MANUAL,
                message=f"{finding.message}{RENAME_HELD}{finding.model} is also compared or "
                        f"looked up on "
                        f"{self.line_label(line)}, and this option's value reaches code through "
                        f"the parsed arguments, which this scan does not follow: a renamed "
                        f"default could take the other branch there; rename both by hand")

    def _option_names_to_literals(self) -> None:
        """`DEFAULT_MODEL = "gpt-3.5-turbo"` ... `add_argument("--model",
        default=DEFAULT_MODEL)`: the literal is the option's default as if written there, so
        the calls that send `args.model` are its senders (their parameters move with it)."""
        for candidate in self._candidates:
            if id(candidate.node) in self._option_dests:
                continue
            keys = self._bound_to({id(candidate.node)})
            dest = next((dest for key, dest in self._option_names if key in keys), None)
            if dest is not None:
                self._option_dests[id(candidate.node)] = dest

    def option_defaults(self, dest: str) -> List[ast.Constant]:
        """The model literals the parsed option `<args>.<dest>` defaults to (none where it
        lists its choices, which would have to move with the default)."""
        if dest in self._option_choices:
            return []
        return [candidate.node for candidate in self._candidates
                if self._option_dests.get(id(candidate.node)) == dest]

    def option_sources(self, dest: str) -> Optional[Tuple[List[ast.Constant], List[ast.Call]]]:
        """For a parsed option `<args>.<dest>` (`parser.add_argument("--model",
        default="text-davinci-003")`): the model literals it defaults to and the calls that
        send it as their model; None where the option is read any other way (handed on,
        compared, bound to a name), lists its choices (which would have to move with the
        default), or has no model default."""
        defaults = [candidate.node for candidate in self._candidates
                    if self._option_dests.get(id(candidate.node)) == dest]
        if not defaults or self._tree is None or dest in self._option_choices \
                or self._dest_handed_on(dest) is not None:
            return None
        senders: List[ast.Call] = []
        for parent in ast.walk(self._tree):
            for child in ast.iter_child_nodes(parent):
                if isinstance(child, ast.Attribute) and child.attr == dest \
                        and isinstance(child.ctx, ast.Load) \
                        and isinstance(parent, (ast.Assign, ast.AnnAssign)):
                    return None  # bound to a name: this answer would not follow it
                if isinstance(child, ast.keyword) and child.arg in MODEL_KEYWORDS \
                        and isinstance(child.value, ast.Attribute) \
                        and child.value.attr == dest and isinstance(parent, ast.Call):
                    senders.append(parent)
        return defaults, senders

    def _dest_handed_on(self, dest: str) -> Optional[int]:
        """The line where the parsed option `<args>.<dest>` is used otherwise than sent as a
        model (`model=args.model`), shown (printed, logged) or bound to a name value flow
        follows: passed on (`cost(args.backend)`), compared, used as a key. None if nowhere."""
        assert self._tree is not None
        for parent in ast.walk(self._tree):
            for child in ast.iter_child_nodes(parent):
                if not (isinstance(child, ast.Attribute) and child.attr == dest
                        and isinstance(child.ctx, ast.Load)):
                    continue
                if isinstance(parent, ast.keyword) and parent.arg is not None and (
                        parent.arg in MODEL_KEYWORDS or _hints_model(parent.arg)):
                    continue
                if isinstance(parent, ast.Call) and _prints(parent) \
                        or isinstance(parent, ast.FormattedValue):
                    continue
                if isinstance(parent, (ast.Assign, ast.AnnAssign)) and parent.value is child:
                    continue  # bound to a name: value flow takes it from there
                callee = self._plain_callee(parent, child)
                if callee is not None and self._only_sent(callee):
                    continue  # `ask(prompt, args.model)`, whose parameter is only sent
                return child.lineno
        return None

    def _plain_callee(self, call: ast.AST, child: ast.AST) -> Optional[_Callee]:
        """What `child` becomes where it is a positional argument of `call`, a call to a
        plain name (`ask(prompt, args.model)`)."""
        if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name) \
                or id(call) not in self._call_scopes or child not in call.args:
            return None
        position = call.args.index(child)
        if any(isinstance(arg, ast.Starred) for arg in call.args[:position + 1]):
            return None
        return _Callee(call.func.id, self._call_scopes[id(call)], None, position)

    def _keep_call_arguments_together(self) -> None:
        """`EnumProperty(items=[("gpt-4", ...)], default="gpt-4")`: the model names one call
        is given (directly or in lists, tuples, sets and dicts) are renamed all or none; a
        rename of some while another stays (a default compared elsewhere, a dict key another
        argument's names are matched against) leaves the call inconsistent."""
        groups: Dict[int, List[Tuple[ast.Constant, int]]] = {}
        for literal, index in self._candidate_findings():
            node: ast.expr = literal
            while id(node) in self._items_of or id(node) in self._entries_of:
                node = self._items_of.get(id(node)) or self._entries_of[id(node)]
            call = self._argument_of.get(id(node))
            if call is not None:
                groups.setdefault(id(call), []).append((literal, index))
        for members in groups.values():
            kept = [self.findings[i] for _, i in members if self.findings[i].fix is None]
            if not kept or len(members) < 2:
                continue
            for _, index in members:
                finding = self.findings[index]
                if finding.fix is None:
                    continue
                self.findings[index] = replace(
                    finding, fix=None, fix_safety=FixSafety.MANUAL,
                    message=f"{finding.message}{RENAME_HELD}the same call is also given "
                            f"{kept[0].model} ({self.line_label(kept[0].start.line)}), which "
                            f"is not renamed: rename the call's models together by hand")

    def _hold_unsent_compared(self) -> None:
        """A dict's model value no call in sight sends (`json.dumps({"model": "gpt-4", ...})`,
        a body for the module's own service) keeps its name where the module holds the same
        name because it compares it (`if model not in ALLOWED_MODELS`): where the value goes
        is not known, and renamed alone it would no longer pass that comparison."""
        for index, node in self._unsent_renames:
            finding = self.findings[index]
            line = self._compared_names.get(finding.model or "")
            if finding.fix is None or line is None:
                continue
            self.findings[index] = replace(
                finding, fix=None, fix_safety=FixSafety.MANUAL,
                message=f"{finding.message}{RENAME_HELD}no call in sight sends it, and the "
                        f"module compares {finding.model} ({self.line_label(line)}): rename "
                        f"it with every place that compares it, where it is sent as a model")

    def _keep_models_in_place(self) -> None:
        """Model literals a rename would break keep their name (the finding says why): the id
        passed to a model lookup (`Model.retrieve("whisper-1")`, `client.models.delete(...)`)
        names that model, it is no request; a fine-tuning job's base stays (its successor need
        not be fine-tunable); and an audio call keeps whisper-1 where its
        successor would not serve the request: the translations endpoint serves only whisper-1
        (the SDK's docstring; it shuts down with it), and the table's successor is not known to
        answer response formats other than json and text."""
        why: Dict[Tuple[int, int], str] = {}
        for call, qualified, dotted, scopes in self._calls:
            names = self.candidates(qualified, dotted, scopes)
            if call.args and any(name.endswith(_MODEL_LOOKUPS) for name in names):
                why[self._span(call.args[0])[:2]] = "{model} is the model this lookup names, " \
                                                    "not a request"
                continue
            if any(name.endswith(_FINE_TUNING_CREATES) for name in names):
                base = next((k.value for k in call.keywords if k.arg == "model"), None)
                if base is not None:
                    why[self._span(base)[:2]] = "{model} is the base of a fine-tuning job: " \
                                                "{replacement} need not be fine-tunable " \
                                                "(choose a model fine-tuning supports)"
                continue
            v0 = any(name.startswith("openai.Audio.") for name in names)
            translates = any(name.endswith(("audio.translations.create", "Audio.translate",
                                            "Audio.atranslate")) for name in names)
            if not translates and not any(name.endswith((
                    "audio.transcriptions.create", "Audio.transcribe", "Audio.atranscribe"))
                    for name in names):
                continue
            model = next((k.value for k in call.keywords if k.arg == "model"),
                         call.args[0] if v0 and call.args else None)
            fmt = next((k.value for k in call.keywords if k.arg == "response_format"), None)
            if model is None:
                continue
            if translates:
                why[self._span(model)[:2]] = "{replacement} does not translate (move to " \
                                             "the realtime translations API)"
            elif fmt is not None and not (isinstance(fmt, ast.Constant)
                                          and fmt.value in ("json", "text")):
                why[self._span(model)[:2]] = "{replacement} is not known to answer this " \
                                             "response_format (json and text are)"
        for index, finding in enumerate(self.findings):
            reason = why.get((finding.start.line, finding.start.column))
            if finding.fix is not None and reason is not None:
                self.findings[index] = replace(
                    finding, fix=None, fix_safety=FixSafety.MANUAL,
                    message=f"{finding.message}; not renamed in this call: " + reason.format(
                        model=finding.model, replacement=finding.replacement))

    def _consider(self, candidate: _Candidate) -> None:
        node = candidate.node
        in_model_position = id(node) in self._model_positions
        if not in_model_position and self.options.matcher.is_ambiguous(candidate.value):
            return
        self._report_model(node, candidate.value, candidate.match, self._used_at(node),
                           self._context_of(node))

    def _tables(self, node: ast.expr, scope: "_Scope"
                ) -> Optional[List[Tuple[ast.Dict, "_Scope"]]]:
        """The dict displays `node` may be (`SETTINGS`, `SETTINGS[task]` of a table of
        tables), each with its scope; None where one may be something else."""
        if isinstance(node, ast.Name):
            key = _read_key(node, scope)
            values = self._values(key) if key is not None else []
            if not values or not all(isinstance(value, ast.Dict) for value, _ in values):
                return None
            return [(value, value_scope) for value, value_scope in values]  # type: ignore
        if not isinstance(node, ast.Subscript):
            return None
        outer = self._tables(node.value, scope)
        if outer is None or any(k is None for table, _ in outer for k in table.keys):
            return None
        wanted = string_value(node.slice)
        tables = [(item, table_scope) for table, table_scope in outer
                  for k, item in zip(table.keys, table.values)
                  if wanted is None or string_value(k) == wanted]
        if not tables or not all(isinstance(item, ast.Dict) for item, _ in tables):
            return None
        return tables  # type: ignore[return-value]

    def value_sources(self, node: ast.expr, scope: "_Scope",
                      depth: int = 0) -> Optional[Tuple[List[ast.Constant], List[str]]]:
        """The string literals `node` (read in `scope`) can hold, through names, attributes,
        dict entries, branches and lookup defaults, and what else may feed it (a caller's
        argument, an environment variable), said in words; None where a value comes from
        something the module does not show (a call, a parameter without default)."""
        if depth > 8:
            return None
        if isinstance(node, ast.Constant):
            return ([node], []) if isinstance(node.value, str) else None
        parts: List[ast.expr] = []
        outside: List[str] = []
        if isinstance(node, ast.IfExp):
            parts = [node.body, node.orelse]
        elif isinstance(node, ast.BoolOp):
            parts = list(node.values)
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Subscript) \
                and string_value(node.slice) is not None:
            # `SETTINGS[task]["model"]`: the entry of each table it may be
            tables = self._tables(node.value, scope)
            if tables is None:
                return None
            found_in_tables: List[ast.Constant] = []
            for table, table_scope in tables:
                entries = [item for k, item in zip(table.keys, table.values)
                           if string_value(k) == string_value(node.slice)]
                inner = self.value_sources(entries[0], table_scope, depth + 1) \
                    if len(entries) == 1 else None
                if inner is None:
                    return None
                found_in_tables.extend(inner[0])
                outside.extend(inner[1])
            return found_in_tables, outside
        elif isinstance(node, ast.Call):
            default = _call_default(node)
            if default is None or not _is_lookup(node):
                return None
            key = string_value(call_args(node)[0].value) if call_args(node) else None
            outside.append(f"the value of {key or 'the lookup'} when it is set")
            parts = [default]
        else:
            member = _member(node, scope)
            key = _read_key(node, scope) if member is None else member[0]
            values = self._values(key) if key is not None else []
            if not values and key is not None and member is None \
                    and isinstance(node, ast.Name) and not isinstance(key[0], (str, tuple)) \
                    and node.id in self._parameters.get(id(key[0]), ()):
                # a parameter without default: what the module's calls pass for it
                # (`cls(model=os.getenv("M", cls.DEFAULT_MODEL))`), and callers elsewhere
                values = self._arguments_for(key) or []
                if values:
                    outside.append(f"what code elsewhere passes as {node.id}")
            if not values:
                return None
            found: List[ast.Constant] = []
            for value, value_scope in values:
                if member is None and isinstance(node, ast.Subscript) \
                        and isinstance(value, ast.Dict) and value is not node.value:
                    # `MODELS[tier]`, the key unknown: any of the table's values
                    if any(k is None for k in value.keys):
                        return None
                    for item in value.values:
                        inner = self.value_sources(item, value_scope, depth + 1)
                        if inner is None:
                            return None
                        found.extend(inner[0])
                        outside.extend(inner[1])
                    continue
                if member is not None:
                    entries = [item for k, item in zip(getattr(value, "keys", []),
                                                       getattr(value, "values", []))
                               if k is not None and string_value(k) == member[1]]
                    if not isinstance(value, ast.Dict) or len(entries) != 1:
                        return None
                    value = entries[0]
                inner = self.value_sources(value, value_scope, depth + 1)
                if inner is None:
                    return None
                found.extend(inner[0])
                outside.extend(inner[1])
            if isinstance(node, ast.Name) and key is not None and key[0] is not ATTRIBUTES \
                    and node.id in self._parameters.get(id(key[0]), ()):
                outside.append(f"what callers pass as {node.id}")
            return found, outside
        found = []
        for part in parts:
            inner = self.value_sources(part, scope, depth + 1)
            if inner is None:
                return None
            found.extend(inner[0])
            outside.extend(inner[1])
        return found, outside

    def literal_users(self, literal: ast.Constant) -> Optional[List[ast.Call]]:
        """The calls that take `literal` as their model, directly or through names; None if
        it is used any other way too (passed to a function, compared, put in a dict)."""
        calls: Dict[int, ast.Call] = {id(c): c for c in self._model_calls.get(id(literal), ())}
        stored = self._stored_path(literal)
        for key in self._bound_to({id(literal)}):
            # reads of a table's other entries (`SETTINGS["embed"]["model"]`) do not see it
            uses = [use for use in self._flow.uses.get(key, [])
                    if stored is None or _may_reach(use.path, stored)]
            takers = [call for call in self._model_calls.get(key, []) if stored is None or any(
                _may_reach(_subscript_path(k.value), stored) for k in call.keywords
                if k.arg in MODEL_KEYWORDS and _read_key(k.value, self._call_scopes.get(
                    id(call), self.names.module)) == key)]
            if any(not use.model for use in uses) or len(uses) != len(takers):
                return None
            calls.update((id(c), c) for c in takers)
        return list(calls.values())

    def _stored_path(self, literal: ast.Constant) -> Optional[Tuple[str, ...]]:
        """The keys under which `literal` sits in a table bound to a name (`SETTINGS =
        {"qa": {"model": literal}}`: "qa", "model"), outermost first; None elsewhere."""
        table = self._model_dicts.get(id(literal))
        named = self._named_table(table) if table is not None else None
        if table is None or named is None:
            return None
        path = (*named[1], key_in(table, literal))
        return path if None not in path else None  # type: ignore[return-value]

    def _named_table(self, table: ast.Dict
                     ) -> Optional[Tuple[ast.Dict, Tuple[Optional[str], ...]]]:
        """The dict bound to a name that holds `table` (itself, or an outer table of a table
        of tables), with the keys from it down to `table`; None where no name binds one."""
        keys: List[Optional[str]] = []
        while self._dict_home(table) is None:
            outer = next((node for node in ast.walk(self._tree) if isinstance(node, ast.Dict)
                          and any(value is table for value in node.values)), None) \
                if self._tree is not None else None
            if outer is None:
                return None
            keys.insert(0, key_in(outer, table))
            table = outer
        return table, tuple(keys)

    def used_otherwise(self, literal: ast.Constant, old: str, new: str) -> Optional[int]:
        """The line where `literal` (or a name holding it) is handed to a function that is not
        a request and may look the name up (`cost("gpt-4", n)`, `tier(model)`), is compared or
        used as a key, or is passed as the model of a module function that does one of these;
        printing and logging do not count; nor do comparisons whose outcome the rename to `new`
        cannot change (`old` renamed to `new`). None if nowhere."""
        rename = (old, new)
        callee = self._passed_in.get(id(literal))
        if id(literal) in self._handed and (callee is None or not self._only_sent(callee, rename)
                                            and self._class_field(callee) is None):
            return literal.lineno  # (a class's field is judged by its reads, below)
        line = self._looked_up_in(callee, rename, set()) if callee is not None else None
        if line is not None:
            return line
        table = self._model_dicts.get(id(literal))
        stored_as = next((string_value(key) for key, value in zip(table.keys, table.values)
                          if value is literal and key is not None), None) if table else None
        return self._keys_looked_up(self._bound_to({id(literal)}), rename, set(), stored_as,
                                    id(literal) in self._dict_values,
                                    self._stored_path(literal))

    def _keys_looked_up(self, keys: AbstractSet[_FlowKey], rename: Tuple[str, str],
                        seen: Set[_Callee], stored_as: Optional[str] = None,
                        dict_value: bool = False,
                        stored_path: Optional[Tuple[str, ...]] = None) -> Optional[int]:
        """A line where a name of `keys` is handed to a function that may look it up, compared
        or used as a key in a way `rename` (old, new) changes, directly or as the model of a
        module function that does. `stored_as`: the model is a dict's value under this key,
        so reads of the dict's other keys (`SETTINGS["max_tokens"]`) do not read it;
        `stored_path`: the keys of a table bound to a name it sits under, outermost first, so
        a read of the part that holds it (`CONFIG["llm"]` of `CONFIG["llm"]["model"]`) reads
        it; `dict_value`: a dict's value, so builtins that read a dict by its keys do not."""
        found: List[int] = []  # every line, the first reported: the same however keys iterate
        for key in keys:
            bindings = self._values(key)
            found += [comparison.line for comparison in self._compared.get(key, ())
                      if comparison.changes(*rename, bindings)]
            for use in self._flow.uses.get(key, ()):
                if stored_path is not None and not _may_reach(use.path, stored_path) or \
                        stored_path is None and stored_as is not None \
                        and use.subscript not in (None, stored_as):
                    continue
                if dict_value and use.subscript is None and use.callee is not None \
                        and use.callee.name in _KEYS_ONLY and use.callee.position == 0 \
                        and use.callee.keyword is None \
                        and use.callee.name not in use.callee.scope.owner(
                            use.callee.name).bindings:
                    continue  # `sorted(MODELS)`: the dict's keys, not the model it holds
                # an argument of a module function that only sends or shows it
                entry = _entry_handed(use, stored_as, stored_path)
                if not use.model and not use.harmless and (
                        use.callee is None or not self._only_sent(use.callee, rename, entry)
                        and self._class_field(use.callee) is None):
                    found.append(use.line)  # (a class's field is judged by its reads, below)
                    continue
                if use.callee is not None:
                    line = self._looked_up_in(use.callee, rename, seen, entry)
                    if line is not None:
                        found.append(line)
        return min(found, default=None)

    def _function_of(self, callee: _Callee) -> Optional[Tuple["_Scope", ast.arguments]]:
        """The module function `callee` names (its scope and parameters), if it is one."""
        return self._functions.get((id(callee.scope.owner(callee.name)), callee.name))

    def _parameter_of(self, callee: _Callee
                      ) -> Optional[Tuple["_Scope", ast.arguments, str]]:
        """The module function `callee` names (its scope and parameters) and the parameter
        its argument becomes, if it is one."""
        found = self._function_of(callee)
        if found is None:
            return None
        scope, arguments = found
        positional = [*arguments.posonlyargs, *arguments.args]
        if callee.keyword is None:
            parameter = positional[callee.position].arg \
                if callee.position < len(positional) else None
        else:
            names = {a.arg for a in (*arguments.args, *arguments.kwonlyargs)}
            parameter = callee.keyword if callee.keyword in names else None
        return (scope, arguments, parameter) if parameter is not None else None

    def _callee_of(self, node: ast.Call) -> Tuple[Optional[str], "_Scope", int]:
        """What a call's arguments may become parameters of: a plain name's function
        (`count(messages, model=MODEL)`), a method of the class around this method called
        on `self` (`self.cost(model="gpt-4")`, whose first positional parameter is self), or
        that class's constructor (`cls(...)`, `super().__init__(...)` of its base): the
        name, the scope to look it up in, and the position of the call's first argument."""
        func = node.func
        in_method = self.scope.kind == "def" and self.scope.parent is not None \
            and self.scope.parent.kind == "class"
        if isinstance(func, ast.Name):
            owner = self._class_nodes.get(id(self.scope.parent)) if in_method else None
            if func.id == "cls" and owner is not None \
                    and (id(self.scope.owner(owner.name)), owner.name) in self._classes:
                return owner.name, self.scope, 0  # `cls(model=...)` in a classmethod
            return func.id, self.scope, 0
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                and func.value.id == "self" and in_method:
            return func.attr, self.scope.parent, 1
        base = self._super_class(func) if in_method else None
        if base is not None:  # `super().__init__(model, **kwargs)`: as `Base(model, **kwargs)`
            return base, self.scope, 0
        return None, self.scope, 0

    def _super_class(self, func: ast.expr) -> Optional[str]:
        """The name of the one base class of this module whose `__init__` a
        `super().__init__(...)` in a method (the current scope) of its subclass calls."""
        if not (isinstance(func, ast.Attribute) and func.attr == "__init__"
                and isinstance(func.value, ast.Call) and isinstance(func.value.func, ast.Name)
                and func.value.func.id == "super" and not func.value.args):
            return None
        node = self._class_nodes.get(id(self.scope.parent))
        if node is None or len(node.bases) != 1 or not isinstance(node.bases[0], ast.Name):
            return None
        name = node.bases[0].id
        return name if (id(self.scope.owner(name)), name) in self._classes else None

    def _only_sent(self, callee: _Callee, rename: Optional[Tuple[str, str]] = None,
                   entry: Optional[str] = None) -> bool:
        """Whether the module function `callee` names does nothing with the parameter its
        argument becomes but send it as a model (`model=name`, `model=name.value` of an Enum
        member) or show it (printed or logged, an Enum member's `name.name`), or compare it in
        a way `rename` (old, new) cannot change (`model == "gpt-3.5-turbo-0301"`): then
        renaming the argument changes only the model it requests. `entry`: the argument is a
        dict holding the model under that key, which the function sends as a model
        (`model=config["model"]`) and reads under other keys for anything else."""
        found = self._parameter_of(callee)
        definition = self._definitions.get(id(found[1])) if found is not None else None
        if found is None or definition is None:
            return False
        parameter = found[2]

        def reads_parameter(node: ast.AST, attributes: Tuple[str, ...]) -> bool:
            if isinstance(node, ast.Attribute) and node.attr in attributes:
                node = node.value
            elif entry is not None and isinstance(node, ast.Subscript) \
                    and string_value(node.slice) == entry:
                node = node.value
            return isinstance(node, ast.Name) and node.id == parameter

        allowed: Set[int] = set()
        reads: List[ast.Name] = []
        for node in ast.walk(definition):
            if entry is not None and isinstance(node, ast.Subscript) \
                    and isinstance(node.ctx, ast.Load) and reads_parameter(node.value, ()) \
                    and string_value(node.slice) not in (None, entry):
                allowed.add(id(node.value))  # `config["temperature"]`: another entry
            if isinstance(node, ast.keyword) and node.arg in MODEL_KEYWORDS \
                    and reads_parameter(node.value, ("value",)):
                allowed.update(id(n) for n in ast.walk(node.value))
            elif isinstance(node, ast.Call):
                # handed back to the same parameter by a recursive call (a retry)
                allowed.update(id(arg) for arg in _recursive_arguments(
                    node, definition, parameter))
            elif isinstance(node, ast.Attribute) and node.attr == "name" \
                    and reads_parameter(node.value, ()):
                allowed.add(id(node.value))  # an Enum member's name: the rename keeps it
            elif isinstance(node, ast.Compare) and rename is not None:
                operands = [node.left, *node.comparators]
                allowed.update(
                    id(operand) for position, operand in enumerate(operands[:2])
                    if reads_parameter(operand, ()) and not _comparison(
                        node, position, operands).changes(*rename, ()))
            if isinstance(node, ast.Call) and _prints(node):
                allowed.update(id(n) for arg in node.args for n in ast.walk(arg))
            elif isinstance(node, ast.Name) and node.id == parameter:
                reads.append(node)
        return all(isinstance(node.ctx, ast.Load) and id(node) in allowed for node in reads)

    def _looked_up_in(self, callee: _Callee, rename: Tuple[str, str],
                      seen: Set[_Callee], entry: Optional[str] = None) -> Optional[int]:
        """Where the module function `callee` names (if it is one) compares or looks up the
        parameter its argument becomes (`count(msgs, model="gpt-4")` into the cookbook's
        `if model in {...}`), or the module compares the attribute an object of another
        library's class keeps a keyword as: renaming the argument alone changes what the
        function does.
        `entry`: the argument is a dict holding the model under that key."""
        if callee in seen:
            return None
        seen.add(callee)
        field = self._class_field(callee)
        if field is not None:  # `Config(model=...)`: wherever the module reads `.model`
            return self._keys_looked_up(self._closure({field}), rename, seen)
        found = self._parameter_of(callee)
        if found is None and callee.keyword is not None and callee.name[:1].isupper():
            # `self.llm = ChatOpenAI(model_name=name)`: another library's object keeps its
            # keyword as an attribute, which `self.llm.model_name == "gpt-3.5-turbo"` compares
            key = (ATTRIBUTES, callee.keyword)
            bindings = self._values(key)
            return min((comparison.line for comparison in self._compared.get(key, ())
                        if comparison.changes(*rename, bindings)), default=None)
        if found is None:
            return None
        scope, _, parameter = found
        return self._keys_looked_up(self._closure({_flow_key(scope, parameter)}), rename, seen,
                                    entry)

    def literals_reaching(self, node: ast.expr, scope: "_Scope") -> List[ast.Constant]:
        """The model-name literals a name read at `node` (in `scope`) may hold, through the
        names value flow binds them to (also where another binding is unknown)."""
        key = _read_key(node, scope)
        if key is None or not isinstance(node, ast.Name):
            return []
        return [candidate.node for candidate in self._candidates
                if key in self._bound_to({id(candidate.node)})]

    def _used_at(self, literal: ast.Constant) -> Tuple[int, ...]:
        """Lines where a name bound (directly or through other names) to `literal` is used."""
        keys = self._bound_to({id(literal)})
        return tuple(sorted({use.line for key in keys for use in self._flow.uses.get(key, ())}))

    def _bound_to(self, literals: AbstractSet[int]) -> Set[_FlowKey]:
        """Keys bound to one of `literals` (by id), or to a key bound to one, and so on."""
        holders = self._flow_index()[0]
        return self._closure(set().union(*(holders.get(literal, ()) for literal in literals)))

    def _closure(self, keys: Set[_FlowKey]) -> Set[_FlowKey]:
        """`keys` and the keys bound to one of them, and so on; with the reads that see what
        an attribute is bound to (`_readers`: a read of `x.model` sees what `Bot` stores as
        `self.model`, though that read does not bind what other classes read)."""
        dependents = self._flow_index()[1]
        bound, reads = set(keys), set()
        frontier = set(keys)
        while frontier:
            grown = set().union(*(dependents.get(key, ()) for key in frontier)) - bound
            seen = set().union(*(self._readers(key) for key in frontier if key in bound)) \
                - bound - reads
            bound |= grown
            reads |= seen
            frontier = grown | seen
        return bound | reads

    def _flow_index(self) -> Tuple[Dict[int, Set[_FlowKey]], Dict[_FlowKey, Set[_FlowKey]]]:
        """The finished bindings, indexed once (a module may have thousands of each): the
        keys holding each node a value yields (by id), and the keys bound to each key."""
        if self._index is None:
            holders: Dict[int, Set[_FlowKey]] = {}
            dependents: Dict[_FlowKey, Set[_FlowKey]] = {}
            for key, values in self._flow.bindings.items():
                for value, scope in values:
                    for node in _yielded(value):
                        holders.setdefault(id(node), set()).add(key)
                    for node in _taken_values(value):
                        # `model = body.get("model", DEFAULT)`: bound to DEFAULT's value too
                        used = _read_key(node, scope)
                        if used is not None:
                            dependents.setdefault(used, set()).add(key)
            self._index = (holders, dependents)
        return self._index

    def dependencies(self) -> Set[str]:
        """The names through which code outside the parsed text could change this module's
        findings (`focus` parses a left-out definition that spells one):

        - names bound to a model literal, directly or through other names: code elsewhere may
          pass them as a model (an ambiguous `"ada"` becomes a finding) or use them ("used at");
        - names bound to `openai` or inside it, and names holding a stored reference to a
          legacy resource or method (`create = openai.Completion.create`, `self.client = ...`):
          code elsewhere may call them;
        - with `openai` imported, the resource words of a legacy client call (`.completions`),
          which `CallResolver` reads on a client of unknown origin;
        - when such a client was taken for OpenAI's, the other SDKs' names, whose import
          elsewhere would undo that;
        - the names of the plain functions a model is passed to, when nothing parsed binds
          them: a left-out definition of one may compare the model (`_looked_up_in`); and the
          first name of a method a model is sent to (`Stub.create(model=...)`): a left-out
          class of the module makes its keywords its own (`_project_callee`);
        - the names of functions whose parameter defaults to a model literal: a left-out
          caller may pass another model (`_model_chosen_by_callers`);
        - the first name of a holder a model literal is stored in under a key (`df["Model"]`):
          a left-out read of that key makes it more than a label (`_label_read`);
        - the attribute a command-line option defaulting to a model is parsed into
          (`args.model`): a left-out read may hand it on or compare it (`option_sources`);
        - the names of the module's functions with a `**kwargs` parameter: a left-out caller
          fills it (`_kwargs_callers`);
        - the bases of a class holding a model field: a left-out base may turn its instances
          into dicts (`_fields_spread`).
        """
        words = self.names.openai_names()
        callees = [*self._passed_in.values(), *(use.callee for uses in self._flow.uses.values()
                                                for use in uses if use.callee is not None)]
        words |= {callee.name for callee in callees
                  if not callee.scope.lookup(callee.name) and callee.name not in _BUILTINS}
        for calls in self._model_calls.values():  # `Stub.create(model=...)` (_project_callee)
            for call in calls:
                root = call.func
                while isinstance(root, ast.Attribute):
                    root = root.value
                if isinstance(root, ast.Name) and root is not call.func \
                        and not self._call_scopes[id(call)].lookup(root.id):
                    words.add(root.id)
                elif isinstance(root, ast.Name) and root is not call.func:
                    # `ctx = CodeContext(...)`: a left-out class makes `ctx.m(...)`'s keywords
                    # its own (`_own_instance_method`)
                    made = self._instance_class(root, self._call_scopes[id(call)])
                    if made is not None:
                        words.add(made[0])
        if self.guessed_client:
            words |= OTHER_SDKS | {"openai"}
        for sdk in self._imports & _IMPORT_DEPENDENCIES.keys():
            words |= _IMPORT_DEPENDENCIES[sdk]
        for (scope, key), values in self._references.items():
            # Code elsewhere sees only the module's references (its own `x = ...` binds in its
            # own scope); through a client (`client = OpenAI()`) it calls a legacy API only with
            # a resource word, already in `words`.
            if scope == "" and ("." in key or values - {OPENAI_CLIENT, "other()"}):
                words.update(part for part in key.split(".") if part not in ("self", "cls"))
        if self._candidates:
            literals = {id(candidate.node) for candidate in self._candidates}
            words |= {function for (_, function), (_, arguments) in self._functions.items()
                      if any(id(default) in literals
                             for default in (*arguments.defaults, *arguments.kw_defaults))}
            # A left-out definition is top-level: it sees the module's names and attributes,
            # never a function's own.
            words |= {name for owner, name in
                      self._bound_to({id(candidate.node) for candidate in self._candidates})
                      if _attribute_key((owner, name)) or owner is self.names.module}
            words |= {self._labels[literal][0].split(".")[0] for literal in literals
                      if literal in self._labels and self._labels[literal][0]}
            # an option's value (`args.model`) read elsewhere (`_dest_handed_on`)
            words |= set(self._option_dests.values())
            # a class holding a model field: a left-out base may turn its instances into
            # dicts (`return asdict(self)`, `_fields_spread`)
            if self._tree is not None:
                words |= {base.id for node in ast.walk(self._tree)
                          if isinstance(node, ast.ClassDef) and any(
                              id(getattr(item, "value", None)) in literals for item in node.body
                              if isinstance(item, (ast.Assign, ast.AnnAssign)))
                          for base in node.bases if isinstance(base, ast.Name)}
                # an Enum with a model member: a left-out definition may look its members up
                # by value (`ChatModel(spec["model"])`, `_keep_enum_values_parsed`)
                words |= {node.name for node in self._tree.body if is_enum_class(node) and any(
                              id(getattr(item, "value", None)) in literals for item in node.body
                              if isinstance(item, ast.Assign))}
        module = id(self.names.module)
        words |= {function for (outer, function), (_, arguments) in self._functions.items()
                  if outer == module and arguments.kwarg is not None}
        return words

    def _call_name(self, call: ast.Call) -> str:
        """How a message names a call: `client.completions.create()`, or its source text when
        the chain holds a call (`anthropic.Anthropic().completions.create()`)."""
        name = dotted_name(call.func)
        if "..." in name:
            name = re.sub(r"\s+", "", self._segment(call.func))
        return f"{name}()"

    def patched(self, legacy: LegacyCall) -> Optional[ast.AST]:
        """The call that puts a test double in place of `legacy`'s 0.x method in this module
        (`mock.patch("openai.ChatCompletion.create")`, `patch.object(openai.Completion,
        "create")`), if one does: the call, the patch and its fake move together."""
        return self._patched.get((legacy.resource, legacy.method)) \
            or self._patched.get((legacy.resource, ""))

    def runs_only_on_v0(self, node: ast.AST) -> bool:
        """Whether `node` sits in a branch only openai-python < 1.0 takes (the other branch of
        a version check holds the 1.x code)."""
        return self._in_v0_branch(self._span(node))

    def _in_v0_branch(self, span: Span) -> bool:
        start = span[:2]
        return any(first <= start <= last for first, last in self._legacy_only)

    def _report_call(self, call: ast.Call, legacy: LegacyCall) -> None:
        if legacy.code in V0_ONLY_CODES and self.runs_only_on_v0(call.func):
            return
        what = self._call_name(call)
        message = self._call_message(legacy, what)
        host = self._own_server_host() if legacy.code == "GM101" else None
        if host is not None and self._unknown_model(call):
            # `vicuna-7b-v1.1` on the project's own server: its Completions API lives on
            self.own_server_calls.add(id(call))
            if legacy.sdk != "v0":
                return
            legacy = replace(legacy, code="GM201")
            message = (f"{what} was removed in openai-python 1.0; use the client API "
                       f"(client = OpenAI(base_url=...)): it calls the Completions API of a "
                       f"server of the project's own ({host}) with a model the table does "
                       f"not know, which that server serves")
        severity = Severity.ERROR
        # The table's `apis` row dates the API: before its end the finding says so (with the
        # days left) and its severity follows the dates, as for models.
        family = self.options.table.apis.get(_API_OF_RULE.get(legacy.code, ""))
        if legacy.code == "GM112" and family is not None:
            status = family.status(self.options.as_of)
            when = (f"has no live model since {self._api_end('completions', '2026-09-28')}"
                    if status == "retired" else family.notice(self.options.as_of))
            message = (f"{what} is langchain's OpenAI LLM: it calls the Completions API, which "
                       f"{when}; use langchain_openai.ChatOpenAI(model=...) and read .content "
                       f"of what invoke() returns")
            severity = Severity.ERROR if status == "retired" else _API_SEVERITY.get(
                status, Severity.INFO)
        elif legacy.code == "GM103":
            message = (f"{message}: "
                       f"{providers.assistants_advice(legacy.resource, legacy.method)}")
            if family is not None and family.status(self.options.as_of) != "retired":
                message = (f"{what} calls the {family.notice(self.options.as_of)}: "
                           f"{providers.assistants_advice(legacy.resource, legacy.method)}")
                severity = _API_SEVERITY.get(family.status(self.options.as_of), Severity.INFO)
        elif family is not None and family.status(self.options.as_of) != "retired":
            v0 = " (removed in openai-python 1.0)" if legacy.sdk == "v0" else ""
            message = f"{what}{v0} calls the {family.notice(self.options.as_of)}"
            severity = _API_SEVERITY.get(family.status(self.options.as_of), Severity.INFO)
        span = self._span(call.func)
        self.calls[span] = legacy
        self.legacy_nodes[span] = call
        self._add_rule_finding(legacy.code, severity, message, span)
        if legacy.sdk == "v0" and not self.runs_only_on_v0(call.func):
            for keyword in call.keywords:
                if keyword.arg in ("engine", "deployment_id"):
                    self._add_rule_finding(
                        "GM203", Severity.ERROR,
                        f"{keyword.arg}= was removed in openai-python 1.0: name the model "
                        f"with model= (on Azure, the deployment name with model= on an "
                        f"AzureOpenAI client)",
                        self._name_span(keyword.lineno, keyword.col_offset, keyword.arg))

    def _own_server_host(self) -> Optional[str]:
        """The host of the module's server of its own: every base URL the module gives openai
        (`openai.api_base = ...`, `OpenAI(base_url=...)`) is a string naming one host that is
        not OpenAI's nor Azure's, and no api_type is set; None otherwise. (Once per tree: each
        Completions call of the module asks.)"""
        if self._server_host[0] is not self._tree:
            self._server_host = (self._tree, self._find_own_server_host())
        return self._server_host[1]

    def _find_own_server_host(self) -> Optional[str]:
        hosts: Set[str] = set()
        for node in ast.walk(self._tree) if self._tree is not None else ():
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                named = dotted_name(node.targets[0])
                if named == "openai.api_type":
                    return None
                value = node.value if named in ("openai.api_base", "openai.base_url") else None
            elif isinstance(node, ast.keyword) and node.arg in ("base_url", "api_base"):
                value = node.value  # `base_url=openai.base_url`: the setting, judged above
            else:
                continue
            if value is None or dotted_name(value) in ("openai.api_base", "openai.base_url"):
                continue
            host = _literal_host(value)
            if not host or host.endswith(("openai.com", "azure.com")):
                return None
            hosts.add(host)
        return hosts.pop() if len(hosts) == 1 else None

    def _unknown_model(self, call: ast.Call) -> bool:
        """Whether the call's model is a string (in the call, or a module constant bound once
        to one) that the table does not know."""
        model = next((k.value for k in call.keywords if k.arg in ("model", "engine")), None)
        if isinstance(model, ast.Name) and self._tree is not None:
            bound = [node.value for node in self._tree.body if isinstance(node, ast.Assign)
                     and any(isinstance(t, ast.Name) and t.id == model.id
                             for t in node.targets)]
            stored = [node for node in ast.walk(self._tree) if isinstance(node, ast.Name)
                      and node.id == model.id and not isinstance(node.ctx, ast.Load)]
            model = bound[0] if len(bound) == 1 and len(stored) == 1 else None
        name = string_value(model) if model is not None else None
        return name is not None and self.options.table.get(name) is None

    def _call_message(self, legacy: LegacyCall, what: str) -> str:
        v0 = " (removed in openai-python 1.0)" if legacy.sdk == "v0" else ""
        if legacy.code == "GM101":
            return (f"{what}{v0} calls the Completions API, which has no live model since "
                    f"{self._api_end('completions', '2026-09-28')}; move to Chat Completions")
        if legacy.code == "GM102":
            return (f"{what}{v0} calls the Edits API, shut down on "
                    f"{self._api_end('edits', '2024-01-04')}; move to Chat Completions")
        if legacy.code == "GM103":
            return (f"{what} uses the Assistants API, shut down on "
                    f"{self._api_end('assistants', '2026-08-26')}")
        if legacy.code == "GM110":
            if legacy.resource:
                return (f"{what} calls Anthropic's Text Completions API (a legacy API), which "
                        f"anthropic-python 1.0 removed: move to the Messages API, "
                        f"client.messages.create(model=..., max_tokens=..., "
                        f"messages=[{{\"role\": \"user\", \"content\": ...}}]) and read "
                        f".content[0].text")
            return (f"{what} is the Text Completions method of anthropic-python < 0.3's "
                    f"client; use anthropic.Anthropic().messages.create(model=..., "
                    f"max_tokens=..., messages=[...]) and read .content[0].text")
        if legacy.code == "GM111":
            return (f"{what} calls the PaLM API, shut down on "
                    f"{self._api_end('palm', '2024-08-15')} (google-generativeai 0.8 removed "
                    f"the function); with google-genai: "
                    f"{providers.PALM_FUNCTIONS.get(legacy.method, 'client.models')}")
        if legacy.code == "GM104":
            return (f"{what}{v0} calls the legacy fine-tunes API (/v1/fine-tunes), shut down on "
                    f"{self._api_end('fine-tunes', '2024-01-04')}; use "
                    f"client.fine_tuning.jobs")
        if legacy.code == "GM105":
            return (f"{what}{v0} calls the Engines API (/v1/engines), shut down on "
                    f"{self._api_end('engines', '2022-12-03')}; use client.models")
        return (f"{what} was removed in openai-python 1.0; use the client API "
                f"(client = OpenAI())")

    def _api_end(self, api: str, known: str) -> str:
        return api_end(self.options.table, api, known)

    # -- building findings -------------------------------------------------------------------

    def _report_sampling(self, call: ast.Call) -> None:
        """GM215: `client.messages.create(..., temperature=0.2)` raises TypeError on
        anthropic>=1, which removed the sampling arguments; the API still takes them in the
        body below Claude 4.7, so they move into `extra_body=` (the same request)."""
        sampling = [k for k in call.keywords if k.arg in ANTHROPIC_SAMPLING]
        names = ", ".join(f"{k.arg}=" for k in sampling)
        message = (f"{self._call_name(call)} passes {names}, which anthropic-python 1.0 "
                   f"removed from messages.create (TypeError); the API still takes them "
                   f"below Claude 4.7")
        model = next((k.value for k in call.keywords if k.arg == "model"), None)
        rule = self.options.table.parameter_rule(model.value) \
            if isinstance(model, ast.Constant) and isinstance(model.value, str) else None
        problem = None
        if any(k.arg is None or k.arg == "extra_body" for k in call.keywords):
            problem = ("the call also passes extra_body= or **kwargs: add them to the body "
                       "it sends there")
        elif rule is not None and any(k.arg in rule.unsupported for k in sampling):
            problem = (f"{model.value} rejects them (Claude 4.7 and later): remove them, "  # type: ignore[union-attr]
                       f"which changes the sampling")
        spans = [self._keyword_span(keyword) for keyword in sampling]
        if problem is None and None in spans:
            problem = "their layout cannot be edited: move them by hand"
        if problem is not None:
            self._add_rule_finding("GM215", Severity.ERROR, f"{message}. Not fixed: {problem}",
                                   self._span(sampling[0]))
            return
        body = ", ".join(f'"{k.arg}": {self._segment(k.value)}' for k in sampling)
        first = self._offset(sampling[0].lineno, sampling[0].col_offset)
        first_end = self._offset(sampling[0].value.end_lineno,  # type: ignore[arg-type]
                                 sampling[0].value.end_col_offset or 0)
        edits = [self._edit(first, first_end, f"extra_body={{{body}}}")]
        edits += [self._edit(start, end, "") for start, end in spans[1:]]  # type: ignore[misc]
        self._add_rule_finding("GM215", Severity.ERROR, f"{message}: pass them in extra_body=",
                               self._span(sampling[0]), Fix(
                                   FixSafety.SAFE, tuple(edits), f"Move {names} into "
                                   f"extra_body= (the request body does not change)"))

    def _keyword_span(self, keyword: ast.keyword) -> Optional[Tuple[int, int]]:
        """The span that removes `keyword=value` from a call: the whole line where it stands
        alone (with its comma), else `entry_span`'s layouts."""
        text = self.index.text
        start = self._offset(keyword.lineno, keyword.col_offset)
        end = self._offset(keyword.value.end_lineno,  # type: ignore[arg-type]
                           keyword.value.end_col_offset or 0)
        line_start = text.rfind("\n", 0, start) + 1
        after = re.match(r"[ \t]*,?[ \t]*(?:#[^\n]*)?\r?\n", text[end:])
        if not text[line_start:start].strip() and after is not None:
            return line_start, end + after.end()
        return entry_span(self.index, keyword, keyword.value)

    def _add_rule_finding(self, code: str, severity: Severity, message: str, span: Span,
                          fix: Optional[Fix] = None) -> None:
        rule = get_rule(code)
        assert rule is not None, code
        self.findings.append(Finding(
            code=rule.code, name=rule.name, severity=severity, message=message,
            start=Position(span[0], span[1]), end=Position(span[2], span[3]),
            fix_safety=fix.safety if fix is not None else FixSafety.MANUAL, fix=fix))

    def _resolution(self, row: ModelRow) -> Resolution:
        key = f"{row.provider}/{row.name}"
        if key not in self._resolutions:
            self._resolutions[key] = self.options.table.resolve(
                row.name, self.options.as_of, self.options.targets, provider=row.provider)
        return self._resolutions[key]

    def _report_model(self, node: ast.Constant, value: str, match: ModelMatch,
                      used_at: Tuple[int, ...], context: Optional[_CallContext] = None) -> None:
        row = match.row
        if match.fine_tuned:
            row = self.options.table.fine_tuned_row(row, match.legacy_tune)
        elif context is not None and context.removed == VERTEX_CODE:
            # a model of the Vertex AI SDK: Vertex AI's own dates and replacements
            row = self.options.table.get(row.name, "vertex") or row
        status = row.status(self.options.as_of)
        if status == "current":
            return
        code, severity = {
            "retired": ("GM001", Severity.ERROR),
            "deprecated": ("GM002", Severity.WARNING),
            "legacy": ("GM003", Severity.INFO),
        }[status]
        if match.fine_tuned and status == "retired":
            code = "GM004"
        rule = get_rule(code)
        assert rule is not None
        resolution = self._resolution(row)
        note = None
        if context is not None and not match.fine_tuned:
            resolution, note = self._in_context(resolution, context)
        safety = resolution.fix_safety
        if match.fine_tuned:
            safety = FixSafety.MANUAL
        message = _model_message(row, status, resolution, self.options.as_of, match.fine_tuned,
                                 value)
        if note is not None:
            message += f"; {note}"
        elsewhere = [line for line in used_at if line != node.lineno]
        if elsewhere:
            message += f" (used at {', '.join(self.line_label(line) for line in elsewhere)})"
        fix = None
        if self._names_deployment(node):
            message += AZURE_DEPLOYMENT_NOTE
            safety = FixSafety.MANUAL
        elif id(node) in self._described and safety in (FixSafety.SAFE, FixSafety.UNSAFE):
            message += ("; here it describes the Azure deployment the same call names, which "
                        "decides the model that answers: change it with that deployment, "
                        "never alone")
            safety = FixSafety.MANUAL
        elif id(node) in self._records and safety in (FixSafety.SAFE, FixSafety.UNSAFE):
            message += ("; here it records what answered a request (\"object\": "
                        "\"chat.completion\" ...), not a request: it stays")
            safety = FixSafety.MANUAL
        elif id(node) in self._labels and safety in (FixSafety.SAFE, FixSafety.UNSAFE) \
                and not self._sent(node) and not self._label_read(self._labels[id(node)]):
            message += (f"; here it is stored under \"{self._labels[id(node)][1]}\", which "
                        f"the module never reads back: a label of data (results, a table "
                        f"column), kept; rename it by hand if it is sent as a model")
            safety = FixSafety.MANUAL
        elif safety in (FixSafety.SAFE, FixSafety.UNSAFE) and self._lookalike_module():
            message += (f"; this module {self._lookalike_module()} and does not import "
                        f"openai: a look-alike whose models are its own, kept; rename it by "
                        f"hand where it is forwarded to OpenAI")
            safety = FixSafety.MANUAL
        elif id(node) in self._referring and safety in (FixSafety.SAFE, FixSafety.UNSAFE):
            # A key, a comparison or a membership test: code elsewhere looks the old name up.
            self._compared_names.setdefault(value[match.start:match.end], node.lineno)
            message += ("; here it is a key or a compared value, not a request: rename it "
                        "together with every reader (or keep it for old data)")
            safety = FixSafety.MANUAL
        elif safety in (FixSafety.SAFE, FixSafety.UNSAFE) and resolution.action == "rename":
            renamed = value[:match.start] + (resolution.target or "") + value[match.end:]
            elsewhere_line = self.used_otherwise(node, value, renamed)
            if elsewhere_line is not None:
                # `cost("gpt-4", n)`, `tier(model)`: the function may compare or look it up.
                if id(node) in self._handed:
                    if _asserts(self._argument_of.get(id(node))):
                        # `self.assertEqual(config.chat_model(), "gpt-4")`: a comparison
                        self._compared_names.setdefault(value[match.start:match.end],
                                                        elsewhere_line)
                    message += (f"{RENAME_HELD}it is passed ({self.line_label(elsewhere_line)})"
                                f" to a function that may send it, compare it or look it up: "
                                f"rename it there with every place that uses the name")
                else:
                    self._compared_names.setdefault(value[match.start:match.end],
                                                    elsewhere_line)
                    message += (f"{RENAME_HELD}code compares it or may look the old name up, "
                                f"or hands it to code this scan does not follow "
                                f"({self.line_label(elsewhere_line)}): rename it where it "
                                f"is sent as a model, and every place that compares it")
                safety = FixSafety.MANUAL
        if safety in (FixSafety.SAFE, FixSafety.UNSAFE) and resolution.action == "rename":
            fix = self._rename_fix(node, value, match, resolution.target or "", safety)
            if fix is not None:
                fix, problem = self._with_parameters(node, fix, resolution.target or "")
                if problem:
                    message += f"{RENAME_HELD}{problem}"
            if fix is not None:
                fix, problem = self._with_dimensions(node, fix, value[match.start:match.end],
                                                     resolution.target or "")
                if problem:
                    message += f"{RENAME_HELD}{problem}"
            if fix is not None and note is not None:
                fix = replace(fix, description=f"{fix.description}; {note}")
            if fix is not None and context is not None and context.kind == providers.LLAMA_INDEX:
                release = providers.LLAMA_INDEX_RELEASES.get(resolution.target or "")
                fix = replace(fix, requires=((providers.LLAMA_INDEX_OPENAI_PACKAGE, release),
                                             ("llama-index", "0.10"))) if release else None
            if fix is None:
                safety = FixSafety.MANUAL
            else:
                safety = fix.safety
        elif safety == FixSafety.UNSAFE:
            # An API migration is rewritten with the call (a later pass); the literal alone
            # must not change, or the call would name a chat model on the Completions API.
            safety = FixSafety.MANUAL
        # A new embedding model: the message and the fix also say what happens to vector sizes.
        advice = (embedding_size_advice(value[match.start:match.end], resolution.target)
                  if resolution.target and code != "GM004" else None)
        if advice is not None:
            message = f"{message}; {advice}"
            if fix is not None:
                fix = replace(fix, description=f"{fix.description}; {advice}")
        span = self._span(node)
        if fix is not None and (id(node) in self._model_dicts or id(node) in self._dict_values) \
                and not self._sent(node):
            # (`{"CHAT_MODEL": "gpt-4"}` patched into the environment is a dict's value too)
            self._unsent_renames.append((len(self.findings), node))
        self.findings.append(Finding(
            code=rule.code,
            name=rule.name,
            severity=severity,
            message=message,
            start=Position(span[0], span[1]),
            end=Position(span[2], span[3]),
            model=value[match.start:match.end],
            replacement=resolution.target,
            shutdown=row.shutdown.isoformat() if row.shutdown else None,
            fix_safety=safety,
            fix=fix,
            used_at=tuple(elsewhere),
        ))

    def _in_context(self, resolution: Resolution,
                    context: _CallContext) -> Tuple[Resolution, Optional[str]]:
        """The resolution of a model literal in the call it is the model of, and a note."""
        table = self.options.table
        if context.kind == "dead" and context.legacy is not None:
            if resolution.action != "rename":
                return resolution, None  # the message already says the call must move
            what = self._call_name(context.call)
            code = context.legacy.code
            return replace(resolution, fix_safety=FixSafety.MANUAL), (
                f"not renamed: {what} ({self.line_label(context.call.lineno)}) uses "
                f"{_API_NAMES[code]} ({code}), which no model name makes work: move the call, "
                f"with its model")
        if context.kind == "removed" and context.removed is not None:
            if resolution.action != "rename":
                return resolution, None
            then = ("the GM212 fix (--unsafe-fixes) moves the module to google-genai with "
                    "this model renamed; where that fix is manual, move the import first, then "
                    "the model") if context.removed == VERTEX_CODE else \
                "move the import first, then the model"
            return replace(resolution, fix_safety=FixSafety.MANUAL), (
                f"not renamed on its own: {self._call_name(context.call)} "
                f"({self.line_label(context.call.lineno)}) comes from "
                f"{providers.REMOVED_MODULE_CODES[context.removed]} ({context.removed}), whose "
                f"import fails: {then}")
        target_row = table.get(resolution.target) if resolution.target else None
        if context.kind == providers.ANTHROPIC_MESSAGES and resolution.action == "migrate-api" \
                and target_row is not None and target_row.api == "messages":
            # The call already is on Messages: the served model is a plain rename there.
            return replace(resolution, action="rename", fix_safety=FixSafety.UNSAFE,
                           reason="the call already uses the Messages API"), None
        if context.kind == providers.LLAMA_INDEX and resolution.target \
                and resolution.action in ("migrate-api", "rename"):
            # LlamaIndex's OpenAI picks Completions or Chat Completions by the model's name, so
            # a chat model is a plain rename for it, on a release that lists the name.
            release = providers.LLAMA_INDEX_RELEASES.get(resolution.target)
            note = (f"LlamaIndex's OpenAI refuses model names it does not list: it needs "
                    f"llama-index-llms-openai {release} or later for {resolution.target}"
                    if release else
                    f"LlamaIndex's OpenAI refuses model names it does not list: check that "
                    f"the installed llama-index-llms-openai lists {resolution.target}")
            if resolution.action == "migrate-api":
                resolution = replace(resolution, action="rename", fix_safety=FixSafety.UNSAFE,
                                     reason="LlamaIndex's OpenAI sends a chat model to Chat "
                                            "Completions itself")
            return resolution, note
        return resolution, None

    def _with_parameters(self, literal: ast.Constant, fix: Fix,
                         target: str) -> Tuple[Optional[Fix], str]:
        """The rename fix, extended to make every call that takes the model send what the new
        model accepts (the table's parameter rules); None and why, if a call cannot."""
        calls, relayed, through = self._sending_calls(literal)
        tuned = next((call for call in calls.values() if self._creates_fine_tune(call)), None)
        if tuned is not None:
            return None, (f"it is the base model of the fine-tuning job the call on "
                          f"{self.line_label(tuned.lineno)} creates, and {target} is not known to "
                          f"be fine-tunable: choose a model fine-tuning supports today (its "
                          f"training data format may differ), then rename it")
        rule = self.options.table.parameter_rule(target)
        if rule is None:
            return fix, ""
        dest = self._option_dests.get(id(literal))
        if dest is not None:  # `--model`'s default, sent as `model=args.model`
            calls.update((id(call), call) for call, *_ in self._calls if any(
                k.arg in MODEL_KEYWORDS and isinstance(k.value, ast.Attribute)
                and k.value.attr == dest for k in call.keywords))
        edits = list(fix.edits)
        notes: List[str] = []
        rejected = ", ".join(f"{name}=" for name in (*rule.renamed, *rule.defaults_only,
                                                      *rule.unsupported))
        fields = self._fields_spread(literal)
        if fields is not None:
            holder, call, arguments = fields
            verdict = rule.judge(target, arguments)
            changed = [*verdict.dropped, *verdict.renamed, *verdict.unsupported]
            spreads = "sends whole (**asdict(...))" if any(
                k.arg is None for k in call.keywords) else "turns whole into a dict (asdict)"
            if changed:
                return None, (f"the model is a field of {holder}, which the call on "
                              f"{self.line_label(call.lineno)} {spreads} with "
                              f"its other fields, such as "
                              f"{', '.join(name + '=' for name in changed)}, which {target} "
                              f"rejects or names otherwise: change them with the model, or "
                              f"rename it by hand")
        spread = self._spread_default(literal)
        if spread is not None:
            holder, call = spread
            return None, (f"the model is {holder}'s default, which the call on "
                          f"{self.line_label(call.lineno)} takes whole (**{holder}) with "
                          f"whatever else it holds, such as a caller's parameters {target} "
                          f"rejects ({rejected}): check what it holds, then rename by hand")
        if through is not None and not relayed:
            return None, (f"the model goes into {through}(), and no call that sends it from "
                          f"there is in sight: check that those calls pass no parameter "
                          f"{target} rejects ({rejected}), then rename it by hand")
        dicts = [self._model_dicts[id(literal)]] if id(literal) in self._model_dicts \
            and not self._read_by_key(self._model_dicts[id(literal)]) else []
        dicts += [table for key in {reader for bound in self._bound_to({id(literal)})
                                    for reader in self._readers(bound)}
                  for table in self._model_dict_keys.get(key, ())  # {"model": model, ...}
                  if table not in dicts]
        for entries in dicts:
            # {"model": "gpt-4", "temperature": 0.2}: the dict carries the request's parameters,
            # and those stored into it later (`params["max_tokens"] = n`)
            stored = self._stored_into(entries)
            if "?" in stored:
                return None, (f"the dict on {self.line_label(entries.lineno)} gets keys stored "
                              f"into it that this scan cannot list (a module-level dict, or a "
                              f"computed key): check that none is a parameter {target} "
                              f"rejects ({rejected}), then rename the model by hand")
            verdict = rule.judge(target, {**dict_arguments(entries),
                                          **{key: NOT_A_LITERAL for key in stored}})
            changed = [*verdict.dropped, *verdict.renamed, *verdict.unsupported]
            if changed and not verdict.dropped and not verdict.unsupported and all(
                    key in verdict.renamed for key in stored) and not any(
                    string_value(key) in verdict.renamed for key in entries.keys
                    if key is not None):
                # only keys stored later need new names (`params["max_tokens"]` ->
                # `params["max_completion_tokens"]`): they change with the model
                edits.extend(self._stored_key_edits(stored, verdict))
                notes.extend(note for note in verdict.notes if note not in notes)
                continue
            own = self._local_request_edits(entries, calls, rule, verdict, stored) \
                if changed and not verdict.unsupported else None
            if own is not None:  # `request = {"model": ..., "temperature": 0}` in the function
                edits.extend(edit for edit in own if edit not in edits)
                notes.extend(note for note in verdict.notes if note not in notes)
                continue
            if changed:
                return None, (f"the dict on {self.line_label(entries.lineno)} also holds "
                              f"{', '.join(repr(name) for name in changed)}, which {target} "
                              f"rejects or names otherwise: remove or rename them where they "
                              f"are sent, then rename the model")
        for call in sorted(calls.values(), key=lambda c: (c.lineno, c.col_offset)):
            if self._recursive(call):
                continue  # its arguments reach the calls inside, judged on their own
            stored_later = self._dict_call_stores(call) \
                if isinstance(call.func, ast.Name) and call.func.id == "dict" else set()
            if stored_later is None or stored_later:
                verdict = rule.judge(target, {**call_arguments(call), **{
                    key: NOT_A_LITERAL for key in stored_later or ()}})
                changed = [*verdict.dropped, *verdict.renamed, *verdict.unsupported]
                if stored_later:
                    changed = [key for key in changed if key in stored_later]
                if changed:  # `DEFAULTS = dict(model=..., temperature=0.7)`, merged elsewhere
                    return None, (f"the dict on {self.line_label(call.lineno)} also holds "
                                  f"{', '.join(repr(name) for name in changed)}, which {target} "
                                  f"rejects or names otherwise: remove or rename them where "
                                  f"they are sent, then rename the model")
            for spread in (k.value for k in call.keywords if k.arg is None):
                held = self._options_held(spread, call)
                if held is None:
                    return None, (f"the call on {self.line_label(call.lineno)} also passes "
                                  f"**kwargs, which may carry parameters {target} rejects "
                                  f"({rejected}): check what it holds, then rename by hand")
                verdict = rule.judge(target, held)
                changed = [*verdict.dropped, *verdict.renamed, *verdict.unsupported]
                spread_edits = self._spread_edits(spread, call, calls, rule, verdict) \
                    if changed and not verdict.unsupported else None
                if spread_edits is not None:  # `GEN_KWARGS = {"temperature": 0, ...}` changes
                    edits.extend(edit for edit in spread_edits if edit not in edits)
                    notes.extend(note for note in verdict.notes if note not in notes)
                    changed = []
                if changed:
                    return None, (f"the call on {self.line_label(call.lineno)} also passes "
                                  f"**{dotted_name(spread)}, which holds "
                                  f"{', '.join(name + '=' for name in changed)}, which {target} "
                                  f"rejects or names otherwise: change them there, then rename "
                                  f"the model")
            verdict = rule.judge(target, call_arguments(call))
            changed = [*verdict.dropped, *verdict.renamed]
            # every model reaching the call moves under this rule: the call is judged once
            alike = bool(changed or verdict.unsupported) and self._models_alike(call, rule)
            if (changed or verdict.unsupported) and id(call) in relayed and not alike:
                names = ", ".join(f"{name}=" for name in (*changed, *verdict.unsupported))
                return None, (f"the model goes through {relayed[id(call)]}() to the call on "
                              f"{self.line_label(call.lineno)}, which sends {names}: "
                              f"{target} rejects them, and that call serves every caller of "
                              f"{relayed[id(call)]}(): send them only for models that take "
                              f"them, then rename the model")
            if changed and self._project_callee(call):
                names = ", ".join(f"{name}=" for name in changed)
                return None, (f"the model goes to {ast.unparse(call.func)}() with {names} "
                              f"({self.line_label(call.lineno)}), which {target} rejects where "
                              f"they reach the API; that function's parameters are its own: "
                              f"stop sending them there, or choose a model that takes them "
                              f"(targets in [tool.gptmigrate])")
            if verdict.unsupported:
                names = ", ".join(f"{name}=" for name in verdict.unsupported)
                return None, (f"{target} rejects {names} ({self.line_label(call.lineno)}): "
                              f"remove it, or choose a model that takes it (targets in "
                              f"[tool.gptmigrate])")
            if changed and not alike:
                caller = self._model_chosen_by_callers(literal)
                if caller is not None:
                    names = ", ".join(f"{name}=" for name in changed)
                    return None, (f"{caller[0]}() is also called with another model "
                                  f"({self.line_label(caller[1])}), for which the call on "
                                  f"{self.line_label(call.lineno)} must keep {names}, which "
                                  f"{target} rejects: send them only for models that take "
                                  f"them, then rename the default")
            edits.extend(self._argument_edits(call, verdict.renamed, verdict.dropped))
            notes.extend(note for note in verdict.notes if note not in notes)
            notes.extend(
                f"{k.arg}={k.value.id} no longer reaches the API: values callers give "
                f"{k.value.id} have no effect on {target}"
                for k in call.keywords if k.arg in verdict.dropped and isinstance(k.value, ast.Name))
        if not calls:
            # no call that sends it is in sight (a function's return, another module)
            judged = {id(table) for table in dicts} | ({id(fields[1])} if fields else set())
            spreading = self._unknown_spread(judged)
            if spreading is not None:
                call, spread = spreading
                self.spread_held.setdefault(id(call), []).append(literal)
                return None, (f"no call that sends it is in sight, and the call on "
                              f"{self.line_label(call.lineno)} passes **"
                              f"{dotted_name(spread) or 'kwargs'}, which may carry it with "
                              f"parameters {target} rejects ({rejected}): check what it holds, "
                              f"then rename by hand")
            untraced = self._untraced_sender(rule, target, judged)
            if untraced is not None:
                call, model, changed = untraced
                if id(literal) not in self._literal_type_members():
                    # (a member of `Literal[...]` is a type, never sent itself)
                    self.untraced_held.setdefault(id(call), []).append(literal)
                return None, (f"no call that sends it is in sight, and the call on "
                              f"{self.line_label(call.lineno)} sends a model this scan cannot "
                              f"trace (model={dotted_name(model)}), which may be it, with "
                              f"{', '.join(name + '=' for name in changed)}, which {target} "
                              f"rejects or names otherwise: check where its model comes from, "
                              f"then rename by hand")
            request = self._untraced_request(rule, target, judged)
            if request is not None and id(literal) not in self._literal_type_members():
                entries, changed = request
                return None, (f"no call that sends it is in sight, and the request dict on "
                              f"{self.line_label(entries.lineno)} holds a model this scan "
                              f"cannot trace, which may be it, with "
                              f"{', '.join(repr(name) for name in changed)}, which {target} "
                              f"rejects or names otherwise (a body sent over HTTP?): check "
                              f"where its model comes from, then rename by hand")
            notes.append(f"{target} rejects {rejected}: check that the calls sending this "
                         f"model pass none of them")
        if not notes:
            return fix, ""
        return replace(fix, safety=FixSafety.UNSAFE, edits=tuple(edits),
                       description=f"{fix.description}; " + "; ".join(notes)), ""

    def _creates_fine_tune(self, call: ast.Call) -> bool:
        """`openai.FineTuningJob.create(...)` (or `openai.FineTune.create`, a client's
        `fine_tuning.jobs.create`): its model is the base to tune, not a model to ask."""
        if self._fine_tunes is None:
            self._fine_tunes = {id(node) for node, legacy in self.legacy_calls()
                                if legacy.resource in ("FineTuningJob", "FineTune")
                                and legacy.method in ("create", "acreate")}
        return id(call) in self._fine_tunes or dotted_name(call.func).endswith(
            "fine_tuning.jobs.create")

    def _sending_calls(self, literal: ast.Constant
                       ) -> Tuple[Dict[int, ast.Call], Dict[int, str], Optional[str]]:
        """The calls that take `literal` as their model (by id), directly or through names,
        and through the model parameter of module functions it is passed to
        (`gpt(q, model="gpt-4")` reaches `create(model=model, temperature=...)` in `gpt`);
        those reached through a function, with the function's name; and the first function
        or class of this module the model went into, if any."""
        calls: Dict[int, ast.Call] = {}
        relayed: Dict[int, str] = {}
        keys: Set[Any] = {id(literal), *self._bound_to({id(literal)})}
        dest = self._option_dests.get(id(literal))
        if dest is not None:  # `--model`'s default, read as `args.model`
            keys.add((ATTRIBUTES, dest))
        table = self._model_dicts.get(id(literal))
        stored_as = key_in(table, literal) if table is not None else None
        stored_path = self._stored_path(literal)
        callees = [self._passed_in[id(literal)]] if id(literal) in self._passed_in else []
        seen: Set[_Callee] = set()
        frontier: Set[Any] = set(keys)
        through: Optional[str] = None
        for _ in range(4):
            for key in frontier:
                for call in self._model_calls.get(key, ()):
                    own = self._model_callees.get(id(call))
                    if own is not None and (self._class_field(own) is not None
                                            or self._parameter_of(own) is not None):
                        callees.append(own)  # `ask(q, model=...)`, `cls(model=...)`: followed
                        continue
                    calls.setdefault(id(call), call)
                    if through is not None:
                        relayed.setdefault(id(call), through)
            callees += [use.callee for key in frontier if not isinstance(key, int)
                        for use in self._flow.uses.get(key, ()) if use.callee is not None
                        and (use.model or self._only_sent(
                            use.callee, entry=_entry_handed(use, stored_as, stored_path))
                             or self._class_field(use.callee) is not None)]
            frontier = set()
            for callee in callees:
                if callee in seen:
                    continue
                seen.add(callee)
                attribute = self._class_field(callee)
                if attribute is not None:  # `Config(model="gpt-4")`, read as `config.model`
                    through = through or callee.name
                    frontier |= self._closure({attribute}) - keys
                    continue
                found = self._parameter_of(callee)
                if found is None:
                    continue
                scope, arguments, parameter = found
                if self._never_read(arguments, parameter):
                    continue  # `build_prompt(q, model=model)` that ignores its model
                entered = self._closure({_flow_key(scope, parameter)})
                if not entered <= keys:  # not handed back into itself (a recursive retry)
                    through = through or callee.name
                frontier |= entered - keys
                for call in self._enum_value_senders(arguments, parameter):
                    calls.setdefault(id(call), call)
                    if through is not None:
                        relayed.setdefault(id(call), through)
            keys |= frontier
            callees = []
            if not frontier:
                break
        return calls, relayed, through

    def _never_read(self, arguments: ast.arguments, parameter: str, depth: int = 3) -> bool:
        """Whether the module function with `arguments` never uses its `parameter`: no read
        of it but as the argument of a module function that never uses that one in turn
        (`query_message(q, model=model)` handing it only to a `num_tokens` that ignores it)."""
        definition = self._definitions.get(id(arguments))
        if definition is None or depth == 0:
            return False
        reads = [node for node in ast.walk(definition) if isinstance(node, ast.Name)
                 and node.id == parameter]
        handed: Set[int] = set()
        for call in ast.walk(definition):
            if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
                continue
            scope = self._call_scopes.get(id(call), self.names.module)
            found = self._functions.get((id(scope.owner(call.func.id)), call.func.id))
            if found is None:
                continue
            positional = [a.arg for a in (*found[1].posonlyargs, *found[1].args)]
            named = {*positional, *(a.arg for a in found[1].kwonlyargs)}
            passed = [(k.arg if k.arg in named else None, k.value) for k in call.keywords] + [
                (positional[i] if i < len(positional) else None, a)
                for i, a in enumerate(call.args) if not isinstance(a, ast.Starred)]
            for name, value in passed:
                if isinstance(value, ast.Name) and value.id == parameter and name is not None \
                        and self._never_read(found[1], name, depth - 1):
                    handed.add(id(value))
        return all(id(node) in handed for node in reads)

    def _class_field(self, callee: _Callee) -> Optional[_FlowKey]:
        """The attribute an argument of a class of this module becomes: a dataclass field (by
        name or by the fields' order), or what `__init__` stores the parameter it becomes
        under (`self.name = model`; the parameter's own name where that is not one
        attribute): `(ATTRIBUTES, name)`."""
        owner = self._classes.get((id(callee.scope.owner(callee.name)), callee.name))
        if owner is None:
            return None
        init = next((node for node in owner.body if isinstance(node, ast.FunctionDef)
                     and node.name == "__init__"), None)
        if init is None:  # a dataclass: its fields in order
            fields = [node.target.id for node in owner.body if isinstance(node, ast.AnnAssign)
                      and isinstance(node.target, ast.Name)]
            if callee.keyword is not None:
                return ((ATTRIBUTES, owner.name), callee.keyword)
            return ((ATTRIBUTES, owner.name), fields[callee.position]) \
                if callee.position < len(fields) else None
        positional = [*init.args.posonlyargs, *init.args.args][1:]  # after self
        parameter = callee.keyword if callee.keyword is not None else (
            positional[callee.position].arg if callee.position < len(positional) else None)
        if parameter is None:
            return None
        stored = {target.attr for node in ast.walk(init) if isinstance(node, ast.Assign)
                  and isinstance(node.value, ast.Name) and node.value.id == parameter
                  for target in node.targets if isinstance(target, ast.Attribute)
                  and isinstance(target.value, ast.Name) and target.value.id == "self"}
        return ((ATTRIBUTES, owner.name), stored.pop() if len(stored) == 1 else parameter)

    def _enum_value_senders(self, arguments: ast.arguments, parameter: str) -> List[ast.Call]:
        """The calls of the function with `arguments` that send `parameter.value` (an Enum
        member's) as their model: value flow binds no name to that attribute read."""
        definition = self._definitions.get(id(arguments))
        if definition is None:
            return []
        return [node for node in ast.walk(definition) if isinstance(node, ast.Call) and any(
            keyword.arg in MODEL_KEYWORDS and isinstance(keyword.value, ast.Attribute)
            and keyword.value.attr == "value" and isinstance(keyword.value.value, ast.Name)
            and keyword.value.value.id == parameter for keyword in node.keywords)]

    def _unknown_spread(self, judged: AbstractSet[int]) -> Optional[Tuple[ast.Call, ast.expr]]:
        """A call of the API in this module that spreads a dict whose content is not known
        (`create(**self.params)`, `create(**params)` after `params.update(kwargs)`), and that
        spread: a model out of sight may reach the API there. `judged`: the dict displays (and
        calls) whose content the rename has judged already."""
        for call in self._api_calls(judged):
            unknown = next((k.value for k in call.keywords if k.arg is None
                            and self._options_held(k.value, call) is None
                            and not self._spreads_judged(k.value, call, judged)), None)
            if unknown is not None:
                return call, unknown
        return None

    def _api_calls(self, judged: AbstractSet[int]) -> Iterator[ast.Call]:
        """The module's calls of the API (an OpenAI client's, or a legacy one), but those in
        `judged` (by id)."""
        for call, qualified, dotted, scopes in self._calls:
            if id(call) not in judged and any(
                    name.startswith(OPENAI_CLIENT) or classify_call(name) is not None
                    for name in self.candidates(qualified, dotted, scopes)):
                yield call

    def _untraced_sender(self, rule: ParameterRule, target: str, judged: AbstractSet[int]
                         ) -> Optional[Tuple[ast.Call, ast.expr, List[str]]]:
        """A call of the API in this module whose model no literal is traced to (`run(*request)`
        unpacks a table row into `model`), sending parameters `target` rejects or names
        otherwise: a model out of sight may reach the API there; with its model and those
        parameters."""
        for call in self._api_calls(judged):
            model = next((k.value for k in call.keywords if k.arg in MODEL_KEYWORDS), None)
            if not isinstance(model, ast.Name) or self._sources_known(call, model):
                continue
            verdict = rule.judge(target, call_arguments(call))
            changed = [*verdict.dropped, *verdict.renamed, *verdict.unsupported]
            if changed:
                return call, model, changed
        return None

    def _untraced_request(self, rule: ParameterRule, target: str, judged: AbstractSet[int]
                          ) -> Optional[Tuple[ast.Dict, List[str]]]:
        """A request dict of this module whose model is a name bound by unpacking (`{"model":
        model, "max_tokens": 20}` after `endpoint, model = ROUTES[task]`, posted to the REST API
        by hand) beside parameters `target` rejects or names otherwise: a model out of sight
        may be sent there; with those parameters."""
        if self._tree is None:
            return None
        unpacked = {element.id for node in ast.walk(self._tree)
                    for target in (node.targets if isinstance(node, ast.Assign) else
                                   [node.target] if isinstance(node, (ast.For, ast.AsyncFor))
                                   else [])
                    if isinstance(target, (ast.Tuple, ast.List))
                    for element in ast.walk(target) if isinstance(element, ast.Name)}
        for node in ast.walk(self._tree):
            # (a model name bound by unpacking, `endpoint, model = ROUTES[task]`, which value
            # flow does not trace)
            if not isinstance(node, ast.Dict) or id(node) in judged or not any(
                    string_value(key) in MODEL_KEYWORDS and isinstance(value, ast.Name)
                    and value.id in unpacked
                    for key, value in zip(node.keys, node.values) if key is not None):
                continue
            verdict = rule.judge(target, dict_arguments(node))
            changed = [*verdict.dropped, *verdict.renamed, *verdict.unsupported]
            if changed:
                return node, changed
        return None

    def _spreads_judged(self, spread: ast.expr, call: ast.Call, judged: AbstractSet[int]) -> bool:
        """`**params` where `params` is bound only to dict displays in `judged`, or naming a
        model of their own (`{"model": "gpt-4o", ...}`: another model than the one judged)."""
        key = _read_key(spread, self._call_scopes.get(id(call), self.names.module)) \
            if isinstance(spread, ast.Name) else None
        bound = self._values(key) if key is not None else []
        return bool(bound) and all(id(value) in judged or isinstance(value, ast.Dict) and any(
            string_value(k) in MODEL_DICT_KEYS and isinstance(v, ast.Constant)
            for k, v in zip(value.keys, value.values) if k is not None) for value, *_ in bound)

    def _spread_edits(self, spread: ast.expr, call: ast.Call, calls: Mapping[int, ast.Call],
                      rule: ParameterRule, verdict: Any) -> Optional[List[Edit]]:
        """The edits that make a `**OPTIONS` dict display send what the new model takes (its
        entries renamed or removed where they are written), where the dict is read only as
        `**OPTIONS` by calls this rename judges and every model that reaches them moves under
        the same rule; None where that is not so (`_options_held` vouched for its content)."""
        filled = self._kwargs_callers(spread, call) if isinstance(spread, ast.Name) else None
        if filled is not None:  # `**kwargs` its callers fill: their keywords change
            if not self._models_alike(call, rule):
                return None
            return [edit for caller in filled[1] for edit in self._argument_edits(
                caller, {name: new for name, new in verdict.renamed.items() if name in filled[0]},
                [name for name in verdict.dropped if name in filled[0]])]
        key = _read_key(spread, self._call_scopes.get(id(call), self.names.module)) \
            if isinstance(spread, ast.Name) else None
        bound = self._values(key) if key is not None else []
        table = bound[0][0] if len(bound) == 1 else None
        if not isinstance(table, ast.Dict) or self._tree is None:
            return None
        name = spread.id  # type: ignore[union-attr]
        spreads = {id(k.value): other for other in calls.values() for k in other.keywords
                   if k.arg is None and isinstance(k.value, ast.Name) and k.value.id == name}
        reads = [node for node in ast.walk(self._tree) if isinstance(node, ast.Name)
                 and node.id == name and isinstance(node.ctx, ast.Load)]
        if any(id(node) not in spreads for node in reads) or not all(
                self._models_alike(other, rule) for other in set(spreads.values())):
            return None
        return self._entry_edits(table, verdict)

    def _entry_edits(self, table: ast.Dict, verdict: Any) -> Optional[List[Edit]]:
        """The edits that rename or remove, where they are written, the entries of the dict
        display `table` the verdict changes; None where one cannot be edited so."""
        edits: List[Edit] = []
        for entry, value in zip(table.keys, table.values):
            field = string_value(entry)
            if field in verdict.dropped:
                span = entry_span(self.index, entry, value)  # type: ignore[arg-type]
                if span is None:
                    return None
                edits.append(self._edit(*span, ""))
            elif field in verdict.renamed:
                # the key, in its quotes
                start = self._offset(entry.lineno, entry.col_offset)  # type: ignore[union-attr]
                end = self._offset(entry.end_lineno, entry.end_col_offset)  # type: ignore
                quote = self.index.text[start]
                if quote not in "'\"" or self.index.text[end - 1] != quote:
                    return None
                edits.append(self._edit(start, end, f"{quote}{verdict.renamed[field]}{quote}"))
        return edits

    def _local_request_edits(self, table: ast.Dict, calls: Mapping[int, ast.Call],
                             rule: ParameterRule, verdict: Any, stored: Mapping[str, ast.expr]
                             ) -> Optional[List[Edit]]:
        """The edits that make a request dict built in a function (`request = {"model": ...,
        "temperature": 0}`, keys stored into it later) send what the new model takes: where
        the function reads it only as `**request` in calls this rename judges, or to store a
        key, and every model its model entry may hold moves under the same rule; its entries,
        and the keys stored later, renamed or removed. None otherwise."""
        home = self._dict_home(table)
        if home is None or home[1] is self._tree and not self._module_request(home[0]):
            return None
        name, scope = home
        inside = set(map(id, ast.walk(scope)))
        # the 0.x chat calls of the function that take it whole (and no model of their own)
        chats = [*calls.values(), *(call for call, legacy in self.legacy_calls()
                                    if legacy.sdk == "v0" and legacy.resource == "ChatCompletion"
                                    and id(call) in inside)]
        spread = _spreads_of(name, chats)
        for parent in ast.walk(scope):
            for node in ast.iter_child_nodes(parent):
                if isinstance(node, ast.Name) and node.id == name \
                        and isinstance(node.ctx, ast.Load) and id(node) not in spread \
                        and not (isinstance(parent, ast.Subscript)
                                 and isinstance(parent.ctx, ast.Store)):
                    return None
        model = next((value for entry, value in zip(table.keys, table.values)
                      if string_value(entry) in MODEL_KEYWORDS), None)
        spreading = [call for call in chats if any(id(k.value) in spread for k in call.keywords)]
        if not spread or any(key in verdict.dropped for key in stored) or model is None \
                or not all(self._models_alike(call, rule, model) for call in spreading):
            return None
        edits = self._entry_edits(table, verdict)
        return None if edits is None else edits + self._stored_key_edits(stored, verdict)

    def _module_request(self, name: str) -> bool:
        """Whether a module-level dict bound to `name` is this module's alone: no other module
        of the run imports the name, nothing rebinds it (`global`, a second assignment), so
        its reads here are all there are (`SUMMARY_SETTINGS`, spread into one call)."""
        ask = self.options.imported_name
        if ask is None or self._tree is None or ask(name):
            return False
        bound = [node for node in ast.walk(self._tree)
                 if isinstance(node, ast.Name) and node.id == name
                 and isinstance(node.ctx, (ast.Store, ast.Del))
                 or isinstance(node, ast.Global) and name in node.names]
        return len(bound) == 1

    def _stored_key_edits(self, stored: Mapping[str, ast.expr], verdict: Any) -> List[Edit]:
        """The edits that give the keys stored into a dict later (`params["max_tokens"] = n`)
        the names the verdict renames them to, in their quotes."""
        edits: List[Edit] = []
        for key, node in stored.items():
            if key in verdict.renamed:
                start = self._offset(node.lineno, node.col_offset)
                end = self._offset(node.end_lineno, node.end_col_offset)  # type: ignore
                quote = self.index.text[end - 1]
                edits.append(self._edit(start, end, f"{quote}{verdict.renamed[key]}{quote}"))
        return edits

    def _options_held(self, spread: ast.expr, call: ast.Call) -> Optional[Dict[str, Any]]:
        """What a `**OPTIONS` of `call` holds (name -> literal value, or NOT_A_LITERAL) when
        OPTIONS is one dict display with constant keys that nothing changes, or the `**kwargs`
        of the function holding the call, filled by callers in sight (`_kwargs_callers`);
        None when that is not known."""
        if not isinstance(spread, ast.Name):
            return None
        held: Dict[str, Any] = {}
        filled = self._kwargs_callers(spread, call)
        if filled is not None:
            for caller in filled[1]:
                for name, item in call_arguments(caller).items():
                    if name in filled[0]:
                        held[name] = item if held.get(name, item) == item else NOT_A_LITERAL
            return held
        key = _read_key(spread, self._call_scopes.get(id(call), self.names.module))
        bound = self._values(key) if key is not None else []
        value = bound[0][0] if len(bound) == 1 else None
        # `{"function_call": ...} if first else {}`: either display
        tables = [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]
        if not all(isinstance(table, ast.Dict) for table in tables) or re.search(
                rf"(?<![\w.]){re.escape(spread.id)}\s*(?:\[|\.(?:update|setdefault|pop)\b)|"
                rf"\bglobal\b[^\n]*\b{re.escape(spread.id)}\b", self.index.text):
            return None
        if any(string_value(item) is None for table in tables
               for item in table.keys):  # type: ignore[union-attr]
            return None
        for table in tables:
            for name, item in dict_arguments(table).items():  # type: ignore[arg-type]
                held[name] = item if held.get(name, item) == item else NOT_A_LITERAL
        return held

    def _kwargs_callers(self, spread: ast.Name, call: ast.Call
                        ) -> Optional[Tuple[FrozenSet[str], List[ast.Call]]]:
        """Where `spread` is the `**kwargs` parameter of the plain module function holding
        `call`, spread whole there and otherwise only popped or read by constant key
        (`kwargs.pop("retries", 3)`): the names it can carry to the API (the keywords its
        callers pass that no named parameter takes, less those popped) and those callers.
        Every caller must be in sight: called by name in this module only (no other module of
        the project imports it, no doctest calls it), never with `*args` / `**kw`, never
        handed on as a value; and no caller sends a model through it. None otherwise."""
        key = _read_key(spread, self._call_scopes.get(id(call), self.names.module))
        found = next(((outer, name, arguments) for (outer, name), (scope, arguments)
                      in self._functions.items() if key is not None and scope is key[0]), None)
        ask = self.options.imported_name
        if found is None or ask is None or self._tree is None:
            return None
        outer, function, arguments = found
        definition = self._definitions.get(id(arguments))
        if arguments.kwarg is None or arguments.kwarg.arg != spread.id \
                or outer != id(self.names.module) or self._values(key) \
                or not isinstance(definition, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                or any(dotted_name(item.func if isinstance(item, ast.Call) else item)
                       not in _PASSING_DECORATORS for item in definition.decorator_list):
            return None
        popped: Set[str] = set()
        keyed: Set[int] = set()
        for node in ast.walk(definition):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("pop", "get") and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id == spread.id and node.args \
                    and string_value(node.args[0]) is not None:
                keyed.add(id(node.func.value))
                if node.func.attr == "pop":
                    popped.add(string_value(node.args[0]))  # type: ignore[arg-type]
        if any(isinstance(node, ast.Name) and node.id == spread.id and node is not spread
               and id(node) not in keyed for node in ast.walk(definition)):
            return None  # changed, read whole or handed on: what reaches the call is unknown
        named = {item.arg for item in (*arguments.posonlyargs, *arguments.args,
                                       *arguments.kwonlyargs)}
        callers = [caller for caller, _ in self._callers(outer, function, arguments)]
        called = {id(caller.func) for caller in callers}
        if not callers or any(not isinstance(caller.func, ast.Name) for caller in callers) \
                or any(
                isinstance(node, ast.Name) and node.id == function and id(node) not in called
                and isinstance(node.ctx, ast.Load) for node in ast.walk(self._tree)) \
                or re.search(rf"^[ \t]*(?:>>>|\.\.\.)[ \t].*\b{re.escape(function)}\(",
                             self.index.text, re.M) or ask(function):
            return None
        carried: Set[str] = set()
        for caller in callers:
            if any(isinstance(item, ast.Starred) for item in caller.args) or any(
                    item.arg is None or item.arg in MODEL_KEYWORDS and item.arg not in named
                    for item in caller.keywords):
                return None
            carried.update(item.arg for item in caller.keywords  # type: ignore[misc]
                           if item.arg not in named and item.arg not in popped)
        return frozenset(carried), callers

    def _models_alike(self, call: ast.Call, rule: ParameterRule,
                      value: Optional[ast.expr] = None) -> bool:
        """Whether every model that can reach `call` (as `value`, or its model keyword) is a
        literal of this module renamed to a target under `rule`, through names and the
        parameters of module functions whose every caller is in sight: then what the rule
        drops or renames at the call is right for each caller (`ask(q, model="gpt-4")` beside
        `ask`'s default "gpt-3.5-turbo")."""
        if value is None:
            value = next((k.value for k in call.keywords if k.arg in MODEL_KEYWORDS), None)
        sources = self._model_sources(call, value)
        return sources is not None and all(
            isinstance(node, ast.Constant) and self._renamed_under(node, rule)
            for node in sources)

    def _sources_known(self, call: ast.Call, value: ast.expr) -> bool:
        """Whether everything `value` (the model of `call`) can hold comes from a literal or an
        environment or settings lookup, through names and the parameters of module functions
        whose every caller is in sight; False where a source is out of sight (`run(*row)`)."""
        sources = self._model_sources(call, value)
        return sources is not None and all(
            isinstance(node, ast.Constant) or isinstance(node, ast.Call) and _is_lookup(node)
            for node in sources)

    def _model_sources(self, call: ast.Call, value: Optional[ast.expr]
                       ) -> Optional[List[ast.expr]]:
        """What `value` (the model `call` sends) is bound to in the end, followed through names
        and the parameters of module functions whose every caller is in sight, and into the
        dict displays a name read under a key names (`config["model"]`); None where it is an
        attribute, or a name bound to nothing in sight (a caller with *args)."""
        pending: List[Tuple[Optional[ast.expr], _Scope, Optional[str]]] = [
            (value, self._call_scopes.get(id(call), self.names.module), None)]
        seen: Set[Tuple[_FlowKey, Optional[str]]] = set()
        sources: List[ast.expr] = []
        while pending:
            node, scope, entry = pending.pop()
            if entry is None and isinstance(node, ast.Subscript) \
                    and isinstance(node.value, ast.Name) and string_value(node.slice):
                node, entry = node.value, string_value(node.slice)
            defaults = [candidate.node for candidate in self._candidates
                        if self._option_dests.get(id(candidate.node)) == node.attr] \
                if isinstance(node, ast.Attribute) and entry is None \
                and node.attr not in self._option_choices else []
            if defaults:  # `args.model`: the parsed option's default (or what a user types)
                sources.extend(defaults)
                continue
            if not isinstance(node, ast.Name):
                if node is None:
                    return None
                if entry is None:
                    sources.append(node)
                    continue
                stored = self._stored_into(node) if isinstance(node, ast.Dict) else {}
                values = [item for key, item in zip(node.keys, node.values)
                          if string_value(key) == entry] \
                    if isinstance(node, ast.Dict) and None not in node.keys \
                    and entry not in stored and "?" not in stored else []
                if len(values) != 1:
                    return None
                pending.append((values[0], scope, None))
                continue
            key = _read_key(node, scope)
            if key is None or _attribute_key(key):
                return None
            if (key, entry) in seen:
                continue
            seen.add((key, entry))
            bound = self._values(key)
            passed = self._arguments_for(key)
            if passed is None or not bound and not passed:
                return None
            pending.extend((item, where, entry) for item, where in [*bound, *passed])
        return sources

    def _renamed_under(self, literal: ast.Constant, rule: ParameterRule) -> bool:
        """Whether `literal` names a model this scan renames to a target under `rule`."""
        candidate = next((c for c in self._candidates if c.node is literal), None)
        if candidate is None:
            return False
        resolution = self._resolution(candidate.match.row)
        target_rule = self.options.table.parameter_rule(resolution.target) \
            if resolution.action == "rename" and resolution.target else None
        return target_rule is not None and target_rule.name == rule.name

    def _arguments_for(self, key: _FlowKey) -> Optional[List[Tuple[ast.expr, "_Scope"]]]:
        """What the calls of a module function pass for its parameter `key` (with the scope
        each is read in): [] for a plain name; None where a caller is not in sight (a call
        with *args or **kwargs, the function used as a value)."""
        found = next(((outer, name, arguments) for (outer, name), (scope, arguments)
                      in self._functions.items() if scope is key[0]), None)
        if found is None:
            return []
        outer, function, arguments = found
        positional = [a.arg for a in (*arguments.posonlyargs, *arguments.args)]
        if key[1] not in positional and key[1] not in {a.arg for a in arguments.kwonlyargs}:
            return []
        passed: List[Tuple[ast.expr, _Scope]] = []
        called: Set[int] = set()
        for call, offset in self._callers(outer, function, arguments):
            called.add(id(call.func))
            if any(isinstance(a, ast.Starred) for a in call.args) \
                    or any(k.arg is None for k in call.keywords):
                return None
            scope = self._call_scopes.get(id(call), self.names.module)
            keyword = next((k.value for k in call.keywords if k.arg == key[1]), None)
            index = positional.index(key[1]) - offset if key[1] in positional else -1
            if keyword is not None:
                passed.append((keyword, scope))
            elif 0 <= index < len(call.args):
                passed.append((call.args[index], scope))
        made = self._class_nodes.get(outer) if function == "__init__" else None
        names = {function, made.name} if made is not None else {function}
        if self._tree is None:
            return None
        # `Bot.from_env()`: the class's own attribute read, not the class handed on
        members = {id(node.value) for node in ast.walk(self._tree)
                   if isinstance(node, ast.Attribute) and node.attr != "__init__"
                   and made is not None and isinstance(node.value, ast.Name)
                   and node.value.id == made.name}
        if any(isinstance(node, (ast.Name, ast.Attribute)) and id(node) not in called
               and id(node) not in members and isinstance(node.ctx, ast.Load)
               and (node.id if isinstance(node, ast.Name) else node.attr) in names
               for node in ast.walk(self._tree)):
            return None  # handed on as a value: its callers are out of sight
        return passed

    def _callers(self, outer: int, function: str, arguments: ast.arguments
                 ) -> Iterator[Tuple[ast.Call, int]]:
        """The calls in this module of the function `function` defined in the scope `outer`
        (by its name; an `__init__` also as its class: `Bot(...)`, `cls(...)`), each with the
        number of positional parameters its arguments skip (`self` of a method call)."""
        positional = [*arguments.posonlyargs, *arguments.args]
        method = bool(positional) and positional[0].arg in ("self", "cls")
        made = self._class_nodes.get(outer) if function == "__init__" else None
        for call, *_ in self._calls:
            func = call.func
            name = func.id if isinstance(func, ast.Name) else \
                func.attr if isinstance(func, ast.Attribute) else None
            constructs = made is not None and self._constructed.get(id(call)) is made
            if constructs or name == function:
                yield call, 1 if (constructs or isinstance(func, ast.Attribute)) and method \
                    else 0

    def _model_chosen_by_callers(self, literal: ast.Constant) -> Optional[Tuple[str, int]]:
        """When `literal` is the default of a function's parameter and a call in this module
        passes that parameter (`ask("hi", model="gpt-4o-mini")`): the function's name and
        the line. The function then serves several models, and what the default's new model
        rejects may be what the others need."""
        for (scope_id, function), (_, arguments) in self._functions.items():
            positional = [*arguments.posonlyargs, *arguments.args]
            defaults = list(zip(positional[len(positional) - len(arguments.defaults):],
                                arguments.defaults))
            defaults += [(parameter, default) for parameter, default
                         in zip(arguments.kwonlyargs, arguments.kw_defaults)
                         if default is not None]
            parameter = next((p for p, default in defaults if default is literal), None)
            if parameter is None:
                continue
            index = next((i for i, p in enumerate(positional) if p is parameter), None)
            definition = self._definitions.get(id(arguments))
            inside = {id(node) for node in ast.walk(definition)} if definition else set()
            made = self._class_nodes.get(scope_id) if function == "__init__" else None
            for call, offset in self._callers(scope_id, function, arguments):
                if id(call) in inside and _recursive_arguments(call, definition, parameter.arg):
                    continue  # a retry with its own model
                if any(k.arg == parameter.arg for k in call.keywords) or (
                        index is not None and len(call.args) > index - offset >= 0
                        and not any(isinstance(a, ast.Starred) for a in call.args)):
                    return (made.name if made is not None and self._constructed.get(id(call))
                            is made else function), call.lineno
        return None

    def _fields_spread(self, literal: ast.Constant
                       ) -> Optional[Tuple[str, ast.Call, Dict[str, Any]]]:
        """Where `literal` is a field default of a class of this module (`model: str =
        "gpt-4"` in a dataclass) and a call spreads an instance as keywords (`create(**asdict(
        self.config))`), or a method of the class or of a base turns the instance into a dict
        (`return asdict(self)`, which another module may spread): the class's name, that call,
        and the fields it then sends, the bases' first (name -> literal value, or
        NOT_A_LITERAL)."""
        if self._tree is None or "asdict" not in self.index.text:
            return None
        owner = next((node for node in ast.walk(self._tree) if isinstance(node, ast.ClassDef)
                      and any(isinstance(item, (ast.Assign, ast.AnnAssign))
                              and item.value is literal for item in node.body)), None)
        if owner is None:
            return None
        family = self._class_and_bases(owner)
        call = next((call for call, *_ in self._calls for k in call.keywords
                     if k.arg is None and isinstance(k.value, ast.Call)
                     and dotted_name(k.value.func) in ("asdict", "dataclasses.asdict")), None)
        call = call or next((node for cls in family for node in ast.walk(cls)
                             if isinstance(node, ast.Call) and dotted_name(node.func) in (
                                 "asdict", "dataclasses.asdict") and len(node.args) == 1
                             and isinstance(node.args[0], ast.Name)
                             and node.args[0].id == "self"), None)
        if call is None:
            return None
        arguments: Dict[str, Any] = {}
        for cls in reversed(family):
            for item in cls.body:
                target = item.target if isinstance(item, ast.AnnAssign) else (
                    item.targets[0] if isinstance(item, ast.Assign) and len(item.targets) == 1
                    else None)
                if isinstance(target, ast.Name) and getattr(item, "value", None) is not None:
                    arguments[target.id] = literal_argument(item.value)  # type: ignore[union-attr]
        return owner.name, call, arguments

    def _class_and_bases(self, cls: ast.ClassDef) -> List[ast.ClassDef]:
        """`cls` and the classes of this module it derives from, nearest first."""
        classes = {node.name: node for node in ast.walk(self._tree)  # type: ignore[arg-type]
                   if isinstance(node, ast.ClassDef)}
        family = [cls]
        for current in family:
            for base in current.bases:
                found = classes.get(base.id) if isinstance(base, ast.Name) else None
                if found is not None and found not in family:
                    family.append(found)
        return family

    def _spread_default(self, literal: ast.Constant) -> Optional[Tuple[str, ast.Call]]:
        """Where `literal` is a dict's default (`kwargs.setdefault("model", "gpt-4")`) and a
        call of the same scope spreads that dict (`create(**kwargs)`): its name and the call."""
        lookup = self._set_defaults.get(id(literal))
        holder = lookup.func.value if lookup is not None \
            and isinstance(lookup.func, ast.Attribute) else None
        if not isinstance(holder, ast.Name):
            return None
        scope = self._call_scopes.get(id(lookup))
        for call, *_ in self._calls:
            if self._call_scopes.get(id(call)) is scope and any(
                    k.arg is None and isinstance(k.value, ast.Name) and k.value.id == holder.id
                    for k in call.keywords):
                return holder.id, call
        return None

    def _recursive(self, call: ast.Call) -> bool:
        """Whether `call` calls the module function it stands in (a retry, a continuation)."""
        func = call.func
        name = func.id if isinstance(func, ast.Name) else func.attr \
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
            and func.value.id == "self" else None
        around: Set[int] = set()  # the scopes the call stands in
        scope = self._call_scopes.get(id(call))
        while scope is not None:
            around.add(id(scope))
            scope = scope.parent
        return any(function == name and id(own) in around
                   for (_, function), (own, _) in self._functions.items())

    def _project_callee(self, call: ast.Call) -> bool:
        """`chatPaper(model_name=..., temperature=...)`, `Stub.create(...)`: a function or class
        the project defines or imports from its own modules (or a method of such a class or
        module: `backends.ChatCompletion.create(...)`),
        whose keywords are its own (an SDK's or a wrapper library's are the API's; a builtin
        such as dict() builds arguments)."""
        root = call.func
        while isinstance(root, ast.Attribute):
            root = root.value
        if not isinstance(root, ast.Name):
            # `get_llm().complete(model=..., max_tokens=5)`: a factory's object, judged by the
            # project's classes as any object of unknown kind (not `super().__init__(...)`,
            # a constructor followed as such: `_callee_of`)
            ask = self.options.own_method
            return isinstance(call.func, ast.Attribute) and call.func.attr not in _SDK_METHODS \
                and not call.func.attr.startswith("__") and not (
                    isinstance(root, ast.Call) and dotted_name(root.func) == "super") \
                and ask is not None and ask(call.func.attr) is True
        if self._sdk_calls is None:
            self._sdk_calls = {id(node) for node, _ in self.legacy_calls()} | {
                id(node) for node, qualified, dotted, scopes in self._calls
                if isinstance(node.func, ast.Name) and any(
                    name.startswith(OPENAI_CLIENT)
                    for name in self.candidates(qualified, dotted, scopes))}
        if id(call) in self._sdk_calls:
            return False  # `chat = openai.ChatCompletion.create` (or a client's) as `chat(...)`
        scope = self._call_scopes.get(id(call), self.names.module)
        owner = scope.owner(root.id)
        bound = owner.bindings.get(root.id)
        if not bound:
            return False
        imported = all("." in name and not name.startswith("<local>.") for name in bound) \
            or (owner is self.names.module and root.id in self._imports)
        if root is not call.func and (id(owner), root.id) not in self._classes \
                and not imported:
            # a method of an object of unknown kind: an SDK client's (`client.completions.
            # create`), unless the object is an instance of a class in sight
            # (`_own_instance_method`) or every class of the project defining the method takes
            # its keywords as its own (a cache key builder's `self.keys.key(model=...,
            # max_tokens=...)`, the builder passed in: `DetectOptions.own_method`)
            method = call.func.attr  # type: ignore[attr-defined]
            receiver = call.func.value  # type: ignore[attr-defined]
            made = self._instance_class(receiver, scope) \
                if isinstance(receiver, (ast.Name, ast.Attribute)) else None
            if made is not None:
                return self._own_instance_method(method, receiver, scope)
            ask = self.options.own_method
            return method not in _SDK_METHODS and ask is not None and ask(method) is True
        roots = {name.split(".")[0] for name in bound}
        return not roots & (SDK_ROOTS | OPENAI_WRAPPERS)

    def _instance_class(self, root: ast.expr, scope: _Scope
                        ) -> Optional[Tuple[str, _Scope]]:
        """The class `root` (a name or `self.attr`) holds an instance of, where every binding
        of it in sight is a call of that one class name (`code_context = CodeContext(...)`,
        `self.keys = KeyBuilder()`), with the scope the class name is read in; None
        otherwise."""
        key = _read_key(root, scope)
        values = self._values(key) if key is not None else []
        if not values or not all(isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
                                 for value, _ in values):
            return None
        names = {(value.func.id, id(where.owner(value.func.id)))  # type: ignore[attr-defined]
                 for value, where in values}
        if len(names) != 1:
            return None
        name = next(iter(names))[0]
        return name, values[0][1]

    def _returned(self, node: ast.Dict) -> bool:
        """Whether the dict display `node` is what a `return` statement returns."""
        if self._returned_dicts is None:
            self._returned_dicts = {id(statement.value) for statement in ast.walk(self._tree)
                                    if isinstance(statement, ast.Return)} \
                if self._tree is not None else set()
        return id(node) in self._returned_dicts

    def _own_instance_method(self, method: str, root: ast.expr, scope: _Scope) -> bool:
        """Whether `root.method(...)` calls a method whose keywords are its own: `root` holds
        an instance of a class the module defines with that method taking no `**kwargs`
        (one that takes them may hand them on to the API: a pass-through wrapper), or of a
        class imported from the project or another library that is not an LLM SDK
        (`CodeContext(...).get_code_message(model=..., max_tokens=...)` is mentat's own).
        The class may be a left-out definition: `dependencies()` names it."""
        made = self._instance_class(root, scope)
        if made is None:
            return False
        name, where = made
        owner = where.owner(name)
        defined = self._classes.get((id(owner), name))
        if defined is not None:
            found = next((item for item in defined.body
                          if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))
                          and item.name == method), None)
            return found is not None and found.args.kwarg is None
        bound = owner.bindings.get(name)
        return bool(bound) and all("." in qualified and not qualified.startswith("<local>.")
                                   for qualified in bound) and not {
            qualified.split(".")[0] for qualified in bound} & (SDK_ROOTS | OPENAI_WRAPPERS)

    def _with_dimensions(self, literal: ast.Constant, fix: Fix, model: str,
                         target: str) -> Tuple[Optional[Fix], str]:
        """An embedding rename keeps the vector size the store expects: each call that takes
        the model asks the new one for the old size (`dimensions=`); where the new model
        cannot return that many, or a call that sends it is out of sight, passes `**kwargs`
        or serves models of other sizes, no rename (the store must be resized first, or the
        size asked for by hand), and why."""
        old, most = OLD_EMBEDDING_SIZES.get(model), NEW_EMBEDDING_MAX.get(target)
        if old is None or most is None or old == most:
            return fix, ""
        if old > most:
            return None, f"{target} cannot return {old}-d vectors"
        calls, relayed, _ = self._sending_calls(literal)
        edits = list(fix.edits)
        for call in calls.values():
            args = call_args(call)
            if any(arg.keyword == "dimensions" for arg in args) or self._project_callee(call):
                continue  # a function of the project relays it (`embed(texts, engine=...)`)
            where = self.line_label(call.lineno)
            if any(arg.star for arg in args) or not args:
                return None, (f"the call on {where} passes **kwargs, which may or may not ask "
                              f"for a size")
            if id(call) in relayed and not self._callers_share_size(call, old, target):
                return None, f"the call on {where} also serves models this scan cannot size"
            last = args[-1].node
            end = self._offset(last.end_lineno, last.end_col_offset)
            edits.append(self._edit(end, end, f", dimensions={old}"))
        if not calls:
            return None, "no call that sends it is in sight to ask for the size"
        if len(edits) == len(fix.edits):
            return fix, ""
        return replace(fix, edits=tuple(edits),
                       description=f"{fix.description}; adds dimensions={old} to the calls"), ""

    def _callers_share_size(self, call: ast.Call, old: int, target: str) -> bool:
        """Whether every model that reaches `call` through its function's model parameter
        (`embed(texts, engine)` called as `embed(DOCS, DOC_MODEL)`) has vectors of `old`
        dimensions and moves to `target`: then `dimensions=old` at the call serves them all.
        Each call of the function must be in sight, passing a literal or a constant."""
        model = next((k.value for k in call.keywords if k.arg in MODEL_KEYWORDS), None)
        if not isinstance(model, ast.Name):
            return False
        for (_, function), (_, arguments) in self._functions.items():
            definition = self._definitions.get(id(arguments))
            if definition is None or not any(node is call for node in ast.walk(definition)):
                continue
            positional = [*arguments.posonlyargs, *arguments.args]
            default = parameter_default(arguments, model.id)
            if model.id not in {a.arg for a in (*positional, *arguments.kwonlyargs)}:
                return False
            sites = [site for site, *_ in self._calls
                     if isinstance(site.func, ast.Name) and site.func.id == function]
            if _name_tokens(self.index.text, function) != len(sites) + 1:
                return False  # passed as a value, bound again, or called in left-out code
            index = next((i for i, a in enumerate(positional) if a.arg == model.id), None)
            for site in sites:
                sent = next((k.value for k in site.keywords if k.arg == model.id), None)
                if sent is None and index is not None and index < len(site.args):
                    sent = site.args[index]
                if any(isinstance(a, ast.Starred) for a in site.args) or any(
                        k.arg is None for k in site.keywords):
                    return False
                if not self._moves_with_size(sent if sent is not None else default, site,
                                             old, target):
                    return False
            return True
        return False

    def _moves_with_size(self, sent: Optional[ast.expr], site: ast.Call, old: int,
                         target: str) -> bool:
        """Whether `sent` (an argument of `site`, or a default) names a model of `old`
        dimensions that moves to `target`: a literal, or a name bound once to one."""
        if isinstance(sent, ast.Name):
            key = _read_key(sent, self._call_scopes.get(id(site), self.names.module))
            bound = self._values(key) if key is not None else []
            sent = bound[0][0] if len(bound) == 1 else None
        model = string_value(sent) if sent is not None else None
        row = self.options.table.get(model) if model is not None else None
        return row is not None and OLD_EMBEDDING_SIZES.get(row.name) == old \
            and self._resolution(row).target == target

    def _argument_edits(self, call: ast.Call, renamed: Mapping[str, str],
                        dropped: Sequence[str]) -> List[Edit]:
        """Text edits that rename or remove keyword arguments of `call` (with their comma)."""
        args = call_args(call)
        edits = []
        for arg in args:
            if arg.keyword in renamed:
                start = self._offset(arg.node.lineno, arg.node.col_offset)
                edits.append(self._edit(start, start + len(arg.keyword), renamed[arg.keyword]))
        # each run of neighbouring dropped arguments goes as one edit, with one comma
        position = 0
        while position < len(args):
            if args[position].keyword not in dropped:
                position += 1
                continue
            last = position
            while last + 1 < len(args) and args[last + 1].keyword in dropped:
                last += 1
            first_node, last_node = args[position].node, args[last].node
            if last + 1 < len(args):
                start = self._offset(first_node.lineno, first_node.col_offset)
                following = args[last + 1].node
                end = self._offset(following.lineno, following.col_offset)
            elif position > 0:
                previous = args[position - 1].node
                start = self._offset(previous.end_lineno, previous.end_col_offset)
                end = self._offset(last_node.end_lineno, last_node.end_col_offset)
                # One argument per line: their lines go whole, their comments with them, and
                # the argument before keeps its comma and its comment.
                text = self.index.text
                first = self._offset(first_node.lineno, first_node.col_offset)
                line_start = text.rfind("\n", 0, first) + 1
                rest = _REST_OF_LINE.match(text, end)
                if line_start > start and not text[line_start:first].strip() and rest:
                    start, end = line_start, rest.end()
            else:  # every argument goes, a trailing comma with them
                start = self._offset(first_node.lineno, first_node.col_offset)
                end = self._offset(last_node.end_lineno, last_node.end_col_offset)
                text = self.index.text
                after = len(text) - len(text[end:].lstrip())
                if text.startswith(",", after):
                    end = after + 1
            edits.append(self._edit(start, end, ""))
            position = last + 1
        return edits

    def _offset(self, line: Any, byte_column: Any) -> int:
        return self.index.offset(line, self.index.column(line, byte_column))

    def _edit(self, start: int, end: int, content: str) -> Edit:
        return Edit(start, end, content, Position(*self.index.position(start)),
                    Position(*self.index.position(end)))

    def _rename_fix(self, node: ast.Constant, value: str, match: ModelMatch, target: str,
                    safety: FixSafety) -> Optional[Fix]:
        parts = _literal_parts(self._segment(node))
        if parts is None or parts[1] != value:
            return None  # escapes inside the literal: offsets would not line up
        line, column = node.lineno, self.index.column(node.lineno, node.col_offset)
        inner = self.index.offset(line, column) + parts[0]
        column += 1 + parts[0]
        edit = Edit(inner + match.start, inner + match.end, target,
                    Position(line, column + match.start), Position(line, column + match.end))
        return Fix(safety, (edit,), f"Replace {match.row.name} with {target}")

    # -- positions -----------------------------------------------------------------------------

    def _span(self, node: ast.AST) -> Span:
        index = self.index
        line, end_line = node.lineno, node.end_lineno  # type: ignore[attr-defined]
        return (line, index.column(line, node.col_offset) + 1,  # type: ignore[attr-defined]
                end_line, index.column(end_line, node.end_col_offset) + 1)  # type: ignore

    def _segment(self, node: ast.AST) -> str:
        start, _, end, _ = self._span(node)
        index = self.index
        return index.text[index.offset(start, index.column(start, node.col_offset)):  # type: ignore
                          index.offset(end, index.column(end, node.end_col_offset))]  # type: ignore

    def _name_span(self, line: int, byte_column: int, name: str) -> Span:
        column = self.index.column(line, byte_column) + 1
        return (line, column, line, column + len(name))

    def _dotted_span(self, line: int, byte_column: int) -> Span:
        """The dotted name (spaces around its dots allowed) that starts at a position."""
        start = self.index.offset(line, self.index.column(line, byte_column))
        found = _DOTTED.match(self.index.text, start)
        end = found.end() if found else start
        return self.index.span(start, end)

    def _import_from_span(self, node: ast.ImportFrom) -> Span:
        """The module name of `from a.b import c` (ast gives the statement's position only)."""
        start = self.index.offset(node.lineno, self.index.column(node.lineno, node.col_offset))
        found = _FROM.match(self.index.text, start)
        if found is None:
            return self._span(node)
        return self.index.span(found.start("module"), found.end("module"))


_SCOPE_KINDS: Dict[type, str] = {
    ast.FunctionDef: "def", ast.AsyncFunctionDef: "def", ast.ClassDef: "class",
    # Scopes of names only: stored references are kept per def and class, as libcst's were.
    ast.Lambda: "names", ast.ListComp: "names", ast.SetComp: "names", ast.DictComp: "names",
    ast.GeneratorExp: "names",
}
# Fields that never hold a child worth visiting: expression contexts, operators, and the fields
# that hold plain values (names, numbers, flags) in every node class that has them.
_NOT_CHILDREN = frozenset({
    "ctx", "op", "ops", "type_ignores", "id", "attr", "name", "asname", "arg", "module",
    "level", "kind", "type_comment", "conversion", "is_async", "simple", "tag",
})
_SOURCE_ORDER = {
    ast.FunctionDef: ("decorator_list", "args", "returns", "body"),
    ast.AsyncFunctionDef: ("decorator_list", "args", "returns", "body"),
    ast.ClassDef: ("decorator_list", "bases", "keywords", "body"),
    ast.Constant: (),
}
_CHILD_FIELDS: Dict[type, Tuple[str, ...]] = {}


def _child_fields(cls: type) -> Tuple[str, ...]:
    """The fields of an ast node class that can hold child nodes, in source order."""
    fields = _CHILD_FIELDS.get(cls)
    if fields is None:
        order = _SOURCE_ORDER.get(cls, cls._fields)  # type: ignore[attr-defined]
        fields = _CHILD_FIELDS[cls] = tuple(f for f in order if f not in _NOT_CHILDREN)
    return fields


def children(node: ast.AST) -> List[ast.AST]:
    """The child nodes of `node` in source order (decorators before their definition); what
    `ast.iter_child_nodes` gives, without its per-field generator (detection's hot loop)."""
    found: List[ast.AST] = []
    for name in _child_fields(node.__class__):
        value = getattr(node, name, None)
        if value.__class__ is list:
            found.extend(child for child in value if isinstance(child, ast.AST))
        elif isinstance(value, ast.AST):
            found.append(value)
    return found


_DISPATCH: Dict[type, Callable] = {
    ast.Import: Detector.visit_Import,
    ast.ImportFrom: Detector.visit_ImportFrom,
    ast.Assign: Detector.visit_Assign,
    ast.AnnAssign: Detector.visit_AnnAssign,
    ast.For: Detector.visit_For,
    ast.AsyncFor: Detector.visit_For,
    ast.arguments: Detector.visit_arguments,
    ast.ClassDef: Detector.visit_ClassDef,
    ast.Call: Detector.visit_Call,
    ast.Dict: Detector.visit_Dict,
    ast.List: Detector.visit_Sequence,
    ast.Tuple: Detector.visit_Sequence,
    ast.Set: Detector.visit_Sequence,
    ast.Expr: Detector.visit_Expr,
    ast.Return: Detector.visit_Return,
    ast.JoinedStr: Detector.visit_JoinedStr,
    ast.Constant: Detector.visit_Constant,
    ast.Attribute: Detector.visit_Attribute,
    ast.Compare: Detector.visit_Compare,
    ast.Subscript: Detector.visit_Subscript,
    **({ast.MatchValue: Detector.visit_MatchValue} if hasattr(ast, "MatchValue") else {}),
}


def _literal_host(value: ast.expr) -> Optional[str]:
    """The host a URL names in the code: a string, or the text an f-string or a `+` starts
    with where it spells the host whole (`f"http://localhost:{port}/v1"`)."""
    text = string_value(value)
    if text is not None:
        return urllib.parse.urlsplit(text).hostname
    start = value.values[0] if isinstance(value, ast.JoinedStr) and value.values else \
        value.left if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add) else None
    prefix = string_value(start) if start is not None else None
    match = re.match(r"https?://([^/:{}\s]+)[:/]", prefix or "")
    return match.group(1).lower() if match else None


def literal_argument(value: ast.expr) -> Any:
    """An argument's value as the table's parameter rules judge it: the literal, or
    NOT_A_LITERAL."""
    return value.value if isinstance(value, ast.Constant) else NOT_A_LITERAL


def call_arguments(call: ast.Call) -> Dict[str, Any]:
    """A call's keyword arguments, name -> `literal_argument`, with the entries of an
    `extra_body={...}` display (sent in the request body all the same)."""
    found = {k.arg: literal_argument(k.value) for k in call.keywords if k.arg}
    body = found.pop("extra_body", None)
    extra = next((k.value for k in call.keywords if k.arg == "extra_body"), None)
    if isinstance(extra, ast.Dict):
        found.update((string_value(key), literal_argument(value))  # type: ignore[misc]
                     for key, value in zip(extra.keys, extra.values)
                     if key is not None and string_value(key) and string_value(key) not in found)
    elif body is not None:
        found["extra_body"] = body
    return found


def dict_arguments(table: ast.Dict) -> Dict[str, Any]:
    """A request dict's entries beside its model (`{"model": m, "temperature": 0.2}`), as
    `call_arguments` gives a call's."""
    return {string_value(key): literal_argument(value)  # type: ignore[misc]
            for key, value in zip(table.keys, table.values)
            if key is not None and string_value(key) not in MODEL_DICT_KEYS}


# The `object` of the API's recorded responses: a dict holding one is a record, not a request.
RESPONSE_OBJECTS = frozenset({"chat.completion", "chat.completion.chunk", "text_completion",
                              "edit", "embedding"})
# The ids the API gives its responses (a moderation's has no `object`): a record too.
RESPONSE_ID = re.compile(r"(?:chatcmpl|cmpl|modr)-\w")


def records_a_response(key: Optional[str], value: Optional[str]) -> bool:
    """Whether a mapping's `key: value` marks it as a recorded API response."""
    if key == "object":
        return value in RESPONSE_OBJECTS
    return key == "id" and value is not None and RESPONSE_ID.match(value) is not None


_SEQUENCES = (ast.List, ast.Tuple, ast.Set)
_CONTAINERS = (*_SEQUENCES, ast.Dict)
_DOTTED = re.compile(r"[^\W\d]\w*(?:[ \t]*\.[ \t]*[^\W\d]\w*)*")
_GAP = r"(?:[ \t]|\\\r?\n)"  # spaces, tabs, backslash-newlines
_FROM = re.compile(rf"from{_GAP}+(?P<module>[^\W\d]\w*(?:{_GAP}*\.{_GAP}*[^\W\d]\w*)*)")
_STRING_START = re.compile(r"(?i)[rbuf]{0,2}(?:'''|\"\"\"|'|\")")


def _literal_parts(segment: str) -> Optional[Tuple[int, str]]:
    """(length of prefix and quote, raw text between the quotes) of a source segment that is one
    string token; None for anything else (an implicit concatenation of several literals)."""
    start = _STRING_START.match(segment)
    if start is None:
        return None
    quote = segment[len(start.group()) - (3 if start.group().endswith(("'''", '"""')) else 1):
                    start.end()]
    position = start.end()
    while position < len(segment):
        if segment[position] == "\\":
            position += 2
            continue
        if segment.startswith(quote, position):
            end = position + len(quote)
            return (start.end(), segment[start.end():position]) if end == len(segment) else None
        position += 1
    return None


def api_end(table: Table, api: str, known: str) -> str:
    """The first day without a live model of `api`, from the table's `apis` where it has the
    row, else `known`."""
    family = table.apis.get(api)
    last = family.dead_after() if family is not None else None
    if last is None:
        return known
    return (last + _dt.timedelta(days=1)).isoformat()


def model_finding(options: DetectOptions, resolve: Callable[[ModelRow], Resolution], value: str,
                  match: ModelMatch, span: Span, written_at: Optional[Tuple[int, Position]],
                  note: str = "", referring: bool = False) -> Optional[Finding]:
    """The finding for a string `value` at `span` that names `match`'s model, or None if that
    model is current: the steps of `Detector._report_model` for a value outside Python (no
    call context, no value flow; keep the two in step). `written_at`: the offset and position of
    the value's first character where the value is written verbatim (no escapes, no folding),
    the only case in which a rename is an edit; `note` goes after the head of the message;
    `referring`: the value is a key or a compared value, so a rename is manual."""
    row = match.row
    if match.fine_tuned:
        row = options.table.fine_tuned_row(row, match.legacy_tune)
    status = row.status(options.as_of)
    if status == "current":
        return None
    code, severity = {
        "retired": ("GM001", Severity.ERROR),
        "deprecated": ("GM002", Severity.WARNING),
        "legacy": ("GM003", Severity.INFO),
    }[status]
    if match.fine_tuned and status == "retired":
        code = "GM004"
    rule = get_rule(code)
    assert rule is not None
    resolution = resolve(row)
    safety = resolution.fix_safety
    if match.fine_tuned:
        safety = FixSafety.MANUAL
    message = _model_message(row, status, resolution, options.as_of, match.fine_tuned, value)
    message += note
    fix = None
    if referring and safety in (FixSafety.SAFE, FixSafety.UNSAFE):
        # A key, a comparison or a membership test: code elsewhere looks the old name up.
        message += ("; here it is a key or a compared value, not a request: rename it "
                    "together with every reader (or keep it for old data)")
        safety = FixSafety.MANUAL
    if safety in (FixSafety.SAFE, FixSafety.UNSAFE) and resolution.action == "rename":
        target = resolution.target or ""
        if written_at is not None:
            inner, position = written_at
            edit = Edit(inner + match.start, inner + match.end, target,
                        Position(position.line, position.column + match.start),
                        Position(position.line, position.column + match.end))
            fix = Fix(safety, (edit,), f"Replace {match.row.name} with {target}")
        safety = FixSafety.MANUAL if fix is None else fix.safety
    elif safety == FixSafety.UNSAFE:
        # An API migration is rewritten with the call (a later pass); the literal alone
        # must not change, or the call would name a chat model on the Completions API.
        safety = FixSafety.MANUAL
    # A new embedding model: the message and the fix also say what happens to vector sizes.
    advice = (embedding_size_advice(value[match.start:match.end], resolution.target)
              if resolution.target and code != "GM004" else None)
    if advice is not None:
        message = f"{message}; {advice}"
        if fix is not None:
            fix = replace(fix, description=f"{fix.description}; {advice}")
    return Finding(
        code=rule.code,
        name=rule.name,
        severity=severity,
        message=message,
        start=Position(span[0], span[1]),
        end=Position(span[2], span[3]),
        model=value[match.start:match.end],
        replacement=resolution.target,
        shutdown=row.shutdown.isoformat() if row.shutdown else None,
        fix_safety=safety,
        fix=fix,
    )


def api_version_finding(options: DetectOptions, text: str, span: Span,
                        written_at: Optional[Tuple[int, Position]]) -> Optional[Finding]:
    """GM106 for a value outside Python under an api-version key, or None: the steps of
    `Detector._api_version` (keep the two in step). `written_at` as for `model_finding`."""
    family = options.table.api_value(text, options.as_of)
    if family is None:
        return None
    status = family.status(options.as_of)
    when = (f"was retired on {family.shutdown}" if status == "retired"
            else f"retires on {family.shutdown}")
    message = f"Azure OpenAI api-version {text} {when}"
    fix = None
    if family.replacement_value:
        message += f"; use {family.replacement_value} or a later GA version"
        if written_at is not None:
            start, position = written_at
            fix = Fix(FixSafety.UNSAFE, (Edit(
                start, start + len(text), family.replacement_value, position,
                Position(position.line, position.column + len(text))),),
                f"Replace api-version {text} with {family.replacement_value}")
    rule = get_rule("GM106")
    assert rule is not None
    return Finding(
        code=rule.code, name=rule.name,
        severity=Severity.ERROR if status == "retired" else Severity.WARNING,
        message=message, start=Position(span[0], span[1]), end=Position(span[2], span[3]),
        fix_safety=FixSafety.UNSAFE if fix else FixSafety.MANUAL, fix=fix)


def _model_message(row: ModelRow, status: str, resolution: Resolution, as_of: _dt.date,
                   fine_tuned: bool, value: str) -> str:
    if status == "retired":
        head = f"{row.name} was shut down on {row.shutdown}"
    elif status == "deprecated":
        days = (row.shutdown - as_of).days if row.shutdown else 0
        head = f"{row.name} shuts down on {row.shutdown} ({days} days left)"
    else:
        head = f"{row.name} is a legacy model"
    if fine_tuned:
        # row carries the fine-tuned retirement (Table.fine_tuned_row), not the base's own.
        when = head.split(" ", 1)[1].replace("was shut down", "stopped serving").replace(
            "shuts down", "stop serving")
        how = " with the /v1/fine-tunes API" if ":ft-" in value and status == "retired" else ""
        return (f"{value} is fine-tuned on {row.name}; fine-tuned {row.name} models {when}{how}"
                f"; fine-tune a served model again"
                + (f" ({resolution.target})" if resolution.target else ""))
    target = resolution.target
    if resolution.action == "rename" and row.api == "embeddings":
        return f"{head}; use {target} and recompute every stored vector (new vector space)"
    if resolution.action == "rename":
        return f"{head}; use {target}"
    if resolution.action == "migrate-api":
        return f"{head}; {resolution.reason}, with {target}"
    return f"{head}; {resolution.reason}"


def string_value(node: Optional[ast.AST]) -> Optional[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _hints_model(name: str) -> bool:
    """A variable, parameter, keyword or key name that holds a model (not a model *path*)."""
    return bool(_NAME_HINT.search(name)) and not _NOT_A_MODEL.search(name)


def _hints_version(name: str) -> bool:
    """An argument, variable or key that holds an API version (`api_version`,
    `OPENAI_API_VERSION`, `"api-version"`)."""
    lowered = name.lower()
    return "api_version" in lowered or "api-version" in lowered


def option_dest(call: ast.Call) -> Optional[str]:
    """The attribute `parser.add_argument("--model", ...)` parses its value into, or None for
    any other call."""
    if dotted_name(call.func).split(".")[-1] != "add_argument":
        return None
    return _option_dest(call_args(call))


def _option_dest(args: Sequence[_Arg]) -> Optional[str]:
    """The attribute argparse / click give an option's value: `dest=`, else its first long
    flag (`--model-name` -> model_name)."""
    for arg in args:
        if arg.keyword == "dest":
            return string_value(arg.value)
    flags = [string_value(arg.value) or "" for arg in args if arg.keyword is None]
    flag = next((f for f in flags if f.startswith("--")), flags[0] if flags else "")
    dest = flag.lstrip("-").replace("-", "_")
    return dest if dest.isidentifier() else None


def _target_hints_model(target: ast.expr) -> bool:
    if isinstance(target, ast.Name):
        return _hints_model(target.id)
    if isinstance(target, ast.Attribute):
        return _hints_model(target.attr)
    if isinstance(target, ast.Subscript):
        return string_value(target.slice) in MODEL_DICT_KEYS
    return False


def _field_read(node: ast.expr) -> Optional[str]:
    """The string key of `record["name"]` / `record.get("name")`, if `node` is such a read."""
    if isinstance(node, ast.Subscript):
        return string_value(node.slice)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "get" and node.args:
        return string_value(node.args[0])
    return None


# Sampling arguments anthropic-python 1.0 removed from messages.create (GM215).
ANTHROPIC_SAMPLING = frozenset({"temperature", "top_p", "top_k"})


def _spreads_of(name: str, calls: Iterable[ast.Call]) -> Set[int]:
    """The `**name` arguments (by id) of those of `calls` that name no model of their own:
    where a request dict bound to `name` is sent whole."""
    return {id(k.value) for call in calls for k in call.keywords
            if k.arg is None and isinstance(k.value, ast.Name) and k.value.id == name
            and not any(other.arg in MODEL_KEYWORDS for other in call.keywords)}


def _asserts(call: Optional[ast.Call]) -> bool:
    """A test's assertion (`self.assertEqual(a, b)`, `fake.assert_called_with(...)`): it
    compares what it is given."""
    return call is not None and isinstance(call.func, ast.Attribute) \
        and call.func.attr.startswith("assert")


def _alternatives(value: ast.expr) -> List[ast.expr]:
    """The values an expression may take as a whole: both branches of `a if t else b`, each
    operand of `a or b`; else the expression itself."""
    if isinstance(value, ast.IfExp):
        return [*_alternatives(value.body), *_alternatives(value.orelse)]
    if isinstance(value, ast.BoolOp):
        return [part for operand in value.values for part in _alternatives(operand)]
    return [value]


def _taken_values(value: ast.expr) -> List[ast.expr]:
    """`_alternatives`, and a lookup's default among them (`os.getenv("M", DEFAULT)`,
    `body.get("model", DEFAULT)`): what a name bound to `value` may hold as a whole."""
    found: List[ast.expr] = []
    for alternative in _alternatives(value):
        found.append(alternative)
        default = _call_default(alternative) if isinstance(alternative, ast.Call) \
            and _is_lookup(alternative) else None
        if default is not None:
            found.extend(_taken_values(default))
    return found


def _literal_choice(value: Optional[ast.expr]) -> bool:
    """A string literal, or a conditional choosing between such (`"a" if fast else "b"`)."""
    if isinstance(value, ast.IfExp):
        return _literal_choice(value.body) and _literal_choice(value.orelse)
    return isinstance(value, ast.Constant) and isinstance(value.value, str)


def _flow_key(owner: _Scope, name: str) -> _FlowKey:
    if owner.kind == "class":
        return ((ATTRIBUTES, owner.label), name) if owner.label else (ATTRIBUTES, name)
    return (owner, name)


def _receiver(call: ast.Call) -> str:
    """The name a method call's chain starts from (`client` of `client.chat.completions.create`,
    `llm` of `self.llm.create`); "" for any other callee."""
    node = call.func
    while isinstance(node, ast.Attribute):
        if isinstance(node.value, ast.Name) and node.value.id == "self":
            return node.attr
        node = node.value
    return node.id if isinstance(node, ast.Name) and node is not call.func else ""


# The methods through which the SDKs take a model with request parameters (openai 0.x and
# 1.x, anthropic): on an object of unknown kind, any other method may be the project's own
# (`Detector._project_callee` asks the project's classes).
_SDK_METHODS = frozenset({"create", "acreate", "stream", "parse", "create_and_poll",
                          "create_and_stream"})


def _read_key(node: ast.expr, scope: _Scope) -> Optional[_FlowKey]:
    """What `node`, read in `scope`, reads a value from: `MODEL`, `self.model`, `MODELS[tier]`,
    `cfg.get(...)`."""
    while True:
        if isinstance(node, ast.Name):
            return _flow_key(scope.owner(node.id), node.id)
        if isinstance(node, ast.Attribute):
            owner = _own_instance(node.value, scope)
            return ((INSTANCE, owner) if owner else ATTRIBUTES, node.attr)
        if isinstance(node, ast.Subscript):
            node = node.value
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "get":
            node = node.func.value
        else:
            return None


def _target_key(target: ast.expr, scope: _Scope) -> Optional[_FlowKey]:
    """What an assignment to `target` in `scope` binds: a name or an attribute (an item of a
    dict, `MODELS["x"] = ...`, binds nothing)."""
    if isinstance(target, ast.Name):
        return _flow_key(scope.assignee(target.id), target.id)
    if isinstance(target, ast.Attribute):
        owner = _own_instance(target.value, scope)
        return ((ATTRIBUTES, owner) if owner else ATTRIBUTES, target.attr)
    return None


def key_in(table: ast.Dict, value: ast.AST) -> Optional[str]:
    """The constant key `value` is stored under in the dict display `table`."""
    return next((string_value(k) for k, v in zip(table.keys, table.values) if v is value), None)


def _subscript_path(node: ast.expr) -> Tuple[Optional[str], ...]:
    """The keys a read of a name looks up, outermost table first (`SETTINGS[task]["model"]`:
    None for the computed key, then "model"); () for the name itself."""
    keys: List[Optional[str]] = []
    while isinstance(node, ast.Subscript):
        keys.insert(0, string_value(node.slice))
        node = node.value
    return tuple(keys)


def _keyed_base(node: ast.AST) -> Optional[ast.expr]:
    """What `node` reads by a written key: `config` of `config["model"]` and of
    `config.get("temperature")`; None for anything else."""
    if isinstance(node, ast.Subscript) and string_value(node.slice) is not None:
        return node.value
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "get" and node.args and string_value(node.args[0]) is not None:
        return node.func.value
    return None


def relaying_functions(tree: ast.Module) -> Dict[str, FrozenSet[str]]:
    """The module's functions (a `def` at the top, bound once) that only call their one
    positional parameter with their `*args` and `**kwargs` and return what it returns, as a
    retry helper does (`def with_retries(fn, *args, attempts=4, **kwargs): ... return fn(*args,
    **kwargs)`): name -> their keyword-only parameters, which they keep for themselves (a
    call that passes one is not followed)."""
    found: Dict[str, FrozenSet[str]] = {}
    candidates = [function for function in tree.body if isinstance(function, ast.FunctionDef)
                  and not function.args.posonlyargs and len(function.args.args) == 1
                  and function.args.kwarg is not None]
    bound = Counter(name for statement in tree.body for name in _top_level_names(statement)) \
        if candidates else Counter()
    for function in candidates:
        arguments = function.args
        if bound[function.name] != 1 or arguments.kwarg is None:
            continue
        relayed = {arguments.args[0].arg, arguments.kwarg.arg,
                   *([arguments.vararg.arg] if arguments.vararg else [])}
        returned = [node.value for node in ast.walk(function)
                    if isinstance(node, ast.Return) and isinstance(node.value, ast.Call)]
        relaying = [call for call in returned if isinstance(call.func, ast.Name)
                    and call.func.id == arguments.args[0].arg
                    and [ast.dump(arg) for arg in call.args] == (
                        [ast.dump(ast.Starred(ast.Name(arguments.vararg.arg, ast.Load()),
                                              ast.Load()))] if arguments.vararg else [])
                    and len(call.keywords) == 1 and call.keywords[0].arg is None
                    and isinstance(call.keywords[0].value, ast.Name)
                    and call.keywords[0].value.id == arguments.kwarg.arg]
        uses = [node for node in ast.walk(function)
                if isinstance(node, ast.Name) and node.id in relayed]
        inside = {id(node) for call in relaying for node in ast.walk(call)}
        nested = any(isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda,
                                       ast.ClassDef)) for node in ast.walk(function)
                     if node is not function)
        if relaying and not nested and all(id(use) in inside for use in uses):
            found[function.name] = frozenset(a.arg for a in arguments.kwonlyargs)
    return found


def _entry_handed(use: _Use, stored_as: Optional[str],
                  stored_path: Optional[Tuple[str, ...]]) -> Optional[str]:
    """The key under which a function handed the dict of `use` whole (`run_chat(config)`)
    finds the model stored under `stored_as` (or at `stored_path` of a named table)."""
    if stored_path is None:
        return stored_as if use.subscript is None else None
    return stored_path[-1] if use.path == stored_path[:-1] else None


def _top_level_names(statement: ast.stmt) -> Set[str]:
    """The names a module-level statement binds: a `def`'s or a class's name, an import's
    names, and any name stored anywhere in another statement (`if`, `for`, `with` ...)."""
    if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {statement.name}
    if isinstance(statement, (ast.Import, ast.ImportFrom)):
        return {alias.asname or alias.name.split(".")[0] for alias in statement.names}
    return {node.id for node in ast.walk(statement)
            if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load)}


def _may_reach(read: Tuple[Optional[str], ...], stored: Tuple[str, ...]) -> bool:
    """Whether a read looking up the keys `read` may see a value stored under `stored`: no
    key both spell differs (a read of a part holding it, or of a computed key, may)."""
    return all(key is None or key == wanted for key, wanted in zip(read, stored))


def _member(node: ast.expr, scope: _Scope) -> Optional[Tuple[_FlowKey, str]]:
    """(the key of `MODELS`, `"fast"`) for `MODELS["fast"]` and `MODELS.get("fast", ...)`."""
    key: Optional[ast.expr] = None
    container: Optional[ast.expr] = None
    if isinstance(node, ast.Subscript):
        key, container = node.slice, node.value
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "get":
        args = call_args(node)
        if args and args[0].keyword is None:
            key, container = args[0].value, node.func.value
    value = string_value(key)
    if value is None or container is None:
        return None
    holder = _read_key(container, scope)
    return (holder, value) if holder is not None else None


def _comparison(node: ast.Compare, position: int, operands: Sequence[ast.expr]) -> _Comparison:
    """What the name at `position` of the comparison `node` is compared with."""
    if len(node.ops) != 1:
        return _Comparison(node.lineno)
    op, other = node.ops[0], operands[1 - position]
    if isinstance(op, (ast.Eq, ast.NotEq, ast.Is, ast.IsNot)):
        text = string_value(other)
        return _Comparison(node.lineno, None if text is None else (text,))
    if not isinstance(op, (ast.In, ast.NotIn)):
        return _Comparison(node.lineno)
    if position == 1:  # `"gpt-4" in model` (a substring), `key in TABLE` (a dict's keys)
        text = string_value(other)
        return _Comparison(node.lineno, None if text is None else (text,), substring=True,
                           container=True)
    if isinstance(other, (ast.List, ast.Tuple, ast.Set)):  # `model in ("ada", "babbage")`
        texts = [string_value(element) for element in other.elts]
        if all(text is not None for text in texts):
            return _Comparison(node.lineno, tuple(texts))  # type: ignore[arg-type]
    return _Comparison(node.lineno)


def _function_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else (
        func.id if isinstance(func, ast.Name) else "")


# `mock.patch("openai.ChatCompletion.create")`, `mocker.patch("app.openai.Completion.create")`,
# `monkeypatch.setattr("openai.Embedding.create", fake)`: a test double of a 0.x method.
# `"openai.Completion.create"`, or a whole resource: `monkeypatch.setattr("openai.Embedding", Fake)`
_PATCH_TARGET = re.compile(r"(?:^|\.)openai\.(\w+)(?:\.(\w+))?$")


def _patches(node: ast.Call) -> bool:
    """`patch(...)`, `mock.patch(...)`, `mock.patch.object(...)`, `mocker.patch(...)`,
    `monkeypatch.setattr(...)`: a call that puts a test double in place of its target."""
    name = dotted_name(node.func)
    return name in ("patch", "patch.object") or name.endswith((".patch", ".patch.object")) \
        or name == "monkeypatch.setattr"


def _setting_read(node: ast.AST, setting: str) -> bool:
    """`<name>.<setting>` read (`openai.api_key`), the operand of a fallback."""
    return isinstance(node, ast.Attribute) and node.attr == setting \
        and isinstance(node.ctx, ast.Load) and isinstance(node.value, ast.Name)


def _is_lookup(node: ast.Call) -> bool:
    """os.getenv(...), os.environ.get(...), anything.get(...), .setdefault(...), .pop(...)."""
    return _function_name(node) in ("getenv", "get", "setdefault", "pop", "environ_get")


def lookup_default(node: ast.AST) -> Optional[ast.expr]:
    """What a lookup falls back to (`params.get("model", DEFAULT_MODEL)`, `os.getenv("MODEL",
    "gpt-4")`): the model it sends where nothing else is set; None for anything else."""
    return _call_default(node) if isinstance(node, ast.Call) and _is_lookup(node) else None


def _call_default(node: ast.Call, args: Optional[List[_Arg]] = None) -> Optional[ast.expr]:
    """The default value a call falls back to: getenv's second argument, Field(default=...)."""
    args = call_args(node) if args is None else args
    for arg in args:
        if arg.keyword == "default":
            return arg.value
        if arg.keyword == "fallback" and _is_lookup(node):
            return arg.value  # configparser: `section.get("model", fallback="gpt-4")`
    positional = [arg.value for arg in args if arg.keyword is None and not arg.star]
    if _is_lookup(node) and len(positional) >= 2:
        return positional[1]
    if _function_name(node) in ("Field", "field", "Option", "Argument") and positional:
        return positional[0]
    return None


def _yielded(tree: ast.expr) -> List[ast.expr]:
    """`tree` and the values it yields where it stands for a model: elements, dict values,
    branches, a lookup's default (a name bound to `tree` is bound to each of them too)."""
    found: List[ast.expr] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        found.append(node)
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            stack.extend(e.value if isinstance(e, ast.Starred) else e for e in node.elts)
        elif isinstance(node, ast.Dict):
            stack.extend(value for key, value in zip(node.keys, node.values) if key is not None)
        elif isinstance(node, ast.IfExp):
            stack.extend((node.body, node.orelse))
        elif isinstance(node, ast.BoolOp):
            stack.extend(node.values)
        elif isinstance(node, ast.Call):
            default = _call_default(node)
            if default is not None:
                stack.append(default)
    return found


def dotted_name(node: ast.expr) -> str:
    """`a.b.c` for a chain of names and attributes; "..." where the chain has anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{dotted_name(node.value)}.{node.attr}"
    return "..."


def parse(text: str) -> ast.Module:
    """Python's own parse of `text`. Raises SyntaxError, or RecursionError for code nested too
    deeply to parse (CPython refuses it cleanly; it is reported as such)."""
    try:
        return compile(text, "<source>", "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
    except (RecursionError, MemoryError):
        raise RecursionError("too deeply nested to parse") from None
    except SyntaxError as exc:
        if "too many nested" in (exc.msg or ""):
            raise RecursionError(f"too deeply nested to parse ({exc.msg})") from None
        raise
    except ValueError as exc:  # NUL bytes (Python < 3.12)
        raise SyntaxError(str(exc)) from None


def detect(tree: ast.Module, text: str, options: DetectOptions,
           line_label: Optional[Callable[[int], str]] = None) -> Detection:
    """All findings of one parsed module, in source order, and its legacy calls by span.

    `line_label` names a line in messages ("line 12"; notebooks say "cell 3 line 2"). Qualified
    names are collected only when the source mentions `openai`: without it no call, import or
    reference can be a legacy OpenAI one.
    """
    detector = _detector(tree, text, options, line_label)
    return Detection(_sorted(detector.findings), detector.calls, detector=detector)


def detect_source(text: str, options: DetectOptions,
                  relevant: Optional[Callable[[str], bool]] = None,
                  line_label: Optional[Callable[[int], str]] = None,
                  ) -> Tuple[ast.Module, Detection]:
    """Parse `text` and detect, leaving unparsed the top-level definitions in which `relevant`
    (the prefilter) finds nothing and that spell none of the names the findings depend on
    (`focus`, `Detector.dependencies`): the findings are those of the whole module. The tree
    returned is of the text parsed, with the positions of `text`. Raises as `parse` does.
    """
    focus = Focus.of(text, relevant) if relevant is not None else None
    if focus is not None:
        # The words `dependencies` will name for an import the text plainly has: keeping their
        # definitions now saves a round (more kept is only slower, never different).
        expected = _import_words(text)
        focus = focus.keep(focus.spelling(expected)) if expected else focus
    # Each round parses only the definitions it adds (`Focus.only`) and merges them in.
    tree: Optional[ast.Module] = None
    added = ""
    while focus is not None:
        try:
            tree = parse(focus.text) if tree is None else _with_statements(tree, parse(added))
        except (SyntaxError, RecursionError):
            tree = None  # the lexer misread the text, or the error is in what was kept
            break
        detector = _detector(tree, text, options, line_label)
        needed = focus.spelling(detector.dependencies())
        if not needed:
            return tree, Detection(_sorted(detector.findings), detector.calls,
                                   focus.left_out_lines, detector)
        added = focus.only(needed)
        if "barry_as_FLUFL" in text:  # a future import that changes how later code parses
            tree = None
        focus = focus.keep(needed)
    if tree is not None:  # every left-out definition is needed after all
        try:
            tree = _with_statements(tree, parse(added))
        except (SyntaxError, RecursionError):
            tree = None
    if tree is None:
        tree = parse(text)  # raises what the whole text raises
    return tree, detect(tree, text, options, line_label)


# What may follow the last argument on its line: its comma, a comment, the line break.
# Base classes that make a class an Enum, whose members' values `Cls(value)` looks up.
_ENUM_BASES = frozenset({"Enum", "StrEnum", "IntEnum"})


def is_enum_class(node: ast.AST) -> bool:
    """`class ChatModel(str, Enum)`: a class one of whose bases is an Enum class."""
    return isinstance(node, ast.ClassDef) and any(
        dotted_name(base).split(".")[-1] in _ENUM_BASES for base in node.bases)
# Decorators that hand a function's arguments on as they come (retries, caches): its callers'
# keywords still reach its `**kwargs`.
_PASSING_DECORATORS = frozenset({
    "retry", "tenacity.retry", "backoff.on_exception", "backoff.on_predicate", "lru_cache",
    "functools.lru_cache", "cache", "functools.cache", "staticmethod"})
_REST_OF_LINE = re.compile(r"[ \t]*,?[ \t]*(?:#[^\r\n]*)?\r?\n")
_SDK_IMPORT = re.compile(r"^[ \t]*(?:import|from)[ \t]+(openai|anthropic)\b", re.MULTILINE)


def _import_words(text: str) -> FrozenSet[str]:
    """The words `Detector.dependencies` adds for the SDK imports a line of `text` starts with
    (a cheap look: an import it misses costs a round, nothing else)."""
    words: FrozenSet[str] = frozenset()
    for sdk in {match.group(1) for match in _SDK_IMPORT.finditer(text)}:
        words |= _IMPORT_DEPENDENCIES[sdk]
    return words


def _with_statements(tree: ast.Module, added: ast.Module) -> ast.Module:
    """`tree` with the top-level statements of `added` (parsed from the same text's other
    lines, `Focus.only`) in their places: what parsing both texts' lines together gives, without
    parsing the kept statements again."""
    body = sorted([*tree.body, *added.body], key=lambda statement: statement.lineno)
    return ast.Module(body=body, type_ignores=[*tree.type_ignores, *added.type_ignores])


def detector_for(tree: ast.Module, text: str, options: DetectOptions) -> Detector:
    """A detector that has walked the whole module (its facts, for rewrite planning)."""
    return _detector(tree, text, options, None)


def entry_span(index: LineIndex, spelled: ast.AST, value: ast.AST) -> Optional[Tuple[int, int]]:
    """The text span that removes one `"key": value,` entry of a dict display (or `key=value`
    of `dict(...)`): on lines of its own, with its comment and the comment lines just above it
    (they speak of it); or beside other entries on its line, with the comma between them.
    None for any other layout."""
    if not isinstance(spelled, (ast.Constant, ast.keyword)):
        return None
    text = index.text
    start = index.offset(spelled.lineno, index.column(spelled.lineno, spelled.col_offset))
    end = index.offset(value.end_lineno or value.lineno, index.column(
        value.end_lineno or value.lineno, value.end_col_offset or 0))
    if spelled.lineno == value.end_lineno:
        following = re.match(r"[ \t]*,[ \t]*(?=[^\s#])", text[end:])
        if following is not None:  # `{"temperature": 0, "max_tokens": 32}`
            return start, end + following.end()
        preceding = re.search(r",[ \t]*$", text[:start])
        if preceding is not None and re.match(r"[ \t]*,?[ \t]*(?:[}\)]|\r?\n)", text[end:]):
            return preceding.start(), end  # the last entry of its line
    if not isinstance(spelled, ast.Constant):
        return None
    starts = index.starts

    def line(number: int) -> str:
        if number > len(starts):
            return ""
        return text[starts[number - 1]:starts[number] if number < len(starts) else None]

    first, last = spelled.lineno, value.end_lineno or value.lineno
    before = line(first)[:index.column(first, spelled.col_offset)]
    rest = line(last)[index.column(last, value.end_col_offset or 0):].strip()
    tail = rest[1:].strip() if rest.startswith(",") else rest
    if before.strip() or (tail and not tail.startswith("#")) or (
            not rest.startswith(",") and not line(last + 1).lstrip().startswith("}")):
        return None  # (a comment after the entry on its line goes with it)
    while first > 1 and line(first - 1).lstrip().startswith("#"):
        first -= 1
    return starts[first - 1], starts[last] if last < len(starts) else len(text)


def literal_text(segment: str) -> Optional[str]:
    """The text of a plain string literal's source (one token, no escapes, no b/f prefix)."""
    parts = _literal_parts(segment)
    if parts is None or "\\" in parts[1] or any(c in "bBfF" for c in segment[:parts[0]]):
        return None
    return parts[1]


def _detector(tree: ast.Module, text: str, options: DetectOptions,
              line_label: Optional[Callable[[int], str]]) -> Detector:
    names: Union[QualifiedNames, _NoQualifiedNames] = (
        QualifiedNames(tree) if any(marker in text for marker in API_MARKERS)
        else _NoQualifiedNames(tree))
    detector = Detector(options, LineIndex(text), names,
                        line_label or (lambda line: f"line {line}"))
    detector.run(tree)
    return detector


def _sorted(findings: Sequence[Finding]) -> List[Finding]:
    return sorted(findings, key=lambda f: (f.start.line, f.start.column, f.code))


__all__ = [
    "API_MARKERS", "CallResolver", "DetectOptions", "Detection", "Detector", "LegacyCall",
    "LineIndex", "ModelMatcher", "QualifiedNames", "call_args", "call_arguments", "classify_call",
    "classify_reference", "detect", "detect_source", "detector_for", "literal_argument",
    "entry_span", "literal_text", "parse",
]
