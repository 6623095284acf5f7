"""Which string values name a table model, and the options a scan carries to the detector.

Kept free of libcst on purpose: the engine builds these for every run, and a run whose files
all fail the prefilter should never pay for importing libcst.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Callable, Collection, Dict, FrozenSet, Iterable, Mapping, Optional

from gptmigrate.providers import MARKERS as PROVIDER_MARKERS
from gptmigrate.table import ModelRow, Table

# A provider prefix before a model id (LiteLLM `openai/...`, LangChain `openai:...`); a
# fine-tune's id starts with `ft:`. The prefilter looks for these right after a quote.
PROVIDER_PREFIXES = ("openai", "azure", "anthropic", "google", "gemini", "vertex_ai", "models")
VALUE_PREFIXES = tuple(f"{p}{sep}" for p in PROVIDER_PREFIXES for sep in "/:") + ("ft:",)
_PROVIDER_PREFIX = re.compile(rf"^(?:{'|'.join(PROVIDER_PREFIXES)})[/:]")
_SHORT_LABEL = re.compile(r"[a-z]\d")  # "o1", "o3": also option and column labels
_FINE_TUNED_NEW = re.compile(r"^ft:(?P<base>[^:]+):")
_FINE_TUNED_LEGACY = re.compile(r"^(?P<base>[a-z0-9.-]+):ft-")
# Text one of which a source must contain for an API finding (legacy calls go through `openai`
# or one of the SDKs of `providers`). The engine's prefilter parses only files with a table
# name or one of these: keep it in step.
API_MARKERS = ("openai",) + PROVIDER_MARKERS
# What else an API finding must spell: detection resolves names and attribute chains, never a
# string, so each legacy call or reference it reports names one of these words. Owner words
# are read after any expression and a dot: a client's legacy resources (`client.completions`)
# and the v0 resources detection also takes for openai's on a parameter or attribute
# (`api.ChatCompletion`). Module words are read after `openai` or an alias of it and a dot,
# or after any dot in a file that binds the module to a name (`self.api = openai`). Either
# may be imported (`from openai import Completion`). The prefilter parses a file with `openai`
# and no table name only if one of them stands in such a place (`prefilter.ApiGate`); a new
# kind of API finding adds its words here (tests/test_speed.py checks detection's vocabulary).
OPENAI_OWNER_WORDS = (
    "completions", "edits", "fine_tunes", "assistants", "threads",
    "Completion", "ChatCompletion", "Embedding", "Edit", "FineTune", "FineTuningJob", "Moderation",
    "Image", "Audio",  # with one of openai<1's methods only (`detect._GUESSED_V0_METHODS`)
)
# The other SDKs' markers that real LLM code spells in most of its files (each SDK's own
# package, and the code built on it), with the words a finding of theirs must spell.
# Module gates (`prefilter.ApiGate`): the word after the module itself (or an alias) and a
# dot, or in a `from <module> import` list: the langchain paths and names langchain 1.0
# removed (`langchain.llms`; `langchain_community.llms` is not one), Vertex AI's removed
# modules. Word gates (`prefilter.WordGate`): the word after any dot or in any import list:
# Anthropic's Text Completions methods and prompt constants, langchain's and LlamaIndex's
# OpenAI LLM classes (LlamaIndex's finding is a model literal's: the names decide there).
# tests/test_speed.py checks these against `providers`.
PROVIDER_MODULE_GATES = {
    "langchain": ("llms", "chat_models", "embeddings", "OpenAI", "LLMChain", "PromptTemplate",
                  "ConversationChain", "HuggingFaceHub", "Cohere", "Anthropic", "SQLDatabase",
                  # langchain<1's modules langchain 1.0 has not (`providers.
                  # LANGCHAIN_REMOVED_MODULES`)
                  "schema", "prompts", "chains", "memory", "callbacks", "text_splitter",
                  "document_loaders", "vectorstores", "docstore", "output_parsers", "utilities"),
    "vertexai": ("preview", "generative_models", "language_models", "vision_models", "caching",
                 "tuning"),
}
PROVIDER_WORD_GATES = {
    "anthropic": ("completions", "completion", "acompletion", "completion_stream",
                  "acompletion_stream", "HUMAN_PROMPT", "AI_PROMPT",
                  # messages.create's sampling arguments anthropic>=1 removed (GM215)
                  "temperature", "top_p", "top_k"),
    "langchain": ("OpenAI",),
    "llama_index": ("OpenAI", "AzureOpenAI", "OpenAIEmbedding", "AzureOpenAIEmbedding"),
}
OPENAI_MODULE_WORDS = (
    "Image", "Audio", "File", "Model", "Customer", "Deployment", "Engine", "ErrorObject",
    "error", "embeddings_utils", "openai_object", "wandb_logger", "validators", "datalib",
    "api_requestor", "aiosession", "cli", "object_classes", "upload_progress",
    "util", "openai_response",
    "InvalidRequestError",  # 0.x's alias of openai.error.InvalidRequestError
    # module settings 1.0 ignores (detect.V0_ONLY_SETTINGS)
    "proxy", "api_key_path", "requestssession", "verify_ssl_certs", "ca_bundle_path", "app_info",
    "debug", "log", "enable_telemetry",
    "api_base",  # read where nothing sets it: 1.0 has no such attribute (detect.V0_SETTING_READS)
)


# Weaviate's vectorizer / generative module config (`text2vec-openai`, `generative-openai`):
# `{"model": "ada", "modelVersion": "002", "type": "text"}` names a model family that the
# version (and type) complete, text-embedding-ada-002 here, not an OpenAI model id.
MODEL_VERSION_KEY = "modelVersion"


def versioned_model(key: Optional[str], keys: Collection[Optional[str]]) -> bool:
    """Whether the value under `key`, in a mapping holding `keys`, is such a family name: it
    is never a model finding (Python dicts, and the JSON, YAML and JavaScript readers, which
    mark it `Value.versioned`)."""
    return key == "model" and MODEL_VERSION_KEY in keys


@dataclass(frozen=True)
class ModelMatch:
    """Where in a string's value a table model is named."""

    row: ModelRow
    start: int
    end: int
    fine_tuned: bool = False
    legacy_tune: bool = False  # `<base>:ft-...`, trained with the retired /v1/fine-tunes API


class ModelMatcher:
    """Which string values name a table model; built once per run and shared by every file."""

    def __init__(self, table: Table, providers: Optional[Iterable[str]] = None) -> None:
        self.rows: Dict[str, ModelRow] = table.rows_for(providers)

    @staticmethod
    def is_ambiguous(value: str) -> bool:
        """A value that is also an ordinary word (ada, curie ...) or a short token that is
        likely a label elsewhere (o1, o3) counts only in model positions."""
        return value.isalpha() or len(value) <= 3 or bool(_SHORT_LABEL.fullmatch(value))

    def match(self, value: str) -> Optional[ModelMatch]:
        """The table model that `value` names as a whole, a provider prefix or a fine-tune aside."""
        row = self.rows.get(value)
        if row is not None:
            return ModelMatch(row, 0, len(value))
        prefix = _PROVIDER_PREFIX.match(value)
        if prefix is not None:
            row = self.rows.get(value[prefix.end():])
            if row is not None:
                return ModelMatch(row, prefix.end(), len(value))
        for pattern in (_FINE_TUNED_NEW, _FINE_TUNED_LEGACY):
            tuned = pattern.match(value)
            if tuned is not None:
                row = self.rows.get(tuned.group("base"))
                if row is not None:
                    return ModelMatch(row, tuned.start("base"), tuned.end("base"), fine_tuned=True,
                                      legacy_tune=pattern is _FINE_TUNED_LEGACY)
        return None


@dataclass(frozen=True)
class DetectOptions:
    """What a scan needs besides the source: the day, the user's targets, the table; per
    file, what its project says beside the code (`azure_environment`)."""

    table: Table
    matcher: ModelMatcher
    as_of: _dt.date
    targets: Mapping[str, str]
    # Where the file's project configures Azure for openai<1 through the environment
    # (`project.azure_environment`: ".env sets OPENAI_API_TYPE=azure"), set by the engine for a
    # Python file that spells engine= or deployment_id=; None otherwise.
    azure_environment: Optional[str] = None
    # A relay helper another project module defines (`detect.relaying_functions`), asked as
    # (module, level, name) of a `from <module> import <name>`: its keyword-only parameters,
    # or None where it is none. Set by the engine for a file of a run; None otherwise.
    imported_relay: Optional[Callable[[Optional[str], int, str],
                                      Optional[FrozenSet[str]]]] = None
    # Whether another module of the project imports this module's top-level `name` (or the
    # module, or all of it): its calls there are out of this file's sight. Set by the engine
    # for a file of a run; None (unknown) otherwise.
    imported_name: Optional[Callable[[str], bool]] = None
    # Where another module of the project calls this module's top-level `name` it imports
    # (`ChatModel(args.model)`), as "file:line"; None where none does. Set like imported_name.
    called_elsewhere: Optional[Callable[[str], Optional[str]]] = None
    # Whether the methods of the project's classes named `name` take their keywords as their
    # own (True: none takes **kwargs), hand them on (False: one takes **kwargs), or the project
    # defines no such method (None: an SDK's, or a library's). Set like imported_name.
    own_method: Optional[Callable[[str], Optional[bool]]] = None

    def knows_model(self, value: str) -> bool:
        """Whether `value` names a model the table has a row for (served, legacy or retired,
        any provider; a provider prefix or a fine-tune's id around it aside) or a target the
        user chose. Anything else in engine= / deployment_id= names a deployment, or a model
        no one here can vouch for."""
        table = self.table
        if table.get(value) is not None or value in self.targets.values():
            return True
        prefix = _PROVIDER_PREFIX.match(value)
        if prefix is not None and table.get(value[prefix.end():]) is not None:
            return True
        for pattern in (_FINE_TUNED_NEW, _FINE_TUNED_LEGACY):
            tuned = pattern.match(value)
            if tuned is not None and table.get(tuned.group("base")) is not None:
                return True
        return False
