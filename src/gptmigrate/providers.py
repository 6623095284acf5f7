"""The retired API shapes of the SDKs besides openai's: Anthropic, Google, LangChain, LlamaIndex.

Pure classification of resolved dotted names (detection resolves imports, aliases, stored
references and clients first, as for openai): which call or import uses a removed or retired
shape, under which rule, and what a call's model literal belongs to. Sources, checked against
the SDKs themselves:

- Anthropic: anthropic-python 1.0.0 (PyPI wheel) has no `resources/completions.py` and no
  `HUMAN_PROMPT`/`AI_PROMPT`; 0.x has both. The Text Completions API itself is legacy with no
  shutdown date (docs.anthropic.com/claude/reference/complete_post). `client.completion()` is
  the 0.2.x client's method for the same endpoint.
- Google: google-generativeai 0.5.4 exports the PaLM functions (`generate_text`,
  `generate_embeddings`, `count_text_tokens` from `.text`; `chat`, `chat_async`,
  `count_message_tokens` from `.discuss`); 0.8.x no longer has them. The PaLM API was
  decommissioned on 2024-08-15 (ai.google.dev/palm_docs/deprecation). Support for the
  google-generativeai SDK ended on 2025-11-30 (its PyPI README).
- Vertex AI: the Generative AI modules `vertexai.generative_models`, `language_models`,
  `vision_models`, `caching`, `tuning` (and their `vertexai.preview` twins) were deprecated on
  2025-06-24 and removed on 2026-06-24 (cloud.google.com/vertex-ai/generative-ai/docs/
  deprecations; google-cloud-aiplatform 1.99.0 release notes name the modules).
- LangChain: langchain 1.0.0 (PyPI wheel) has no `langchain.llms`; its `langchain.chat_models`
  exports only `init_chat_model`/`BaseChatModel` and `langchain.embeddings` only
  `init_embeddings`/`Embeddings`. langchain's `OpenAI` LLM (langchain_openai.llms.base.BaseOpenAI)
  calls `client.completions.create`, the Completions API.
- LlamaIndex: `llama_index.llms.openai.OpenAI` sends a chat model to Chat Completions and a
  completion model to Completions (`is_chat_model`), and refuses a model name its version does
  not know (`openai_modelname_to_contextsize`).
"""

from __future__ import annotations

import datetime as _dt
from typing import Mapping, Optional, Tuple

# Roots of qualified names detection tracks besides `openai` (imports of these are resolved).
ROOTS = frozenset({"anthropic", "google", "vertexai", "langchain", "langchain_community",
                   "langchain_openai", "llama_index"})
# Text one of which a source must contain for a finding of this module (the prefilter parses
# only files with a table name or a marker); `max_tokens_to_sample` is Text Completions' own.
MARKERS = ("anthropic", "generativeai", "vertexai", "langchain", "llama_index",
           "max_tokens_to_sample", "HUMAN_PROMPT", "AI_PROMPT")

ANTHROPIC_CLIENT = "anthropic.Anthropic()"
ANTHROPIC_CLIENT_CLASSES = frozenset({
    "anthropic.Anthropic", "anthropic.AsyncAnthropic", "anthropic.Client",
    "anthropic.AsyncClient", "anthropic.AnthropicBedrock", "anthropic.AsyncAnthropicBedrock",
    "anthropic.AnthropicVertex", "anthropic.AsyncAnthropicVertex",
})
# Resources of an Anthropic client: where a client expression ends (`self.llm.completions`).
ANTHROPIC_RESOURCES = frozenset({"completions", "messages", "beta", "models", "files"})
# The 0.2.x client's Text Completions methods (`anthropic.Client(key).completion(...)`).
ANTHROPIC_OLD_METHODS = frozenset({"completion", "acompletion", "completion_stream",
                                   "acompletion_stream"})
PROMPT_CONSTANTS = {"HUMAN_PROMPT": "\\n\\nHuman:", "AI_PROMPT": "\\n\\nAssistant:"}

GENAI = "google.generativeai"
PALM_FUNCTIONS: Mapping[str, str] = {
    "generate_text": "client.models.generate_content(model=<a served Gemini model>, "
                     "contents=prompt) and read .text (was .result)",
    "generate_text_async": "await client.aio.models.generate_content(model=..., "
                           "contents=prompt) and read .text",
    "chat": "chat = client.chats.create(model=<a served Gemini model>); "
            "chat.send_message(message).text (was .last)",
    "chat_async": "chat = client.aio.chats.create(model=...); "
                  "(await chat.send_message(message)).text",
    "generate_embeddings": "client.models.embed_content(model=\"gemini-embedding-001\", "
                           "contents=text).embeddings[0].values (was [\"embedding\"]); a new "
                           "vector space: recompute stored vectors",
    "count_text_tokens": "client.models.count_tokens(model=..., contents=prompt).total_tokens",
    "count_message_tokens": "client.models.count_tokens(model=..., contents=messages)"
                            ".total_tokens",
}
VERTEX_MODULES = frozenset({"generative_models", "language_models", "vision_models", "caching",
                            "tuning"})

LANGCHAIN_COMPLETION_LLMS = frozenset({
    "langchain.OpenAI", "langchain.llms.OpenAI", "langchain.llms.openai.OpenAI",
    "langchain_community.llms.OpenAI", "langchain_community.llms.openai.OpenAI",
    "langchain_openai.OpenAI", "langchain_openai.llms.OpenAI", "langchain_openai.llms.base.OpenAI",
})
LLAMA_INDEX_OPENAI = frozenset({
    "llama_index.llms.OpenAI", "llama_index.llms.openai.OpenAI",
    "llama_index.llms.openai.base.OpenAI",
})
# llama-index 0.10 (2024-02) moved each integration into a package of its own and dropped the
# aggregate modules' re-exports (an ImportError on llama-index-core); the per-integration module
# paths below already existed in 0.9, so the new import works in both generations.
LLAMA_INDEX_MOVED: Mapping[str, Tuple[str, str]] = {
    "llama_index.llms.OpenAI": ("llama_index.llms.openai", "llama-index-llms-openai"),
    "llama_index.llms.AzureOpenAI": ("llama_index.llms.azure_openai",
                                     "llama-index-llms-azure-openai"),
    "llama_index.embeddings.OpenAIEmbedding": ("llama_index.embeddings.openai",
                                               "llama-index-embeddings-openai"),
    "llama_index.embeddings.AzureOpenAIEmbedding": ("llama_index.embeddings.azure_openai",
                                                    "llama-index-embeddings-azure-openai"),
}
# The first llama-index-llms-openai release whose model list (`ALL_AVAILABLE_MODELS`, checked
# by `openai_modelname_to_contextsize`) holds each target the table writes (PyPI wheels).
LLAMA_INDEX_RELEASES: Mapping[str, str] = {"gpt-5.6-terra": "0.7.10", "gpt-5.6-sol": "0.7.10"}
LLAMA_INDEX_OPENAI_PACKAGE = "llama-index-llms-openai"
# What langchain 1.0 keeps of the old paths.
_LANGCHAIN_KEPT = {"chat_models": {"init_chat_model", "BaseChatModel", "base"},
                   "embeddings": {"init_embeddings", "Embeddings", "base"}}
# Modules of langchain < 1 that langchain 1.0.0's wheel has not (it keeps agents, chat_models,
# embeddings, messages, rate_limiters and tools): an import from one fails there. Each with
# where its names live now.
LANGCHAIN_REMOVED_MODULES: Mapping[str, str] = {
    "schema": "langchain_core.messages (the message classes) or langchain_core.documents "
              "(Document)",
    "prompts": "langchain_core.prompts",
    "chains": "langchain_classic.chains (pip install langchain-classic), or a runnable "
              "(prompt | llm)",
    "memory": "langchain_classic.memory (pip install langchain-classic)",
    "callbacks": "langchain_core.callbacks, or langchain_community.callbacks for "
                 "get_openai_callback",
    "text_splitter": "langchain_text_splitters (pip install langchain-text-splitters)",
    "document_loaders": "langchain_community.document_loaders",
    "vectorstores": "langchain_community.vectorstores",
    "docstore": "langchain_core.documents",
    "output_parsers": "langchain_core.output_parsers",
    "utilities": "langchain_community.utilities",
}
# langchain < 0.1 exported these at its top level; langchain 1.0 does not.
_LANGCHAIN_OLD_TOP = frozenset({"OpenAI", "LLMChain", "PromptTemplate", "ConversationChain",
                                "HuggingFaceHub", "Cohere", "Anthropic", "SQLDatabase"})

# Removed modules (by rule): a call into one fails at the import, whatever its model.
REMOVED_MODULE_CODES: Mapping[str, str] = {
    "GM212": "a Generative AI module the Vertex AI SDK removed",
    "GM213": "a langchain path langchain 1.0 removed",
}
# API context of a call a model literal stands in: drives the model finding's message and fix.
ANTHROPIC_MESSAGES = "anthropic-messages"
LLAMA_INDEX = "llama-index-openai"

Classified = Tuple[str, str, str, str]  # (rule code, sdk, resource, method)


def classify(name: str) -> Optional[Classified]:
    """The rule of a call whose function resolves to `name`, for the SDKs of this module.

    >>> classify("anthropic.Anthropic().completions.create")
    ('GM110', 'anthropic', 'completions', 'create')
    >>> classify("anthropic.Anthropic().messages.create") is None
    True
    """
    parts = name.split(".")
    root = parts[0]
    if root == "anthropic" and len(parts) >= 3 and parts[1] == "Anthropic()":
        if parts[2] == "completions" and len(parts) == 4:
            return "GM110", "anthropic", "completions", parts[3]
        if parts[2] in ANTHROPIC_OLD_METHODS and len(parts) == 3:
            return "GM110", "anthropic", "", parts[2]
        return None
    if name.startswith(GENAI + "."):
        function = parts[-1]
        module = ".".join(parts[:-1])
        if function in PALM_FUNCTIONS and module in (GENAI, f"{GENAI}.text",
                                                     f"{GENAI}.discuss"):
            return "GM111", "palm", "", function
        return None
    if name in LANGCHAIN_COMPLETION_LLMS:
        return "GM112", "langchain", "OpenAI", ""
    return None


def call_context(name: str) -> Optional[str]:
    """The API a live call belongs to, where that changes what its model literal's finding
    says: an Anthropic Messages call, a LlamaIndex OpenAI LLM."""
    parts = name.split(".")
    if parts[:2] == ["anthropic", "Anthropic()"] and "messages" in parts[2:4]:
        return ANTHROPIC_MESSAGES
    if name in LLAMA_INDEX_OPENAI:
        return LLAMA_INDEX
    return None


def classify_reference(name: str) -> Optional[str]:
    """The rule of an import or attribute chain into a removed module or name."""
    parts = name.split(".")
    root = parts[0]
    if root == "anthropic" and len(parts) == 2 and parts[1] in PROMPT_CONSTANTS:
        return "GM210"
    if name == GENAI or name.startswith(GENAI + "."):
        return "GM211"
    if root == "vertexai":
        rest = parts[2:] if len(parts) > 1 and parts[1] == "preview" else parts[1:]
        if rest and rest[0] in VERTEX_MODULES:
            return "GM212"
        return None
    if root == "langchain" and len(parts) >= 2:
        if parts[1] == "llms" or (len(parts) >= 3 and parts[1] in LANGCHAIN_REMOVED_MODULES):
            return "GM213"
        kept = _LANGCHAIN_KEPT.get(parts[1])
        if kept is not None and len(parts) >= 3 and parts[2] not in kept:
            return "GM213"
        if len(parts) == 2 and parts[1] in _LANGCHAIN_OLD_TOP:
            return "GM213"
    if name in LLAMA_INDEX_MOVED:
        return "GM214"
    return None


# The table's `apis` row that dates a reference rule.
API_OF_REFERENCE = {"GM211": "google-generativeai", "GM212": "vertexai-generative-models"}


def reference_message(code: str, what: str, name: str, ended: Optional[_dt.date] = None,
                      retired: bool = True) -> str:
    """What a GM21x finding on an import or reference says (`ended`: the table's day, which
    `retired` says is past)."""
    if code == "GM210":
        constant = name.split(".")[-1]
        return (f"{what}: anthropic-python 1.0 removed {constant} with the Text Completions API "
                f"(it was \"{PROMPT_CONSTANTS[constant]}\"); Messages calls take "
                f"messages=[{{\"role\": \"user\", \"content\": ...}}] instead of marked turns")
    if code == "GM211":
        return (f"{what}: the google-generativeai SDK is deprecated (support "
                f"{'ended' if retired else 'ends'} on {ended or '2025-11-30'}); move to google-genai: from google import genai; "
                f"client = genai.Client(); client.models.generate_content(model=..., "
                f"contents=...).text")
    if code == "GM212":
        return (f"{what}: the Generative AI modules of the Vertex AI SDK "
                f"{'were' if retired else 'will be'} removed on {ended or '2026-06-24'}; move to google-genai: genai.Client(vertexai=True, project=..., "
                f"location=...).models.generate_content(model=..., contents=...)")
    if code == "GM214":
        module, package = LLAMA_INDEX_MOVED[name]
        leaf = name.rsplit(".", 1)[1]
        return (f"{what}: llama-index 0.10 moved {leaf} out of {name.rsplit('.', 1)[0]} into "
                f"the {package} package (an ImportError on llama-index-core); import it from "
                f"{module}, a path llama-index 0.9 has too")
    parts = name.split(".")
    if len(parts) >= 3 and parts[1] in LANGCHAIN_REMOVED_MODULES:
        return (f"{what}: langchain 1.0 removed langchain.{parts[1]}; import from "
                f"{LANGCHAIN_REMOVED_MODULES[parts[1]]}")
    removed = ".".join(parts[:2]) if parts[1] == "llms" or len(parts) == 2 else \
        ".".join(parts[:3])
    return f"{what}: langchain 1.0 removed {removed}; import {_langchain_replacement(name)}"


def _langchain_replacement(name: str) -> str:
    leaf = name.split(".")[-1]
    if leaf in ("OpenAI", "ChatOpenAI", "OpenAIEmbeddings", "AzureOpenAI", "AzureChatOpenAI",
                "AzureOpenAIEmbeddings"):
        if leaf == "OpenAI":
            return ("ChatOpenAI from langchain_openai (OpenAI there still calls the "
                    "Completions API, which has no live model)")
        return f"{leaf} from langchain_openai (pip install langchain-openai)"
    if leaf == "openai":
        return "the classes from langchain_openai (pip install langchain-openai)"
    return "it from its provider package (langchain_openai, langchain_anthropic ...) or " \
           "langchain_community"


# -- Assistants (GM103): the Responses / Conversations equivalent of each method -----------------

_CONFIG = ("keep the assistant's model, instructions and tools in your code and pass them to "
           "client.responses.create(model=..., instructions=..., tools=...)")
_STREAM = ("client.responses.stream(model=..., instructions=..., conversation=conversation_id, "
           "input=...) (or client.responses.create(..., stream=True)): an AssistantEventHandler's "
           "callbacks become a loop over the events (\"response.output_text.delta\" carries "
           ".delta)")
ASSISTANTS_ADVICE: Mapping[Tuple[str, str], str] = {
    ("assistants", "create"): _CONFIG + " (or save them as a prompt in the dashboard)",
    ("assistants", "update"): _CONFIG,
    ("assistants", "retrieve"): _CONFIG,
    ("assistants", "list"): _CONFIG,
    ("assistants", "delete"): "delete the call: Responses keeps no assistant objects",
    ("threads", "create"): "conversation = client.conversations.create(items=[...]) (each "
                           "message an item {\"type\": \"message\", \"role\": ..., "
                           "\"content\": ...})",
    ("threads", "retrieve"): "client.conversations.retrieve(conversation_id)",
    ("threads", "update"): "client.conversations.update(conversation_id, metadata=...)",
    ("threads", "delete"): "client.conversations.delete(conversation_id)",
    ("threads", "create_and_run"): "conversation = client.conversations.create(items=[...]), "
                                   "then client.responses.create(model=..., "
                                   "conversation=conversation.id, input=...)",
    ("threads", "create_and_run_poll"): "client.responses.create(model=..., conversation=..., "
                                        "input=...) returns the finished response",
    ("threads", "create_and_run_stream"): _STREAM,
    ("threads.messages", "create"): "client.conversations.items.create(conversation_id, "
                                    "items=[{\"type\": \"message\", \"role\": \"user\", "
                                    "\"content\": ...}]), or pass the message as input= of "
                                    "client.responses.create(conversation=conversation_id)",
    ("threads.messages", "list"): "client.conversations.items.list(conversation_id); the "
                                  "reply itself is response.output_text",
    ("threads.messages", "retrieve"): "client.conversations.items.retrieve(item_id, "
                                      "conversation_id=conversation_id)",
    ("threads.messages", "delete"): "client.conversations.items.delete(item_id, "
                                    "conversation_id=conversation_id)",
    ("threads.messages", "update"): "conversation items are not edited: delete the item "
                                    "(client.conversations.items.delete(item_id, "
                                    "conversation_id=conversation_id)) and create another, or keep "
                                    "metadata on the conversation (client.conversations.update("
                                    "conversation_id, metadata=...))",
    ("threads.runs", "create"): "response = client.responses.create(model=..., "
                                "instructions=..., tools=..., conversation=conversation_id, "
                                "input=...); the reply is response.output_text",
    ("threads.runs", "create_and_poll"): "response = client.responses.create(model=..., "
                                         "instructions=..., conversation=conversation_id, "
                                         "input=...) returns when done; read "
                                         "response.output_text",
    ("threads.runs", "create_and_stream"): _STREAM,
    ("threads.runs", "stream"): _STREAM,
    ("threads.runs", "update"): "a response takes its metadata when it is made: pass "
                                "metadata= to client.responses.create(...)",
    ("threads.runs", "retrieve"): "a response is complete when responses.create returns; with "
                                  "background=True, poll client.responses.retrieve(response.id)",
    ("threads.runs", "poll"): "responses.create returns the finished response; with "
                              "background=True, poll client.responses.retrieve(response.id)",
    ("threads.runs", "list"): "client.responses.retrieve(response_id) per stored response",
    ("threads.runs", "cancel"): "client.responses.cancel(response_id) (background responses)",
    ("threads.runs", "submit_tool_outputs"): "client.responses.create(model=..., "
                                             "previous_response_id=response.id, input=[{\"type\": "
                                             "\"function_call_output\", \"call_id\": ..., "
                                             "\"output\": ...}])",
    ("threads.runs", "submit_tool_outputs_and_poll"): "client.responses.create(model=..., "
                                                      "previous_response_id=response.id, "
                                                      "input=[{\"type\": "
                                                      "\"function_call_output\", ...}])",
    ("threads.runs", "submit_tool_outputs_stream"): "client.responses.stream(model=..., "
                                                    "previous_response_id=response.id, "
                                                    "input=[{\"type\": "
                                                    "\"function_call_output\", ...}]); the "
                                                    "event handler's callbacks become a loop "
                                                    "over its events",
    ("threads.runs.steps", "list"): "read the items of response.output (tool calls, messages)",
    ("threads.runs.steps", "retrieve"): "read the items of response.output",
}


def assistants_advice(resource: str, method: str) -> str:
    """The Responses/Conversations equivalent of one Assistants method (`beta.threads.runs`)."""
    parts = [part for part in resource.split(".")
             if part not in ("beta", "with_raw_response", "with_streaming_response")]
    key = (".".join(parts), method)
    return ASSISTANTS_ADVICE.get(key, "move to client.responses.create(model=..., input=...) "
                                      "with client.conversations for state")


__all__ = ["ANTHROPIC_CLIENT", "ANTHROPIC_CLIENT_CLASSES", "MARKERS", "ROOTS",
           "assistants_advice", "call_context", "classify", "classify_reference",
           "reference_message"]
