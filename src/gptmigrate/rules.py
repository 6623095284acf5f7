"""The rule registry: stable codes, readable names and ruff-shaped documentation for each rule.

Codes never change meaning. GM0xx are model names, GM1xx retired endpoints, GM2xx SDK shape,
GM9xx the tool's own housekeeping. The registry is an explicit, ordered tuple (no discovery by
import side effect).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, Iterable, Optional, Tuple

if TYPE_CHECKING:
    from gptmigrate.types import Finding

DOCS_URL = "https://github.com/gptmigrate/gptmigrate/blob/main/README.md#rule-"


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    summary: str
    why: str
    example: str
    use_instead: str
    fix: str
    references: Tuple[str, ...] = ()

    @property
    def url(self) -> str:
        return DOCS_URL + self.code.lower()


_OAI_DEP = "https://developers.openai.com/api/docs/deprecations"
_V1_GUIDE = "https://github.com/openai/openai-python/discussions/742"
_ANT_DEP = "https://platform.claude.com/docs/en/about-claude/model-deprecations"

RULES: Tuple[Rule, ...] = (
    Rule(
        code="GM001",
        name="retired-model",
        summary="A string names a model that its provider has shut down.",
        why="Requests that name a retired model fail at run time with a 404 or model_not_found.",
        example='client.completions.create(model="text-davinci-003", prompt=p)',
        use_instead="The model the table resolves to as of today (`gptmigrate explain MODEL`).",
        fix="safe when the replacement serves the same API and every step of the chain is "
        "confirmed; unsafe for embeddings (vectors must be recomputed) and for API migrations; "
        "manual for fine-tuned and Azure deployment names.",
        references=(_OAI_DEP,),
    ),
    Rule(
        code="GM002",
        name="deprecated-model",
        summary="A string names a model whose shutdown is announced for a later day.",
        why="The code works today and fails from the shutdown date on.",
        example='client.chat.completions.create(model="gpt-5", messages=m)',
        use_instead="The announced replacement, before the shutdown date.",
        fix="as for GM001.",
        references=(_OAI_DEP,),
    ),
    Rule(
        code="GM003",
        name="legacy-model",
        summary="A string names a model its provider labels legacy, with no shutdown date yet.",
        why="Legacy models get no updates and are the next to be retired.",
        example='client.embeddings.create(model="text-embedding-ada-002", input=x)',
        use_instead="A current model of the same family.",
        fix="as for GM001.",
        references=(_OAI_DEP,),
    ),
    Rule(
        code="GM004",
        name="retired-fine-tuned-model",
        summary="A fine-tuned model id (ft:<base>:... or legacy <base>:ft-...) whose fine-tuned "
        "models no longer serve.",
        why="Fine-tuned models retire on their own day: legacy :ft- models died with "
        "/v1/fine-tunes on 2024-01-04; ft:gpt-3.5-turbo, ft:gpt-4, ft:babbage-002 and "
        "ft:davinci-002 models on 2026-10-23.",
        example='client.chat.completions.create(model="ft:gpt-3.5-turbo-0613:acme::8abc", ...)',
        use_instead="A model fine-tuned again on a served base (`gptmigrate explain BASE`).",
        fix="manual: a fine-tuned model cannot be renamed; it must be trained again.",
        references=(_OAI_DEP,),
    ),
    Rule(
        code="GM101",
        name="completions-endpoint",
        summary="A call to the Completions endpoint, which has no live model left.",
        why="gpt-3.5-turbo-instruct, babbage-002 and davinci-002, the last Completions models, "
        "shut down on 2026-09-28.",
        example='openai.Completion.create(model="text-davinci-003", prompt=p)',
        use_instead='client.chat.completions.create(model=..., messages=[{"role": "user", '
        '"content": p}])',
        fix="unsafe: the request and the response change shape.",
        references=(_OAI_DEP,),
    ),
    Rule(
        code="GM102",
        name="edits-endpoint",
        summary="A call to the Edits endpoint, shut down on 2024-01-04.",
        why="/v1/edits no longer exists; every call fails.",
        example='openai.Edit.create(model="text-davinci-edit-001", input=code, instruction=i)',
        use_instead="A Chat Completions call whose messages carry the instruction and the input.",
        fix="unsafe: the request and the response change shape.",
        references=(_OAI_DEP,),
    ),
    Rule(
        code="GM103",
        name="assistants-api",
        summary="A call to the Assistants API (client.beta.assistants, client.beta.threads, "
        "threads.runs, threads.messages), shut down on 2026-08-26.",
        why="OpenAI shut the Assistants API down on 2026-08-26 (deprecated 2025-08-26): every "
        "assistants, threads and runs request fails.",
        example='client.beta.threads.runs.create(thread_id=t.id, assistant_id=a.id)',
        use_instead="The Responses API (client.responses.create(model=..., input=...)) with the "
        "Conversations API for state; tools and vector stores carry over.",
        fix="unsafe where the whole quickstart pattern sits in one block (assistant with a "
        "literal or constant model and instructions and no tools, a thread made there, user "
        "messages, create_and_poll or create + a polling loop, the reply read as "
        "messages.list(...).data[0].content[0].text.value): it becomes one "
        "client.responses.create(model=<served model>, instructions=..., input=...) and "
        "response.output_text. Manual otherwise (ids kept elsewhere, threads that go on, tools, "
        "streams), with the reason.",
        references=(_OAI_DEP, "https://platform.openai.com/docs/assistants/migration"),
    ),
    Rule(
        code="GM104",
        name="fine-tunes-endpoint",
        summary="A call to the legacy fine-tunes API (openai.FineTune, client.fine_tunes), shut "
        "down on 2024-01-04.",
        why="/v1/fine-tunes and every model trained with it were shut down on 2024-01-04; the "
        "SDK resources were removed too.",
        example='openai.FineTune.create(training_file=file_id, model="davinci")',
        use_instead="client.fine_tuning.jobs.create(training_file=file_id, model=...) on a "
        "served, fine-tunable model.",
        fix="manual: the job API, its events and its models differ.",
        references=(_OAI_DEP, _V1_GUIDE),
    ),
    Rule(
        code="GM105",
        name="engines-endpoint",
        summary="A call to the Engines API (openai.Engine), shut down on 2022-12-03.",
        why="/v1/engines was deprecated on 2022-06-03 and removed on 2022-12-03; "
        "openai-python 1.0 removed openai.Engine.",
        example="openai.Engine.list()",
        use_instead="client.models.list() / client.models.retrieve(model_id).",
        fix="manual: models and engines list different objects.",
        references=(_OAI_DEP, _V1_GUIDE),
    ),
    Rule(
        code="GM106",
        name="retired-api-version",
        summary="An Azure OpenAI api-version string that Azure has retired "
        "(2023-07-01-preview ...).",
        why="Requests with a retired api-version fail with HTTP 404, whatever the deployment.",
        example='AzureOpenAI(api_version="2023-07-01-preview", azure_endpoint=endpoint)',
        use_instead="A GA api-version (2024-02-01 or later).",
        fix="unsafe: the table's replacement version (request and response shapes can differ "
        "between versions).",
        references=("https://learn.microsoft.com/azure/ai-services/openai/api-version-deprecation",),
    ),
    Rule(
        code="GM110",
        name="anthropic-text-completions",
        summary="A call to Anthropic's Text Completions API (client.completions.create with "
        "prompt= and max_tokens_to_sample=, or the 0.2 client's completion()).",
        why="Text Completions is a legacy API, and anthropic-python 1.0 removed it: "
        "client.completions no longer exists, and HUMAN_PROMPT / AI_PROMPT are gone with it. "
        "The models of its time (claude-1.x, claude-instant-1.x, claude-2.x) are shut down.",
        example='client.completions.create(model="claude-2", prompt=f"{HUMAN_PROMPT} {q}'
        '{AI_PROMPT}", max_tokens_to_sample=300).completion',
        use_instead='client.messages.create(model="claude-opus-4-8", max_tokens=300, '
        'messages=[{"role": "user", "content": q}]).content[0].text',
        fix="unsafe where the prompt's turns are written in the call (the text before the "
        "first turn becomes system=, max_tokens_to_sample becomes max_tokens, reads of "
        ".completion become .content[0].text); manual otherwise, with the exact change, "
        "notably when temperature/top_p/top_k are set (anthropic>=1 and Claude Opus 4.7+ "
        "reject them: removing them changes the sampling).",
        references=("https://docs.anthropic.com/en/api/migrating-from-text-completions-to-"
                    "messages", "https://docs.anthropic.com/claude/reference/complete_post",
                    _ANT_DEP),
    ),
    Rule(
        code="GM111",
        name="palm-api",
        summary="A call to the PaLM API through google-generativeai (generate_text, chat, "
        "generate_embeddings, count_text_tokens, count_message_tokens).",
        why="Google decommissioned the PaLM API on 2024-08-15: no prompting, tuning or "
        "inference; google-generativeai 0.8 removed the functions.",
        example='palm.generate_text(model="models/text-bison-001", prompt=p).result',
        use_instead='genai.Client().models.generate_content(model=<a served Gemini model>, '
        'contents=p).text (google-genai)',
        fix="manual: the model, the SDK and the response shape all change.",
        references=("https://ai.google.dev/palm_docs/deprecation",),
    ),
    Rule(
        code="GM112",
        name="completion-model-wrapper",
        summary="langchain's OpenAI LLM (langchain_openai.OpenAI, langchain_community.llms."
        "OpenAI, langchain.llms.OpenAI), a wrapper of the Completions API.",
        why="It calls client.completions.create, and the Completions API has no live model "
        "since 2026-09-28 (its default, gpt-3.5-turbo-instruct, included).",
        example='llm = OpenAI(model_name="text-davinci-003"); llm.invoke(q)',
        use_instead='llm = ChatOpenAI(model=...) (from langchain_openai); llm.invoke(q).content',
        fix="unsafe when the class is imported alone and the instance is only called, "
        "invoke()d or predict()ed (those become .invoke(...).content, on the table's chat "
        "target); manual where its output goes elsewhere (chains, pipes, parsers), since a chat "
        "model returns a message there, not a string.",
        references=(_OAI_DEP, "https://python.langchain.com/docs/integrations/chat/openai/"),
    ),
    Rule(
        code="GM201",
        name="v0-sdk-call",
        summary="A module-level resource of openai-python < 1.0 (openai.ChatCompletion, "
        "openai.Embedding ...).",
        why="openai-python 1.0 removed them: using them raises APIRemovedInV1.",
        example='openai.ChatCompletion.create(model="gpt-4o", messages=m)',
        use_instead="client = OpenAI(); client.chat.completions.create(model=..., messages=m)",
        fix="unsafe: the call and the response access change shape.",
        references=(_V1_GUIDE,),
    ),
    Rule(
        code="GM202",
        name="v0-error-class",
        summary="An exception class from openai.error, a module openai-python 1.0 removed.",
        why="`import openai.error` and `openai.error.RateLimitError` fail on openai>=1.0: the "
        "except clause itself raises AttributeError or the import fails.",
        example="except openai.error.RateLimitError:",
        use_instead="The exceptions on the openai module: openai.RateLimitError, "
        "openai.APIError, openai.APIConnectionError, openai.AuthenticationError "
        "(InvalidRequestError became BadRequestError).",
        fix="unsafe in a project on openai>=1: openai.error.X becomes openai.X under 1.0's name "
        "(Timeout -> APITimeoutError, InvalidRequestError -> BadRequestError ...); manual for "
        "classes 1.0 dropped (TryAgain ...) and in projects pinned below 1.",
        references=(_V1_GUIDE,),
    ),
    Rule(
        code="GM203",
        name="engine-argument",
        summary="An `engine=` (or Azure `deployment_id=`) argument to a v0 SDK call.",
        why="openai-python 1.0 accepts neither; the Engines endpoint behind `engine=` itself "
        "shut down on 2022-12-03.",
        example='openai.Completion.create(engine="text-davinci-003", prompt=p)',
        use_instead='client.completions.create(model=...); on Azure, AzureOpenAI(...) and '
        'model="<deployment name>".',
        fix="manual: migrated together with the call (GM101 / GM201).",
        references=(_OAI_DEP, _V1_GUIDE),
    ),
    Rule(
        code="GM204",
        name="removed-sdk-helper",
        summary="A helper module of openai-python < 1.0 that 1.0 removed (openai.embeddings_utils, "
        "openai.openai_object, openai.wandb_logger, openai.aiosession ...).",
        why="Importing it fails on openai>=1.0: ModuleNotFoundError or AttributeError.",
        example="from openai.embeddings_utils import get_embedding, cosine_similarity",
        use_instead="What each module's users do instead, named in the finding: "
        "client.embeddings.create(...) and a local cosine similarity (numpy) for "
        "embeddings_utils; openai.BaseModel and .model_dump() for OpenAIObject; an httpx client "
        "(http_client=) for aiosession.",
        fix="manual: the helpers have no SDK replacement.",
        references=(_V1_GUIDE, "https://github.com/openai/openai-python/issues/932"),
    ),
    Rule(
        code="GM206",
        name="v0-module-setting",
        summary="A module setting of openai-python < 1.0 that 1.0 ignores: openai.proxy, "
        "openai.api_key_path, openai.requestssession, openai.verify_ssl_certs, "
        "openai.ca_bundle_path, openai.app_info, openai.debug, openai.log; and reads of "
        "settings 1.0 no longer fills from the environment (openai.api_base, and openai.api_key "
        "/ openai.organization in 0.x code) where nothing sets them.",
        why="openai>=1 reads none of them: the assignment still runs, and requests go out "
        "without the proxy, the key file or the session it named (a network that needs the "
        "proxy then fails with APIConnectionError). openai<1 filled api_key, organization and "
        "api_base from OPENAI_API_KEY, OPENAI_ORGANIZATION and OPENAI_API_BASE at import; "
        "openai>=1 leaves the first two None and has no api_base.",
        example='openai.proxy = "http://proxy.internal:3128"',
        use_instead="The client's own arguments: http_client=openai.DefaultHttpxClient("
        "proxy=..., verify=...) for the proxy, the session and certificates, api_key= for a "
        "key file, OPENAI_LOG=debug for logging.",
        fix="manual for settings: the values take another form (a requests proxy dict is not "
        "an httpx proxy), so the finding names the client argument to use. Unsafe for reads of "
        "api_key, organization and api_base: the environment lookup 0.28 made "
        "(os.environ.get(\"OPENAI_API_KEY\")), unless another module sets the setting.",
        references=(_V1_GUIDE,),
    ),
    Rule(
        code="GM205",
        name="v3-node-sdk-call",
        summary="JavaScript or TypeScript that uses openai-node v3's client: new OpenAIApi(new "
        "Configuration(...)), openai.createChatCompletion(...), openai.createEmbedding(...) and "
        "the other OpenAIApi methods.",
        why="openai-node 4.0 removed OpenAIApi and Configuration: the import fails, and every "
        "v3 method is gone. (v3 calls of retired endpoints are GM101, GM102, GM104, GM105.)",
        example='const openai = new OpenAIApi(new Configuration({ apiKey }));\n'
        'const r = await openai.createChatCompletion({ model: "gpt-4o", messages });',
        use_instead='import OpenAI from "openai"; const openai = new OpenAI({ apiKey }); '
        'const completion = await openai.chat.completions.create({ model: "gpt-4o", messages '
        '}); completion.choices[0].message.content (the response is the body: no .data).',
        fix="manual: the client, every call and every response access change.",
        references=("https://github.com/openai/openai-node/discussions/217",),
    ),
    Rule(
        code="GM210",
        name="anthropic-prompt-constant",
        summary="HUMAN_PROMPT or AI_PROMPT imported or read from anthropic.",
        why="anthropic-python 1.0 removed them with the Text Completions API: the import "
        "fails with ImportError.",
        example="from anthropic import Anthropic, HUMAN_PROMPT, AI_PROMPT",
        use_instead='Messages calls: messages=[{"role": "user", "content": ...}] (no turn '
        'markers).',
        fix="manual: migrated with the calls that use them (GM110).",
        references=("https://docs.anthropic.com/en/api/migrating-from-text-completions-to-"
                    "messages",),
    ),
    Rule(
        code="GM211",
        name="google-generativeai-sdk",
        summary="An import of google.generativeai, the deprecated Gemini SDK.",
        why="Support for google-generativeai ended on 2025-11-30: no fixes, no new models or "
        "features; its PaLM functions are gone (GM111).",
        example="import google.generativeai as genai",
        use_instead="from google import genai; client = genai.Client(); "
        "client.models.generate_content(model=..., contents=...) (google-genai)",
        fix="unsafe for a module whose every use is configure(api_key=), GenerativeModel(model, "
        "system_instruction=, generation_config=) called with generate_content and read as "
        ".text, embed_content / PaLM generate_embeddings read as [\"embedding\"] (a retired "
        "embedding model moves to the table's target); manual, with the line and the reason, "
        "for everything else: chat sessions, PaLM text and chat, streaming, async, tools, "
        "safety settings, responses that leave the function, a retired Gemini model (the table "
        "has no served replacement to trust).",
        references=("https://pypi.org/project/google-generativeai/",
                    "https://ai.google.dev/gemini-api/docs/migrate"),
    ),
    Rule(
        code="GM212",
        name="vertexai-generative-module",
        summary="An import of a Generative AI module of the Vertex AI SDK (vertexai."
        "generative_models, language_models, vision_models, caching, tuning, and their "
        "vertexai.preview twins).",
        why="Google deprecated these modules on 2025-06-24 and removed them on 2026-06-24; "
        "PaLM and Codey models of vertexai.language_models were shut down on 2025-04-09.",
        example="from vertexai.generative_models import GenerativeModel",
        use_instead="from google import genai; client = genai.Client(vertexai=True, "
        "project=..., location=...); client.models.generate_content(model=..., contents=...)",
        fix="unsafe for a module whose every use is vertexai.init(project=, location=[, "
        "credentials=]), GenerativeModel / GenerationConfig (the google-generativeai rewrite's "
        "shapes: generate_content read as .text, stream=True loops, count_tokens) and "
        "SafetySetting lists, TextEmbeddingModel.from_pretrained(...).get_embeddings(texts) "
        "read for .values: one "
        "genai.Client(vertexai=True, ...), the removed imports replaced, a model the table "
        "renames on Vertex AI renamed; manual, with the line and the reason, for everything "
        "else: no init() or one without project= and location=, PaLM / Codey classes, Part / "
        "Tool types, chat sessions, vision, caching and tuning modules, a "
        "retired model with no served Vertex AI replacement.",
        references=("https://cloud.google.com/vertex-ai/generative-ai/docs/deprecations",
                    "https://cloud.google.com/vertex-ai/generative-ai/docs/deprecations/"
                    "genai-vertexai-sdk"),
    ),
    Rule(
        code="GM213",
        name="langchain-removed-import",
        summary="An import from a langchain path that langchain 1.0 removed (langchain.llms, "
        "langchain.chat_models.ChatOpenAI, langchain.embeddings.OpenAIEmbeddings, "
        "`from langchain import OpenAI`, langchain.schema, langchain.prompts, "
        "langchain.chains ...).",
        why="The import fails on langchain>=1.0; a model renamed under it is no fix.",
        example="from langchain.chat_models import ChatOpenAI",
        use_instead="from langchain_openai import ChatOpenAI (pip install langchain-openai)",
        fix="unsafe for an import of ChatOpenAI, AzureChatOpenAI, OpenAIEmbeddings or "
        "AzureOpenAIEmbeddings alone: the import comes from langchain_openai (add "
        "langchain-openai to the requirements); unsafe for an import of message classes or "
        "prompt templates alone (from langchain_core.messages / langchain_core.prompts); "
        "manual for every other name.",
        references=("https://python.langchain.com/docs/versions/v0_2/",
                    "https://pypi.org/project/langchain/1.0.0/"),
    ),
    Rule(
        code="GM214",
        name="llama-index-moved-import",
        summary="An import of LlamaIndex's OpenAI integrations from the aggregate modules of "
        "llama-index 0.9 (`from llama_index.llms import OpenAI`, `AzureOpenAI`, `from "
        "llama_index.embeddings import OpenAIEmbedding`, `AzureOpenAIEmbedding`).",
        why="llama-index 0.10 moved every integration into a package of its own; on "
        "llama-index-core the old import raises ImportError, and a model renamed under it is "
        "no fix.",
        example="from llama_index.llms import OpenAI",
        use_instead="from llama_index.llms.openai import OpenAI (llama-index-llms-openai), "
        "a path llama-index 0.9 has too.",
        fix="unsafe: the import's module changes (one import per module, aliases kept); the "
        "project installs the integration package on llama-index-core. Manual when the "
        "import names anything else.",
        references=("https://docs.llamaindex.ai/en/stable/getting_started/v0_10_0_migration/",),
    ),
    Rule(
        code="GM215",
        name="anthropic-sampling-arguments",
        summary="temperature=, top_p= or top_k= passed to an Anthropic Messages call "
        "(client.messages.create).",
        why="anthropic-python 1.0 removed them from messages.create: the call raises "
        "TypeError. The API still takes them for models before Claude 4.7 (Claude 4.7 and "
        "later reject a non-default value).",
        example='client.messages.create(model=m, max_tokens=300, temperature=0.2, messages=msgs)',
        use_instead='client.messages.create(model=m, max_tokens=300, extra_body={"temperature": '
        '0.2}, messages=msgs): the request body is the same.',
        fix="safe: the arguments move into extra_body= where they are written (the request "
        "the API gets does not change); manual where the call already passes extra_body= or "
        "**kwargs, its model is Claude 4.7 or later, or the layout cannot be edited. Not "
        "reported where the project pins anthropic below 1.0.",
        references=("https://github.com/anthropics/anthropic-sdk-python",),
    ),
    Rule(
        code="GM901",
        name="unused-suppression",
        summary="A `# noqa: GMxxx` or `# gptmigrate: ignore[GMxxx]` comment that suppresses "
        "nothing. Off by default (as ruff's RUF100): enable it with --extend-select GM901.",
        why="A stale suppression hides the next real finding on that line.",
        example='MODEL = "gpt-4o"  # noqa: GM001',
        use_instead='MODEL = "gpt-4o"',
        fix="manual: delete the code (or the comment).",
        references=(),
    ),
)

_BY_CODE: Dict[str, Rule] = {rule.code: rule for rule in RULES}
_BY_NAME: Dict[str, Rule] = {rule.name: rule for rule in RULES}


def get_rule(code_or_name: str) -> Optional[Rule]:
    """A rule by code (any case) or by readable name."""
    return _BY_CODE.get(code_or_name.upper()) or _BY_NAME.get(code_or_name.lower())


# Rules a broad selector ("GM", "GM9") does not turn on; only naming the rule itself does.
# Findings the API rewrites plan a fix for (legacy calls and v0 exceptions): only a file with one
# of these is parsed with libcst.
REWRITTEN_CODES = frozenset({"GM101", "GM102", "GM103", "GM104", "GM105", "GM110", "GM112", "GM201",
                             "GM202", "GM204", "GM206", "GM210", "GM211", "GM212", "GM213", "GM214"})
OFF_BY_DEFAULT = frozenset({"GM901"})


def needs_rewrite(findings: Iterable["Finding"]) -> bool:
    """Whether a finding waits for an API rewrite to be planned (only then is libcst imported)."""
    return any(f.code in REWRITTEN_CODES and f.fix is None for f in findings)


def explicitly_selected(code: str, selectors: Tuple[str, ...]) -> bool:
    """Whether an off-by-default rule was asked for by name, code or a prefix finer than "GM"."""
    return any(matches_selector(code, s) and len(s.strip()) > 2 for s in selectors)


def matches_selector(code: str, selector: str) -> bool:
    """ruff-style selection: 'GM' matches every rule, 'GM1' the GM1xx rules, 'GM101' one rule."""
    rule = get_rule(selector)
    if rule is not None:
        return rule.code == code
    return code.startswith(selector.upper())
