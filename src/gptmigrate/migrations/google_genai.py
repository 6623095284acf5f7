"""google-generativeai (GM211, with its PaLM calls GM111) -> google-genai, a module at a time.

The deprecated SDK configures a module-wide client and hangs calls on model objects:

    import google.generativeai as genai
    genai.configure(api_key=KEY)
    model = genai.GenerativeModel("gemini-x", system_instruction=S, generation_config={...})
    model.generate_content(prompt).text
    genai.embed_content(model="models/embedding-001", content=text)["embedding"]

google-genai has one client object and passes the model to each call:

    from google import genai
    client = genai.Client(api_key=KEY)
    client.models.generate_content(model="gemini-x", contents=prompt,
                                   config={"system_instruction": S, ...}).text
    client.models.embed_content(model=..., contents=text).embeddings[0].values

Because the import itself changes, a module is rewritten whole or not at all: every read of
the names the import binds (the module, or `configure`, `GenerativeModel` ... imported from
it) must be one of the shapes below, or every use stays manual and the GM211 finding says which
line keeps it so. Rewritten: `configure(api_key=...)` (the client takes its place, at module
level or in a block whose later statements make every call; without one, `genai.Client()`
after the import reads GOOGLE_API_KEY as configure did); `m = GenerativeModel(model,
system_instruction=, generation_config=)` with `m` read only by `m.generate_content(contents[,
generation_config=][, stream=True])` (the construction keeps only its model name and the
settings move into each call, so they must read the same there: literals, or names bound
once); responses read only as `.text` / `.usage_metadata.<count>`, streams iterated once by a
for loop reading `.text`; `GenerationConfig(...)` -> `genai.types.GenerateContentConfig(...)`;
`embed_content(model=, content=, task_type=, title=, output_dimensionality=)` and PaLM's
`generate_embeddings(model=, text=)` with `["embedding"]` read where the content is surely one
string (also a parameter whose callers are all in sight and pass one, `_caller_values`, or a
loop variable over a display of strings); `m.count_tokens(contents).total_tokens` on a model
without a system instruction;
google.api_core.exceptions caught around the calls that move -> google.genai.errors'
(API_CORE_ERRORS: the same HTTP status, tested on `.code` where the old class meant one).
Manual, with the reason: chat sessions, PaLM text and chat (no served Gemini target
the table trusts), tools, safety settings, async calls, responses leaving the
function, model objects kept in attributes (other than `self.model` read in the class's
methods, which another module may construct and call but not read `.model` of:
`project.instance_reads_elsewhere`) or imported by another module, a retired model the table
has no served target for. A module left manual keeps its calls' model renames back
(`_hold_models`).

Checked on google-genai 3.6.1 (`Models.generate_content(*, model, contents, config=None)`,
`embed_content(*, model, contents, config=None)`, `EmbedContentConfig(task_type, title,
output_dimensionality)`, `GenerateContentConfig(system_instruction, temperature, top_p, top_k,
candidate_count, max_output_tokens, stop_sequences, response_mime_type, presence_penalty,
frequency_penalty, seed ...)`; `t_model` prefixes "models/" as the old SDK did; `Client()`
reads GOOGLE_API_KEY, then GEMINI_API_KEY) and google-generativeai 0.5.4 (`GenerativeModel(
model_name="gemini-pro", safety_settings, generation_config, tools, tool_config,
system_instruction)`, `embed_content(model, content, task_type, title,
output_dimensionality)` returning {"embedding": [...]} for one content and a list of vectors
for a list, task types by alias: "retrieval_document", "document" ...). Execution cases:
tests/execution/providers/gemini_*; fixtures: tests/fixtures/GM211-google-generativeai-sdk.
"""

from __future__ import annotations

import ast
import builtins
import io
import re
import tokenize
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Dict, List, Optional, Set, Tuple

from gptmigrate import project
from gptmigrate.migrations.base import Uncertain
from gptmigrate.types import Edit, Finding, Fix, FixSafety

if TYPE_CHECKING:
    from gptmigrate.rewrite import Planner
    from gptmigrate.semantic import Semantics
    from gptmigrate.table import Resolution

CODE = "GM211"
PALM_CODE = "GM111"
FIXTURES = ("GM211-google-generativeai-sdk",)
MODULE = "google.generativeai"
# GenerationConfig fields google-genai's GenerateContentConfig takes under the same name.
GENERATION_FIELDS = frozenset({"temperature", "top_p", "top_k", "candidate_count",
                               "max_output_tokens", "stop_sequences", "response_mime_type",
                               "presence_penalty", "frequency_penalty", "seed"})
# google-generativeai's task type aliases (embedding._EMBEDDING_TASK_TYPE) -> the API's names,
# which google-genai sends as they are.
TASK_TYPES = {
    "task_type_unspecified": "TASK_TYPE_UNSPECIFIED", "unspecified": "TASK_TYPE_UNSPECIFIED",
    "retrieval_query": "RETRIEVAL_QUERY", "query": "RETRIEVAL_QUERY",
    "retrieval_document": "RETRIEVAL_DOCUMENT", "document": "RETRIEVAL_DOCUMENT",
    "semantic_similarity": "SEMANTIC_SIMILARITY", "similarity": "SEMANTIC_SIMILARITY",
    "classification": "CLASSIFICATION", "clustering": "CLUSTERING",
    "question_answering": "QUESTION_ANSWERING", "qa": "QUESTION_ANSWERING",
    "fact_verification": "FACT_VERIFICATION", "verification": "FACT_VERIFICATION",
}
# Response attributes both SDKs give the same meaning.
RESPONSE_READS = frozenset({"text", "usage_metadata"})
USAGE_READS = frozenset({"prompt_token_count", "candidates_token_count", "total_token_count"})
PALM_EMBEDDING_DEFAULT = "models/embedding-gecko-001"
# Names `from google.generativeai import ...` may bring in for a module to be rewritten.
FROM_NAMES = frozenset({"configure", "GenerativeModel", "GenerationConfig", "embed_content",
                        "generate_embeddings"})
PALM_MANUAL = {
    "generate_text": "PaLM text generation: its models are shut down and the table names no "
                     "served Gemini model to move to; rewrite it as client.models."
                     "generate_content(model=<a served Gemini model>, contents=prompt).text",
    "chat": "a PaLM chat: rewrite it as client.chats.create(model=<a served Gemini model>)"
            ".send_message(message).text",
}
# google.api_core.exceptions' classes (google-generativeai and vertexai raise them; google-api-core
# is not installed with google-genai) -> what google-genai raises for the same response:
# (google.genai.errors class, the HTTP status a clause must test or None, the API's status
# string it must test or None). google-genai raises ClientError for a 4xx, ServerError for a
# 5xx, APIError otherwise, each with .code (the HTTP status) and .status (the error's status
# string); a gRPC class that shares its HTTP status with siblings (InvalidArgument,
# FailedPrecondition and OutOfRange are all 400) is told apart by that string.
API_CORE_ERRORS: Dict[str, Tuple[str, Optional[int], Optional[str]]] = {
    "GoogleAPIError": ("APIError", None, None), "GoogleAPICallError": ("APIError", None, None),
    "ClientError": ("ClientError", None, None), "ServerError": ("ServerError", None, None),
    "BadRequest": ("ClientError", 400, None),
    "InvalidArgument": ("ClientError", 400, "INVALID_ARGUMENT"),
    "FailedPrecondition": ("ClientError", 400, "FAILED_PRECONDITION"),
    "OutOfRange": ("ClientError", 400, "OUT_OF_RANGE"),
    "Unauthorized": ("ClientError", 401, None), "Unauthenticated": ("ClientError", 401, None),
    "Forbidden": ("ClientError", 403, None), "PermissionDenied": ("ClientError", 403, None),
    "NotFound": ("ClientError", 404, None), "MethodNotAllowed": ("ClientError", 405, None),
    "Conflict": ("ClientError", 409, None),
    "AlreadyExists": ("ClientError", 409, "ALREADY_EXISTS"),
    "Aborted": ("ClientError", 409, "ABORTED"),
    "LengthRequired": ("ClientError", 411, None), "PreconditionFailed": ("ClientError", 412, None),
    "RequestRangeNotSatisfiable": ("ClientError", 416, None),
    "TooManyRequests": ("ClientError", 429, None), "ResourceExhausted": ("ClientError", 429, None),
    "Cancelled": ("ClientError", 499, None),
    "InternalServerError": ("ServerError", 500, None),
    "Unknown": ("ServerError", 500, "UNKNOWN"), "DataLoss": ("ServerError", 500, "DATA_LOSS"),
    "MethodNotImplemented": ("ServerError", 501, None), "BadGateway": ("ServerError", 502, None),
    "ServiceUnavailable": ("ServerError", 503, None), "GatewayTimeout": ("ServerError", 504, None),
    "DeadlineExceeded": ("ServerError", 504, None),
}
API_CORE = "google.api_core"
# Attributes of a caught error that mean the same in both SDKs (the HTTP status, the message).
ERROR_READS = frozenset({"code", "message"})
# Google libraries whose calls raise no google.api_core exception (or that the rewrite moves).
QUIET_GOOGLE = ("google.auth", "google.oauth2", "google.protobuf", "google.colab", "google.genai",
                MODULE)
_WORD = r"(?<![\w.]){}(?!\w)"
# Names that say a value holds a conversation (turns), not one prompt.
_TURNS = re.compile(r"(?i)messages|history|turns|conversation|dialog|chat")


# Methods that change a dict or a list in place.
_MUTATORS = frozenset({"update", "pop", "popitem", "setdefault", "clear", "append", "extend",
                       "insert", "remove"})


@dataclass
class _Model:
    """One `m = genai.GenerativeModel(...)` and the calls on `m`."""

    statement: ast.Assign
    call: ast.Call
    model: ast.expr
    entries: List[Tuple[str, str]]  # config entries ("system_instruction", source) in order
    config: Optional[ast.expr] = None  # a generation_config passed as a whole (a name)
    calls: List[ast.Call] = field(default_factory=list)
    refs: Dict[int, str] = field(default_factory=dict)  # call -> how it names the model
    # the instance attribute the settings are kept on where they cannot be read again at
    # each call (`self.model = GenerativeModel(name, generation_config=dict(temperature=t))`
    # in __init__ -> `self.model = name` and `self.<stored> = {"temperature": t}`)
    stored: str = ""


def module_fix(planner: "Planner", finding: Finding) -> Finding:
    """The GM211 finding with the module's rewrite, or with why it is not rewritten."""
    sem = planner.sem
    try:
        statement = _import_statement(sem, finding)
        if statement is None:
            return finding
        fix = _Rewrite(planner, statement).plan()
    except Uncertain as exc:
        _hold_models(planner, finding)
        return replace(finding, message=f"{finding.message}. Not rewritten: {exc}")
    return replace(finding, fix_safety=FixSafety.UNSAFE, fix=fix)


# The SDK's calls that name a model, and where: (keyword, position) of the model.
MODEL_ARGUMENTS = {"GenerativeModel": ("model_name", 0), "embed_content": ("model", 0),
                   "generate_embeddings": ("model", 0), "generate_text": ("model", None),
                   "chat": ("model", None), "count_text_tokens": ("model", None)}


def _hold_models(planner: "Planner", finding: Finding) -> None:
    """The module stays on google-generativeai: the model names its calls send keep their
    renames back (`Planner.held`). A renamed embedding model is a new vector space, and the
    GM211 fix renames each model with its call; renaming one alone changes the files while
    the module stays where it was."""
    sem = planner.sem
    for call in ast.walk(sem.tree):
        if not isinstance(call, ast.Call):
            continue
        name = next((n for n in sem.call_names(call) if n.startswith(MODULE + ".")
                     and n[len(MODULE) + 1:] in MODEL_ARGUMENTS), None)
        if name is None:
            continue
        keyword, position = MODEL_ARGUMENTS[name[len(MODULE) + 1:]]
        value = next((k.value for k in call.keywords if k.arg == keyword), None)
        if value is None and position is not None and len(call.args) > position \
                and not isinstance(call.args[position], ast.Starred):
            value = call.args[position]
        if value is None:
            continue
        base: ast.AST = value
        while isinstance(base, (ast.Attribute, ast.Subscript)):
            base = base.value
        scope = sem.scope_of(base) if isinstance(base, ast.Name) else sem.names.module
        sources = sem.detector.value_sources(value, scope)
        for literal in sources[0] if sources is not None else []:
            line = literal.lineno
            column = sem.index.column(line, literal.col_offset) + 1
            planner.held.setdefault((line, column), (
                f"{name[len(MODULE) + 1:]}() on line {call.lineno} sends it and stays on "
                f"google-generativeai (the GM211 fix on line {finding.start.line} is manual): "
                f"rename it when the module moves to google-genai"))


def covered(finding: Finding, planned: List[Finding]) -> Finding:
    """A PaLM call (GM111) the module's rewrite (a GM211 fix planned before it) moves too
    says so: that fix is the way to fix it."""
    here = (finding.start.line, finding.start.column)
    for other in planned:
        if other.code == CODE and other.fix is not None and any(
                (edit.start_pos.line, edit.start_pos.column) <= here
                < (edit.end_pos.line, edit.end_pos.column) for edit in other.fix.edits):
            return replace(finding, message=f"{finding.message}. Rewritten with the module by "
                                            f"the GM211 fix on line {other.start.line}")
    return finding


def _import_statement(sem: "Semantics", finding: Finding) -> Optional[ast.stmt]:
    start = sem.index.offset(finding.start.line, finding.start.column - 1)
    return next((node for node in ast.walk(sem.tree)
                 if isinstance(node, (ast.Import, ast.ImportFrom))
                 and sem.span(node)[0] <= start < sem.span(node)[1]), None)


class _Rewrite:
    def __init__(self, planner: "Planner", statement: ast.stmt) -> None:
        self.planner = planner
        self.sem = planner.sem
        self.statement = statement
        self.edits: List[Edit] = []
        self.notes: List[str] = []
        self.consumed: Set[int] = set()  # reads of the module inside a construct handled whole
        self.streams: Set[int] = set()  # generate_content calls with stream=True
        self.counts: Set[int] = set()  # count_tokens calls
        self.client_sites: List[ast.Call] = []  # calls that become client.models.<method>
        self.bound: Dict[str, str] = {}  # what the import binds (see _bindings)
        self.owner_class: Optional[ast.ClassDef] = None  # a model object kept on `self`
        self.owner_client = False  # the client is `self.<client>`, made in __init__
        # class -> attributes of its instances that held the SDK's objects (self.model ...)
        self.kept_on: Dict[str, Set[str]] = {}
        self.not_string = ""  # why a parameter may not hold one string (its callers)

    # -- the whole module ----------------------------------------------------------------------

    # What a subclass for another deprecated SDK (vertex_genai) changes.
    CONFIGURE = "configure"  # the function whose call becomes the client
    # whether the SDK's safety settings are google-genai's SafetySetting list (google.
    # generativeai's {"HARASSMENT": "BLOCK_NONE"} shortcuts are not)
    SAFETY_SETTINGS = False
    PROVIDER = "google"  # the table's rows of the models it calls
    SDK_WORDS: Tuple[str, ...] = ("generativeai",)  # how other modules spell the SDK
    MODELS_PAGE = "ai.google.dev/gemini-api/docs/models"

    def plan(self) -> Fix:
        sem = self.sem
        uses = self._uses()
        if not uses:
            raise Uncertain("the module is imported but not used here")
        modules = [local for local, imported in self.bound.items() if not imported]
        if "genai" in modules or not re.search(_WORD.format("genai"), sem.text):
            self.genai = "genai"
        elif modules:
            self.genai = modules[0]
        else:
            raise Uncertain("the name genai is taken here; import google-genai by hand")
        self.client = self._client_name()
        configure: Optional[ast.Call] = None
        models: Dict[int, _Model] = {}
        for read, local, imported in sorted(uses, key=lambda u: (u[0].lineno, u[0].col_offset)):
            if id(read) in self.consumed:
                continue
            up: ast.AST = read
            attr = imported
            if not imported:  # the module: genai.<attr>(...)
                up = sem.parent(read)  # type: ignore[assignment]
                attr = up.attr if isinstance(up, ast.Attribute) and up.value is read else ""
                if attr == "types" and isinstance(sem.parent(up), ast.Attribute):
                    up = sem.parent(up)  # genai.types.GenerationConfig
                    attr = f"types.{up.attr}"  # type: ignore[union-attr]
            if imported and self._attribute_use(read, imported) or not imported and \
                    isinstance(up, ast.Attribute) and self._attribute_use(up, "." + attr):
                continue
            call = sem.parent(up) if attr else None
            if not (isinstance(call, ast.Call) and call.func is up):
                raise Uncertain(f"line {read.lineno}: {local} is used otherwise than by a call "
                                f"of one of its functions; move it by hand")
            where = f"line {read.lineno}: {local}" + ("" if imported else f".{attr}")
            if attr == self.CONFIGURE:
                if configure is not None:
                    raise Uncertain(f"{where} is called twice")
                configure = call
            elif attr == "GenerativeModel":
                model = self._model(call, where)
                models[id(model.statement)] = model
            elif attr in ("GenerationConfig", "types.GenerationConfig"):
                self._config_object(call, where)
            else:
                self._other(attr, call, where)
        self._instances_elsewhere()
        self.owner_client = configure is not None and self._configured_in_init(configure)
        for model in models.values():
            self._model_edits(model)
        self._client(configure)
        self.edits.extend(self._import_edits())
        self._api_core()
        self.edits = self._composed(self.edits)
        for left, right in zip(self.edits, self.edits[1:]):
            if right.start < left.end:
                raise Uncertain("two rewritten calls overlap (one inside the other); move them "
                                "by hand")
        return Fix(FixSafety.UNSAFE, tuple(self.edits),
                   f"Move to google-genai: from google import genai; {self.client} = "
                   f"genai.Client(...); {self.client}.models.generate_content("
                   f"model=..., contents=...) / embed_content(model=..., contents=...)"
                   + "".join(f"; {note}" for note in self.notes)
                   + " (pip install google-genai)")

    def _composed(self, edits: List[Edit]) -> List[Edit]:
        """The edits in order, each one inside a rewritten call (`Part.from_text(...)` in the
        contents a new call copies) applied to the copy instead: the original text it replaces
        must occur once there."""
        out: List[Edit] = []
        for edit in sorted(edits, key=lambda e: (e.start, -e.end)):
            outer = next((o for o in out if o.start <= edit.start < edit.end <= o.end
                          and (o.start, o.end) != (edit.start, edit.end)), None)
            if outer is None:
                out.append(edit)
                continue
            original = self.sem.text[edit.start:edit.end]
            if outer.content.count(original) != 1:
                raise Uncertain("two rewritten calls overlap (one inside the other); move "
                                "them by hand")
            out[out.index(outer)] = replace(outer, content=outer.content.replace(
                original, edit.content))
        return out

    def _uses(self) -> List[Tuple[ast.Name, str, str]]:
        """Every read of what the SDK's import binds: (read, local name, imported name or "")."""
        sem = self.sem
        imports = [node for node in ast.walk(sem.tree) if _imports_genai(node)]
        if len(imports) != 1:
            raise Uncertain("google.generativeai is imported more than once here; move the "
                            "module to google-genai by hand")
        self.bound = self._bindings()
        return self._reads_of(self.bound)

    def _reads_of(self, bound: Dict[str, str]) -> List[Tuple[ast.Name, str, str]]:
        sem = self.sem
        uses: List[Tuple[ast.Name, str, str]] = []
        for local, imported in bound.items():
            self.planner.needs_whole_module(local)  # every use must be seen
            key = (sem.names.module, local)
            if len(sem.sites(key)) != 1:
                raise Uncertain(f"{local} is bound more than once in the module")
            uses.extend((read, local, imported) for read in sem.reads(key))
        return uses

    def _attribute_use(self, read: ast.expr, imported: str) -> bool:
        """Whether a subclass handled the read of an imported class's attribute
        (`TextEmbeddingModel.from_pretrained`), or of a module's class (`read` is then the
        attribute, `imported` its name after a dot: `gm.Part` -> ".Part");
        google.generativeai's names are called."""
        return False

    def _other(self, attr: str, call: ast.Call, where: str) -> None:
        """A call of the SDK other than configure, GenerativeModel and GenerationConfig."""
        if attr == "embed_content":
            self._embedding(call, where, "content", palm=False)
        elif attr == "generate_embeddings":
            self._embedding(call, where, "text", palm=True)
        elif attr in PALM_MANUAL:
            raise Uncertain(f"{where} is {PALM_MANUAL[attr]}; then run --unsafe-fixes "
                            f"again for the rest of the module")
        else:
            raise Uncertain(f"{where} has no rewrite here (google-genai: see "
                            f"ai.google.dev/gemini-api/docs/migrate); move the module by "
                            f"hand")

    def _client_hint(self) -> str:
        return "api_key=..."

    def _converted(self, value: ast.expr) -> str:
        """A setting the model's construction holds, as each call's config will spell it
        (the construction's text goes, so the SDK's names in it are rewritten here)."""
        return self.sem.source(value)

    def _safety_settings(self, value: ast.expr, where: str) -> str:
        """What a `safety_settings=` value becomes in config={...} (SAFETY_SETTINGS only)."""
        raise Uncertain(f"{where}: safety_settings= is not rewritten")

    def _contents(self, contents: ast.expr, where: str) -> None:
        """The contents are one string (or, given as a list, the parts of one user turn):
        google-generativeai's turns (`[{"role": "user", "parts": [text]}]`, plain strings as
        parts) fail google-genai's validation. A name is followed to a list it is bound to, and
        one that is filled elsewhere (appended to, or bound to a comprehension) stays manual."""
        sem = self.sem
        value: ast.expr = contents
        if isinstance(contents, ast.Name):
            key = sem.binding_of(contents)
            sites = sem.sites(key)
            values = [sem.parent(site).value for site in sites  # type: ignore[union-attr]
                      if isinstance(sem.parent(site), (ast.Assign, ast.AnnAssign))
                      and sem.parent(site).value is not None]  # type: ignore[union-attr]
            filled = any(isinstance(sem.parent(read), ast.Attribute)
                         and sem.parent(read).attr in ("append", "extend", "insert")  # type: ignore
                         for read in sem.reads(key))
            lists = [v for v in values if isinstance(v, (ast.List, ast.Tuple, ast.Dict,
                                                         ast.ListComp))]
            unknown = not lists and not self._one_string(contents) and _TURNS.search(
                contents.id) is not None  # `messages = build(history)`, `def ask(history)`
            if filled or unknown or len(lists) > 1 or lists and len(sites) > 1:
                raise Uncertain(f"{where}.generate_content: the contents ({contents.id}) may be "
                                f"a list of turns built elsewhere (google-generativeai's "
                                f"`{{\"role\": ..., \"parts\": [text]}}` fails in google-genai); "
                                f"pass google-genai's types.Content by hand")
            if lists:
                value = lists[0]
        if isinstance(value, (ast.List, ast.Tuple)) and value.elts and all(
                self._content_part(element) for element in value.elts):
            return  # strings (and parts) as the parts of one user turn, in both SDKs
        if isinstance(value, (ast.Dict, ast.List, ast.Tuple, ast.ListComp)):
            raise Uncertain(f"{where}.generate_content: contents given as a list or dict "
                            f"(parts as plain strings are google-generativeai's shape); pass "
                            f"google-genai's types.Content by hand")

    def _content_part(self, value: ast.expr) -> bool:
        """Whether an element of a contents list is surely one part of the user's turn."""
        return self._one_string(value)

    def _constant_member(self, value: ast.Attribute) -> bool:
        """Whether an attribute is an enum member of the SDK (`HarmCategory.X`)."""
        return False

    def _stable_call(self, value: ast.Call) -> bool:
        """Whether a call in a setting builds a settings object (read again at each call)."""
        return self._is_generation_config(value.func) or self._builtin_dict(value)

    def _bindings(self) -> Dict[str, str]:
        """The names the import binds: local name -> the name imported from
        google.generativeai ("" for the module itself)."""
        statement = self.statement
        if self.sem.enclosing_function(statement) is not None \
                or self.sem.parent(statement) is not self.sem.tree:
            raise Uncertain("google.generativeai is imported inside a function or a block; "
                            "move the module by hand")
        if "#" in self.sem.source(statement):
            raise Uncertain("the import holds a comment")
        names: List[ast.alias] = statement.names  # type: ignore[attr-defined]
        if isinstance(statement, ast.ImportFrom) and statement.module == MODULE:
            unknown = [a.name for a in names if a.name not in FROM_NAMES]
            if unknown:
                raise Uncertain(f"{unknown[0]} imported from google.generativeai has no rewrite "
                                f"here; move the module by hand")
            return {a.asname or a.name: a.name for a in names}
        if len(names) != 1:
            raise Uncertain("the import names more than google.generativeai; split it first")
        alias = names[0]
        if isinstance(statement, ast.Import) and (alias.asname is None or alias.name != MODULE):
            raise Uncertain("`import google.generativeai` without `as` (or a submodule): its "
                            "uses spell the package path; move them by hand")
        return {alias.asname or "generativeai": ""}

    def _client_name(self) -> str:
        text = self.sem.text
        others = re.search(r"\b(openai|anthropic)\b", text)
        for name in ("client", "genai_client"):
            if not re.search(_WORD.format(name), text) and not (name == "client" and others):
                return name
        raise Uncertain("the names client and genai_client are taken; create "
                        "genai.Client() by hand")

    def _import_edits(self) -> List[Edit]:
        start, end = self.sem.span(self.statement)
        return [self.sem.edit(start, end, self._genai_import())]

    def _genai_import(self) -> str:
        return "from google import genai" + ("" if self.genai == "genai" else f" as {self.genai}")

    def _client(self, configure: Optional[ast.Call]) -> None:
        """The client where configure() was (module level, or a block whose later statements
        make every call), or after the import when nothing is configured."""
        sem = self.sem
        new = f"{self.client} = {self.genai}.Client("
        if configure is None:
            end = sem.line_end(self.statement)
            newline = _newline(sem.text)
            before = "" if sem.text[:end].endswith("\n") else newline  # the import ends the file
            self.edits.append(sem.edit(end, end, f"{before}{new}{self._unconfigured()})"
                                                 f"{newline}"))
            return
        statement = sem.parent(configure)
        where = f"line {configure.lineno}: {self.CONFIGURE}()"
        self._configures_only_here(where)
        if not isinstance(statement, ast.Expr):
            raise Uncertain(f"{where} is used as a value; create {self.client} = "
                            f"genai.Client({self._client_hint()}) by hand")
        arguments = self._client_arguments(configure, where)
        function = sem.enclosing_function(statement)
        if self.owner_client:
            for site in self.client_sites:
                site_function = sem.enclosing_function(site)
                if _method_owner(sem, site_function) is not self.owner_class or (
                        site_function is function and not self._after_in_block(statement,
                                                                                site)):
                    raise Uncertain(f"{where} is called in {self.owner_class.name}.__init__ "  # type: ignore[union-attr]
                                    f"and line {site.lineno} calls the API outside the "
                                    f"class's methods or before it: create the client by hand")
            start, end = sem.span(configure)
            self.edits.append(sem.edit(start, end, f"{_first_parameter(function)}.{new}"
                                                   f"{arguments})"))
            return
        for site in self.client_sites:
            if function is None and sem.parent(statement) is sem.tree:
                if sem.enclosing_function(site) is None \
                        and sem.span(site)[0] < sem.span(statement)[0]:
                    raise Uncertain(f"{where} comes after a call it configures (line "
                                    f"{site.lineno}); move it up first")
            elif sem.enclosing_function(site) is not function \
                    or not self._after_in_block(statement, site):
                raise Uncertain(f"{where} is called inside a function or a block, and line "
                                f"{site.lineno} calls the API outside what follows it there: "
                                f"create {self.client} = genai.Client({self._client_hint()}) "
                                f"where every call can read it, by hand")
        start, end = sem.span(configure)
        self.edits.append(sem.edit(start, end, f"{new}{arguments})"))

    def _configured_in_init(self, configure: ast.Call) -> bool:
        """configure() stands in the __init__ of the class that keeps the model object, in
        its body (not a block), and no `.client`-like attribute is in use already."""
        sem = self.sem
        function = sem.enclosing_function(configure)
        statement = sem.parent(configure)
        return (self.owner_class is not None and isinstance(statement, ast.Expr)
                and isinstance(function, ast.FunctionDef) and function.name == "__init__"
                and _method_owner(sem, function) is self.owner_class
                and any(statement is node for node in function.body)
                and re.search(rf"\.{self.client}\b", sem.text) is None)

    def _configures_only_here(self, where: str) -> None:
        """configure() / init() set the SDK up for the whole process: the client that takes
        their place serves only this module's calls, so code elsewhere must not rely on them."""
        if not self.client_sites:
            raise Uncertain(f"{where} sets the SDK up for code elsewhere (no call here would "
                            f"read the client it becomes): keep it until the modules that call "
                            f"the SDK move, then create genai.Client({self._client_hint()}) "
                            f"where they read it")
        path = self.planner.path
        if path is not None:
            other = project.other_user(path, self.SDK_WORDS)
            project.consulted(path.parent)
            if other is not None:
                raise Uncertain(f"{where} may also set the SDK up for {other.name}, which uses "
                                f"it too: move that module first (or give it its own setup), "
                                f"then run --unsafe-fixes again")

    def _unconfigured(self) -> str:
        """The client's arguments where the SDK was never configured: google-genai's Client()
        reads GOOGLE_API_KEY as configure() did."""
        return ""

    def _client_arguments(self, configure: ast.Call, where: str) -> str:
        if configure.args or any(k.arg != "api_key" for k in configure.keywords):
            raise Uncertain(f"{where} takes more than api_key= (transport, client_options ...): "
                            f"pass the equivalent http_options to genai.Client by hand")
        return ", ".join(self.sem.source(k) for k in configure.keywords)

    def _after_in_block(self, statement: ast.stmt, node: ast.AST) -> bool:
        """Whether `node` is inside a statement that follows `statement` in its block."""
        sem = self.sem
        block = sem.parent(statement)
        siblings = next((value for value in vars(block).values()  # type: ignore[arg-type]
                         if isinstance(value, list) and statement in value), [])
        later = siblings[siblings.index(statement) + 1:] if statement in siblings else []
        current: Optional[ast.AST] = node
        while current is not None and sem.parent(current) is not block:
            current = sem.parent(current)
        return current is not None and any(current is other for other in later)

    # -- google.api_core's exceptions ----------------------------------------------------------

    def _own_imports(self) -> List[ast.stmt]:
        """The imports the rewrite replaces."""
        return [self.statement]

    def _api_core(self) -> None:
        """google.api_core.exceptions caught around the calls that move: google-api-core is not
        installed with google-genai (the import would fail) and google-genai raises google.genai.
        errors' classes, so the import becomes `from google.genai import errors` and each except
        clause catches what google-genai raises for the same response (API_CORE_ERRORS), testing
        .code / .status where the old class stood for one status. Every other use stays manual:
        the whole module does."""
        sem = self.sem
        self.planner.needs_whole_module("api_core")
        imports = [node for node in ast.walk(sem.tree) if _imports_api_core(node)]
        if not imports:
            return
        bound: Dict[str, str] = {}  # local name -> the class, "" for the exceptions module
        for statement in imports:
            bound.update(self._api_core_names(statement))
        clauses: Dict[int, List[Tuple[ast.expr, str]]] = {}  # handler -> (node, class) in it
        handlers: Dict[int, ast.ExceptHandler] = {}
        for local, imported in bound.items():
            self.planner.needs_whole_module(local)
            key = (sem.names.module, local)
            if len(sem.sites(key)) != 1:
                raise Uncertain(f"{local} (from {API_CORE}) is bound more than once in the "
                                f"module; move its except clauses to google.genai.errors by hand")
            for read in sem.reads(key):
                node: ast.expr = read
                name = imported
                if not imported:  # exceptions.ResourceExhausted
                    up = sem.parent(read)
                    if not (isinstance(up, ast.Attribute) and up.value is read
                            and up.attr in API_CORE_ERRORS):
                        raise Uncertain(f"line {read.lineno}: {local} ({API_CORE}.exceptions) is "
                                        f"used otherwise than as one of its error classes "
                                        f"google-genai has a counterpart for; google-api-core "
                                        f"is not installed with google-genai: change it by hand")
                    node, name = up, up.attr
                handler = self._handler_of(node, name)
                handlers[id(handler)] = handler
                clauses.setdefault(id(handler), []).append((node, name))
        if not clauses:
            self._api_core_imports(imports, "")
            return
        self._quiet_google(imports)
        errors = self._free_name(("errors", "genai_errors"), "the google.genai.errors module")
        api = {id(node): name for found in clauses.values() for node, name in found}
        caught = [self._except_clause(handlers[key], api, errors) for key in clauses]
        self._api_core_imports(imports, errors)
        self.notes.append(f"google.api_core's exceptions (google-api-core is not installed with "
                          f"google-genai) -> google.genai.errors: {'; '.join(caught)}")

    def _api_core_names(self, statement: ast.stmt) -> Dict[str, str]:
        """What one import of google.api_core binds: local name -> class ("" for the module)."""
        sem = self.sem
        where = f"line {statement.lineno}"
        if sem.parent(statement) is not sem.tree:
            raise Uncertain(f"{where}: {API_CORE} is imported inside a function or a block; it "
                            f"is not installed with google-genai: move its uses to google.genai."
                            f"errors by hand")
        names: List[ast.alias] = statement.names  # type: ignore[attr-defined]
        if isinstance(statement, ast.ImportFrom) and statement.module == f"{API_CORE}.exceptions":
            out = {}
            for alias in names:
                local = alias.asname or alias.name
                if alias.name in API_CORE_ERRORS:
                    out[local] = alias.name
                elif alias.name == "*" or sem.reads((sem.names.module, local)):
                    raise Uncertain(f"{where}: {alias.name} from {API_CORE}.exceptions has no "
                                    f"counterpart among google-genai's errors (APIError, "
                                    f"ClientError, ServerError); google-api-core is not "
                                    f"installed with google-genai: change its uses by hand")
            return out
        if isinstance(statement, ast.ImportFrom) and statement.module == API_CORE \
                and all(alias.name == "exceptions" for alias in names):
            return {alias.asname or alias.name: "" for alias in names}
        if isinstance(statement, ast.Import) and len(names) == 1 \
                and names[0].name == f"{API_CORE}.exceptions" and names[0].asname:
            return {names[0].asname: ""}
        raise Uncertain(f"{where}: `{sem.source(statement)}` needs google-api-core, which is "
                        f"not installed with google-genai (only `from {API_CORE}.exceptions "
                        f"import X`, `from {API_CORE} import exceptions` and `import {API_CORE}."
                        f"exceptions as name` are moved, to google.genai.errors; retries: genai."
                        f"types.HttpRetryOptions): change it by hand")

    def _handler_of(self, node: ast.expr, name: str) -> ast.ExceptHandler:
        """The except clause `node` names a caught class in, around a call that moves."""
        sem = self.sem
        up = sem.parent(node)
        handler = sem.parent(up) if isinstance(up, ast.Tuple) else up
        code = self._target_text(name)
        if not (isinstance(handler, ast.ExceptHandler) and (
                handler.type is node or isinstance(up, ast.Tuple) and handler.type is up)):
            raise Uncertain(f"line {node.lineno}: {sem.source(node)} ({API_CORE}.exceptions) is "
                            f"used otherwise than as a class an except clause catches "
                            f"(isinstance, raise, a tuple kept in a name ...); google-api-core "
                            f"is not installed with google-genai, which raises google.genai."
                            f"errors.{code} for it: change it by hand")
        statement = sem.parent(handler)
        if not isinstance(statement, ast.Try) or not self._guards_moved_call(statement):
            raise Uncertain(f"line {handler.lineno}: `except {sem.source(handler.type)}` "  # type: ignore[arg-type]
                            f"guards no call this fix moves to google-genai, so its "
                            f"{API_CORE} error may come from another library: move it to "
                            f"google.genai.errors.{code} by hand if it is the Gemini API's")
        return handler

    def _target_text(self, name: str) -> str:
        cls, status, word = API_CORE_ERRORS[name]
        tests = [f".code == {status}"] if status else []
        tests += [f'.status == "{word}"'] if word else []
        return cls + (f" with {' and '.join(tests)}" if tests else "")

    def _guards_moved_call(self, statement: ast.Try) -> bool:
        """Whether the try's body makes a call the fix moves, itself or through a function of
        this module called there (by name)."""
        sem = self.sem
        sites = {id(site) for site in self.client_sites}
        functions = {node.name for node in sem.tree.body
                     if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                     and any(id(inner) in sites for inner in ast.walk(node))
                     and len(sem.sites((sem.names.module, node.name))) == 1}
        for part in statement.body:
            for node in ast.walk(part):
                if id(node) in sites or isinstance(node, ast.Call) and isinstance(
                        node.func, ast.Name) and node.func.id in functions \
                        and sem.binding_of(node.func) == (sem.names.module, node.func.id):
                    return True
        return False

    def _quiet_google(self, imports: List[ast.stmt]) -> None:
        """No other Google library is imported here: its calls would raise google.api_core's
        exceptions, which the rewritten clauses no longer catch."""
        own = {id(node) for node in imports + self._own_imports()}
        for node in ast.walk(self.sem.tree):
            if id(node) in own or not isinstance(node, (ast.Import, ast.ImportFrom)) \
                    or getattr(node, "level", 0):
                continue
            modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [
                f"{node.module}.{a.name}" for a in node.names]  # type: ignore[union-attr]
            other = next((m for m in modules if m.split(".")[0] in ("google", "googleapiclient")
                          and not m.startswith(QUIET_GOOGLE)), None)
            if other is not None:
                raise Uncertain(f"line {node.lineno}: the module also uses {other}, whose "
                                f"errors are {API_CORE}'s too: its except clauses may be meant "
                                f"for it; move the Gemini calls' clauses to google.genai.errors "
                                f"by hand")

    def _free_name(self, names: Tuple[str, ...], what: str) -> str:
        name = next((n for n in names if not re.search(_WORD.format(n), self.sem.text)), None)
        if name is None:
            raise Uncertain(f"the names {' and '.join(names)} are taken; import {what} by hand")
        return name

    def _except_clause(self, handler: ast.ExceptHandler, api: Dict[int, str],
                       errors: str) -> str:
        """The edits that make one except clause catch google-genai's errors; what it says."""
        sem = self.sem
        assert handler.type is not None
        elements = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        wholes: List[str] = []  # classes caught whole, as written
        tests: List[Tuple[str, int, Optional[str]]] = []
        order: List[str] = []  # every class, in the clause's order
        for element in elements:
            if id(element) not in api:
                wholes.append(sem.source(element))
                order.append(wholes[-1])
                continue
            cls, status, word = API_CORE_ERRORS[api[id(element)]]
            order.append(f"{errors}.{cls}")
            if status is None:
                wholes.append(f"{errors}.{cls}")
            else:
                tests.append((f"{errors}.{cls}", status, word))
        # a class caught whole catches its tests too (APIError every one)
        covering = {w for w in wholes if w.startswith(f"{errors}.")}
        tests = [t for t in tests if t[0] not in covering and f"{errors}.APIError" not in covering]
        classes: List[str] = []
        for cls in order:
            if cls not in classes and (cls in wholes or any(t[0] == cls for t in tests)):
                classes.append(cls)
        caught = classes[0] if len(classes) == 1 else f"({', '.join(classes)})"
        name = handler.name
        where = f"line {handler.lineno}: except {sem.source(handler.type)}"
        if name is not None:
            self._error_reads(handler, name, where)
        start, end = sem.span(handler.type)
        said = f"{where} -> except {caught}"
        if not tests:
            self.edits.append(sem.edit(start, end, caught))
            return said
        self._followed_by_catchers(handler, {cls[len(errors) + 1:] for cls, _, _ in tests},
                                   api, where)
        if name is None:
            name = self._free_name(("genai_error", "api_error"), "the caught error's name")
            self.edits.append(sem.edit(start, end, f"{caught} as {name}"))
        else:
            self.edits.append(sem.edit(start, end, caught))
        first = handler.body[0]
        line_start = sem.index.starts[first.lineno - 1]
        indent = sem.text[line_start:sem.span(first)[0]]
        if first.lineno == handler.lineno or indent.strip():
            raise Uncertain(f"{where}: its body shares a line with the clause; put it on lines "
                            f"of its own first")
        checks = [f"{name}.code == {status}" + (f' and {name}.status == "{word}"' if word else "")
                  for _, status, word in tests]
        others = [f"isinstance({name}, {cls})" for cls in wholes]
        codes = sorted({status for _, status, _ in tests})
        if not others and all(word is None for _, _, word in tests):
            caught_if = f"{name}.code == {codes[0]}" if len(codes) == 1 else \
                f"{name}.code in ({', '.join(map(str, codes))})"
            condition = caught_if.replace(" == ", " != ").replace(" in (", " not in (")
        else:
            caught_if = " or ".join(f"({check})" if " and " in check and len(others + checks) > 1
                                    else check for check in others + checks)
            condition = f"not ({caught_if})"
        newline = _newline(sem.text)
        self.edits.append(sem.edit(line_start, line_start,
                                   f"{indent}if {condition}:{newline}{indent}    raise{newline}"))
        return f"{said} as {name}, re-raised unless {caught_if}"

    def _error_reads(self, handler: ast.ExceptHandler, name: str, where: str) -> None:
        """The caught error is read as the error (printed, raised again, chained) or by the
        attributes both SDKs give the same meaning (.code, .message)."""
        for node in (n for statement in handler.body for n in ast.walk(statement)):
            if isinstance(node, ast.Name) and node.id == name:
                up = self.sem.parent(node)
                if isinstance(up, ast.Attribute) and up.attr not in ERROR_READS:
                    raise Uncertain(f"{where} as {name}: {name}.{up.attr} (line {up.lineno}) "
                                    f"has no counterpart of the same meaning on google.genai."
                                    f"errors.APIError (.code, .status, .message, .details: the "
                                    f"response's JSON); change it by hand")

    def _followed_by_catchers(self, handler: ast.ExceptHandler, tested: Set[str],
                              api: Dict[int, str], where: str) -> None:
        """A clause that re-raises what it no longer catches skips the try's later clauses:
        none of them may catch what it re-raises (an error of a `tested` class): they name
        builtin errors, or google.api_core classes that become the other google-genai class
        (ServerError after ClientError)."""
        statement = self.sem.parent(handler)
        later = statement.handlers[statement.handlers.index(handler) + 1:]  # type: ignore
        for other in later:
            types = [] if other.type is None else other.type.elts if isinstance(
                other.type, ast.Tuple) else [other.type]
            if other.type is None or not all(
                    self._builtin_error(t) or id(t) in api and API_CORE_ERRORS[api[id(t)]][0]
                    not in tested | {"APIError"} for t in types):
                raise Uncertain(f"{where}: google-genai raises one class for several HTTP "
                                f"statuses, so the clause must test .code and re-raise, which "
                                f"skips the later `except` on line {other.lineno}; merge them "
                                f"into one `except errors.ClientError as e:` testing e.code by "
                                f"hand")

    def _builtin_error(self, node: ast.expr) -> bool:
        """A builtin exception class that cannot catch google-genai's APIError."""
        sem = self.sem
        if not isinstance(node, ast.Name) or node.id in ("Exception", "BaseException") \
                or sem.sites((sem.names.module, node.id)):
            return False
        value = getattr(builtins, node.id, None)
        return isinstance(value, type) and issubclass(value, BaseException)

    def _api_core_imports(self, imports: List[ast.stmt], errors: str) -> None:
        """The first import becomes google.genai.errors' (none when nothing reads them); the
        others go, line and all."""
        sem = self.sem
        for index, statement in enumerate(sorted(imports, key=lambda n: n.lineno)):
            start, end = sem.span(statement)
            if index == 0 and errors:
                alias = "" if errors == "errors" else f" as {errors}"
                self._replace(start, end, f"from google.genai import errors{alias}")
                continue
            line_start = sem.index.starts[statement.lineno - 1]
            line_end = sem.line_end(statement)
            if sem.text[line_start:start].strip() or sem.text[end:line_end].strip():
                raise Uncertain(f"line {statement.lineno}: the {API_CORE} import shares its line "
                                f"with other code; put it on a line of its own first")
            self._replace(line_start, line_end, "")

    def _replace(self, start: int, end: int, content: str) -> None:
        """An edit of text the client's line may be inserted before (after the SDK's import):
        one edit holding both, the import line first."""
        sem = self.sem
        inserted = next((e for e in self.edits if e.start == e.end == start), None)
        if inserted is not None:
            self.edits.remove(inserted)
            newline = _newline(sem.text)
            if content and inserted.content.endswith(newline):
                content = content + newline + inserted.content[:-len(newline)]
            else:
                content = content + inserted.content
        self.edits.append(sem.edit(start, end, content))

    # -- GenerativeModel -------------------------------------------------------------------------

    def _object_name(self, call: ast.Call, where: str,
                     by_hand: str) -> Tuple[ast.Name, Tuple[object, str]]:
        """The one name a model object is assigned to (and its binding), which the rewrite
        follows to its calls; `by_hand` says what to write where it cannot."""
        sem = self.sem
        statement = sem.parent(call)
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)):
            raise Uncertain(f"{where}: the model object is not assigned to a name (an "
                            f"attribute, a return ...), so its calls cannot be followed: "
                            f"{by_hand} by hand")
        name = statement.targets[0]
        self.planner.needs_whole_module(name.id)
        self._not_imported_elsewhere(statement, name.id, where)
        key = sem.binding_of(name)
        if len(sem.sites(key)) != 1:
            raise Uncertain(f"{where}: {name.id} is assigned more than once")
        return name, key

    def _model(self, call: ast.Call, where: str) -> "_Model":
        sem = self.sem
        statement: ast.Assign = sem.parent(call)  # type: ignore[assignment]
        target = statement.targets[0] if isinstance(statement, ast.Assign) \
            and len(statement.targets) == 1 else None
        if isinstance(target, ast.Attribute):
            reads: List[ast.expr] = self._attribute_reads(statement, target, where)
            label = sem.source(target)
        else:
            name, key = self._object_name(call, where, "pass model= to each "
                                                       "client.models.generate_content")
            reads, label = list(sem.reads(key)), name.id
        model_arg = call.args[0] if call.args else next(
            (k.value for k in call.keywords if k.arg == "model_name"), None)
        if model_arg is None:
            raise Uncertain(f"{where}: no model is named, so the SDK's default is used "
                            f"(gemini-pro in 0.5, gemini-1.5-flash in 0.8, both retired): "
                            f"pass model=<a served Gemini model> by hand")
        if len(call.args) > 1 or any(k.arg is None for k in call.keywords):
            raise Uncertain(f"{where}: positional or ** arguments after the model; name them")
        entries: List[Tuple[str, str]] = []
        config: Optional[ast.expr] = None
        scope = sem.enclosing_function(statement)
        for keyword in call.keywords:
            if keyword.arg == "model_name":
                continue
            if keyword.arg == "system_instruction":
                entries.append(("system_instruction", self._converted(keyword.value)))
            elif keyword.arg == "generation_config":
                literal = self._generation_entries(keyword.value, where)
                if literal is None:
                    config = keyword.value
                else:
                    entries.extend(literal)
            elif keyword.arg == "safety_settings" and self.SAFETY_SETTINGS:
                entries.append(("safety_settings", self._safety_settings(keyword.value, where)))
            else:
                raise Uncertain(f"{where}: {keyword.arg}= is not rewritten (tools and safety "
                                f"settings change shape in google-genai): pass them in "
                                f"config=types.GenerateContentConfig(...) by hand")
        if config is not None and entries:
            raise Uncertain(f"{where}: generation_config is a name and other settings are set: "
                            f"build config={{...}} by hand")
        model = _Model(statement, call, model_arg, entries, config)
        if not reads:
            raise Uncertain(f"{where}: {label} is not used here (it may be used from "
                            f"another module)")
        for read in reads:
            site = self._model_call(read, model)
            model.calls.append(site)
            model.refs[id(site)] = sem.source(read)
        moved = [k.value for k in call.keywords if k.arg != "model_name"]
        if moved and (isinstance(target, ast.Attribute) or any(
                sem.enclosing_function(c) is not scope for c in model.calls)):
            try:
                for value in moved:
                    self._stable(value, None, where)
            except Uncertain:
                if not isinstance(target, ast.Attribute) or model.config is not None:
                    raise
                for value in moved:  # read once, where the model was made
                    self._stable(value, scope, where)
                model.stored = self._stored_config(model, target, where)
        else:
            for value in moved:
                self._stable(value, scope, where)
        self._check_model(model_arg, where)
        return model

    def _attribute_reads(self, statement: ast.Assign, target: ast.Attribute,
                         where: str) -> List[ast.expr]:
        """`self.model = GenerativeModel(...)` in a method: the reads `self.model` in the
        class's methods, each on its own first parameter. Any other `.model` in the module,
        another assignment, a subclass or another module naming the class keeps it manual
        (the attribute becomes a model name, no longer a model object)."""
        sem = self.sem
        method = sem.enclosing_function(statement)
        owner = _method_owner(sem, method)
        if owner is None or not isinstance(target.value, ast.Name) \
                or target.value.id != _first_parameter(method):
            raise Uncertain(f"{where}: the model object is kept on an attribute of something "
                            f"other than the method's own instance; pass model= to each "
                            f"client.models.generate_content by hand")
        self.owner_class = owner
        self.planner.needs_whole_module(owner.name)  # a subclass focus left out
        self.planner.needs_whole_module(target.attr)
        reads: List[ast.expr] = []
        for node in ast.walk(sem.tree):
            if not (isinstance(node, ast.Attribute) and node.attr == target.attr) \
                    or node is target:
                continue
            function = sem.enclosing_function(node)
            if isinstance(node.ctx, ast.Load) and _method_owner(sem, function) is owner \
                    and isinstance(node.value, ast.Name) \
                    and node.value.id == _first_parameter(function):
                reads.append(node)
                continue
            raise Uncertain(f"{where}: .{target.attr} is also {'set' if not isinstance(node.ctx, ast.Load) else 'read'} "
                            f"on line {node.lineno} where it may not be this model object; "
                            f"move it by hand")
        for node in ast.walk(sem.tree):
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(base, ast.Name) and base.id == owner.name for base in node.bases):
                raise Uncertain(f"{where}: {node.name} subclasses {owner.name}; move it by hand")
        self.kept_on.setdefault(owner.name, set()).add(target.attr)
        return sorted(reads, key=lambda node: (node.lineno, node.col_offset))

    def _instances_elsewhere(self) -> None:
        """The attributes that held the SDK's objects (the model object on `self.model`, a
        GenerationConfig on `self.config`) change type: no other module of the project may
        read them on an instance of the class, nor get an instance where that cannot be ruled
        out (`project.instance_reads_elsewhere`)."""
        path = self.planner.path
        if path is None:
            return
        for owner, attributes in sorted(self.kept_on.items()):
            found = project.instance_reads_elsewhere(path, owner, frozenset(attributes))
            if found is not None:
                other, line, what = found
                held = " and ".join(f"self.{name}" for name in sorted(attributes))
                raise Uncertain(f"{other.name} (line {line}) {what}, and once moved {held} "
                                f"of {owner} no longer hold{'s' if len(attributes) == 1 else ''} "
                                f"the SDK's objects (the model object becomes a model name): "
                                f"move that code with this module by hand")

    def _stored_config(self, model: "_Model", target: ast.Attribute, where: str) -> str:
        """The instance attribute a model kept on `self` keeps its settings on, computed where
        the construction computed them (its statement is followed by
        `self.<name> = {...}`): a name the module does not spell, on a class without
        __slots__ whose calls pass no settings of their own."""
        sem = self.sem
        statement = model.statement
        owner = self.owner_class
        assert owner is not None
        if any(isinstance(node, ast.Name) and node.id == "__slots__" for node in ast.walk(owner)) \
                or any(isinstance(node, ast.FunctionDef) and node.name == "__setattr__"
                       for node in owner.body):
            raise Uncertain(f"{where}: the settings are computed in {owner.name}'s method and "
                            f"the class limits its attributes (__slots__, __setattr__): keep "
                            f"them where each call can read them, by hand")
        for site in model.calls:
            if any(k.arg in ("generation_config", "safety_settings") for k in site.keywords):
                raise Uncertain(f"line {site.lineno}: the call passes settings of its own and the "
                                f"model's are computed where it is made: merge them into one "
                                f"config={{...}} by hand")
        line_start = sem.index.starts[statement.lineno - 1]
        start, end = sem.span(statement)
        line_end = sem.line_end(statement)
        if sem.text[line_start:start].strip() or sem.text[end:line_end].strip():
            raise Uncertain(f"{where}: the statement shares its line with other code; put it on "
                            f"a line of its own first")
        name = self._free_name(("genai_config", "generate_config"),
                               "the attribute that keeps the settings")
        self.planner.needs_whole_module(name)
        return name

    def _not_imported_elsewhere(self, statement: ast.stmt, name: str, where: str) -> None:
        """A model object another module of the project imports cannot become a name."""
        path = self.planner.path
        if self.sem.enclosing_function(statement) is None and path is not None:
            importer = next(project.importers(path, name), None)
            project.consulted(path.parent)  # the answer read the project's files
            if importer is not None:
                raise Uncertain(f"{where}: {importer[0].name} imports {name} from here (it "
                                f"becomes a model name, no longer a model object): move both "
                                f"modules by hand")

    def _model_call(self, read: ast.expr, model: "_Model") -> ast.Call:
        sem = self.sem
        up = sem.parent(read)
        call = sem.parent(up)
        where = f"line {read.lineno}: {sem.source(read)}"
        if not (isinstance(up, ast.Attribute) and isinstance(call, ast.Call) and call.func is up):
            raise Uncertain(f"{where} is used otherwise than by calling generate_content "
                            f"(passed on, stored, start_chat() ...): move it by hand")
        if up.attr == "count_tokens":
            return self._count_call(call, model, where)
        if up.attr != "generate_content":
            raise Uncertain(f"{where}.{up.attr}() is not rewritten (chat sessions, async "
                            f"calls change shape): move it by hand to "
                            f"{self.client}.models / {self.client}.chats")
        if sem.span(call)[0] < sem.span(model.statement)[1]:
            raise Uncertain(f"{where}: called before it is made")
        contents = call.args[0] if call.args else next(
            (k.value for k in call.keywords if k.arg == "contents"), None)
        if contents is None or len(call.args) > 1 or any(k.arg is None for k in call.keywords):
            raise Uncertain(f"{where}.generate_content: the contents are not the one argument")
        for keyword in call.keywords:
            if keyword.arg == "contents":
                continue
            if keyword.arg == "stream":
                if not (isinstance(keyword.value, ast.Constant)
                        and isinstance(keyword.value.value, bool)):
                    raise Uncertain(f"{where}.generate_content(stream=...): streaming decided "
                                    f"at run time; choose generate_content or "
                                    f"generate_content_stream by hand")
                if keyword.value.value:
                    self.streams.add(id(call))
                continue
            if keyword.arg == "safety_settings" and self.SAFETY_SETTINGS:
                if model.config is not None or any(k == "safety_settings"
                                                   for k, _ in model.entries):
                    raise Uncertain(f"{where}.generate_content: safety settings both on the "
                                    f"model and on the call; keep one by hand")
                self._safety_settings(keyword.value, where)
                continue
            if keyword.arg != "generation_config":
                raise Uncertain(f"{where}.generate_content({keyword.arg}=...) is not "
                                f"rewritten; move it by hand")
            literal = self._generation_entries(keyword.value, where)
            if model.config is not None or any(
                    k not in ("system_instruction", "safety_settings")
                    for k, _ in model.entries) or (literal is None and model.entries):
                # google-generativeai merged the two configs key by key, vertexai took the
                # call's: one config={...} must say which wins
                raise Uncertain(f"{where}.generate_content: generation settings both on the "
                                f"model and on the call; merge them into one config={{...}} "
                                f"by hand")
        self._contents(contents, where)
        if id(call) in self.streams:
            self._stream_response(call, where)
        else:
            self._response(call, where)
        return call

    def _count_call(self, call: ast.Call, model: "_Model", where: str) -> ast.Call:
        """`m.count_tokens(text).total_tokens` -> `client.models.count_tokens(model=m,
        contents=text).total_tokens`. google-generativeai counted the model's
        system_instruction too, which the Gemini API's count_tokens does not take: such a
        model keeps it manual."""
        if any(key == "system_instruction" for key, _ in model.entries):
            raise Uncertain(f"{where}.count_tokens(): the model's system_instruction was "
                            f"counted too, and the Gemini API's count_tokens takes none; "
                            f"count it by hand")
        if len(call.args) != 1 or call.keywords or isinstance(
                call.args[0], (ast.Dict, ast.List, ast.Tuple, ast.ListComp, ast.Starred)):
            raise Uncertain(f"{where}.count_tokens: the contents are not one plain argument")
        up = self.sem.parent(call)
        if not (isinstance(up, ast.Attribute) and up.attr == "total_tokens"
                and isinstance(up.ctx, ast.Load)):
            raise Uncertain(f"{where}.count_tokens(): only .total_tokens of its result is "
                            f"rewritten; move the rest by hand")
        self.counts.add(id(call))
        return call

    def _model_edits(self, model: "_Model") -> None:
        """The construction becomes its model name; each call names the model and the
        settings the construction held."""
        sem = self.sem
        start, end = sem.span(model.call)
        self.edits.append(sem.edit(start, end, self._model_source(model.model)))
        stored = ""
        if model.stored:
            statement = model.statement
            target: ast.Attribute = statement.targets[0]  # type: ignore[assignment]
            line_start = sem.index.starts[statement.lineno - 1]
            indent = sem.text[line_start:sem.span(statement)[0]]
            newline = _newline(sem.text)
            end = sem.line_end(statement)
            before = "" if sem.text[:end].endswith("\n") else newline
            items = [f"**{v}" if k == "**" else f'"{k}": {v}' for k, v in model.entries]
            head = f"{indent}{sem.source(target.value)}.{model.stored} = "
            config = "{" + ", ".join(items) + "}"
            if "\n" in config or len(head) + len(config) > 99:
                inner = newline + indent + "    "
                config = "{" + inner + ("," + inner).join(
                    _reindented(item, indent + "        ") for item in items) + "," + newline \
                    + indent + "}"
            self.edits.append(sem.edit(end, end, f"{before}{head}{config}{newline}"))
        for call in model.calls:
            if model.stored:
                stored = f"{_first_parameter(sem.enclosing_function(call))}.{model.stored}"
            variable = model.refs[id(call)]
            contents = call.args[0] if call.args else next(
                k.value for k in call.keywords if k.arg == "contents")
            if id(call) in self.counts:
                self.edits.append(self._call(call, "count_tokens", [
                    f"model={variable}", f"contents={sem.source(contents)}"]))
                continue
            config = model.config
            entries = list(model.entries)
            own = next((k.value for k in call.keywords if k.arg == "generation_config"), None)
            if own is not None:
                literal = self._generation_entries(own, "the call")
                if literal is None:
                    config = own
                else:  # the model's system instruction and the call's settings
                    entries = [e for e in entries if e[0] in ("system_instruction",
                                                              "safety_settings")] + literal
            safety = next((k.value for k in call.keywords if k.arg == "safety_settings"), None)
            if safety is not None:
                entries.append(("safety_settings", self._safety_settings(safety, "the call")))
            parts = [f"model={variable}", f"contents={sem.source(contents)}"]
            if stored:
                parts.append(f"config={stored}")
            elif config is not None:
                parts.append(f"config={sem.source(config)}")
            elif entries:
                parts.append("config={" + ", ".join(
                    f"**{v}" if k == "**" else f'"{k}": {v}' for k, v in entries) + "}")
            method = "generate_content_stream" if id(call) in self.streams \
                else "generate_content"
            self.edits.append(self._call(call, method, parts))

    def _client_of(self, call: ast.Call) -> str:
        """How `call` reads the client: the module's name, or (configure() in the class's
        __init__) the instance attribute on the method's own first parameter."""
        if self.owner_client:
            return f"{_first_parameter(self.sem.enclosing_function(call))}.{self.client}"
        return self.client

    def _model_source(self, value: ast.expr) -> str:
        """What the model object's construction becomes: its model name as spelled."""
        return self.sem.source(value)

    def _call(self, call: ast.Call, method: str, parts: List[str]) -> Edit:
        """The new call in place of `call`: on one line if it fits in 99 columns, else one
        argument a line (the arguments keep their own line breaks)."""
        sem = self.sem
        self.client_sites.append(call)
        start, end = sem.span(call)
        line_start = sem.index.starts[call.lineno - 1]
        head = f"{self._client_of(call)}.models.{method}("
        flat = head + ", ".join(parts) + ")"
        rest = sem.text[end:sem.text.find("\n", end) if "\n" in sem.text[end:] else len(sem.text)]
        if "\n" not in flat and start - line_start + len(flat) + len(rest.rstrip()) <= 99:
            return sem.edit(start, end, flat)
        line = sem.text[line_start:start]
        indent = line[:len(line) - len(line.lstrip())]
        newline = _newline(sem.text)
        inner = newline + indent + "    "
        parts = [_reindented(part, indent + "        ") for part in parts]
        return sem.edit(start, end, head + inner + ("," + inner).join(parts) + ","
                        + newline + indent + ")")

    def _generation_entries(self, value: ast.expr,
                            where: str) -> Optional[List[Tuple[str, str]]]:
        """A generation_config's entries (dict literal or GenerationConfig(...)), or None for a
        value passed whole (a name: its keys are GenerateContentConfig's too)."""
        sem = self.sem
        pairs: List[Tuple[str, ast.expr]] = []
        if isinstance(value, ast.Dict):
            for k, v in zip(value.keys, value.values):
                if not (isinstance(k, ast.Constant) and isinstance(k.value, str)):
                    raise Uncertain(f"{where}: generation_config has a computed key")
                pairs.append((k.value, v))
        elif isinstance(value, ast.Call) and self._is_generation_config(value.func):
            if value.args or any(k.arg is None for k in value.keywords):
                raise Uncertain(f"{where}: GenerationConfig takes positional arguments")
            pairs = [(k.arg or "", k.value) for k in value.keywords]
            for node in ast.walk(value.func):
                self.consumed.add(id(node))
        elif isinstance(value, ast.Call) and self._builtin_dict(value):
            if value.args or any(k.arg is None for k in value.keywords):
                raise Uncertain(f"{where}: generation_config is dict() of positional or ** "
                                f"arguments; pass config={{...}} by hand")
            pairs = [(k.arg or "", k.value) for k in value.keywords]
        elif isinstance(value, ast.Attribute) and self._config_attribute(value, where):
            return None
        elif isinstance(value, ast.Name):
            literal = self._dict_constant(value)
            if literal is None:
                return None
            self._generation_entries(literal, where)  # its keys are moved as they are
            return [("**", value.id)]
        else:
            raise Uncertain(f"{where}: generation_config is computed here; pass it as "
                            f"config= by hand")
        unknown = [k for k, _ in pairs if k not in GENERATION_FIELDS]
        if unknown:
            raise Uncertain(f"{where}: generation_config's {unknown[0]} is not moved (check "
                            f"its google-genai name)")
        return [(k, sem.source(v)) for k, v in pairs]

    def _builtin_dict(self, value: ast.Call) -> bool:
        """`dict(temperature=0.2, ...)`, builtins' dict (not a name the module binds)."""
        func = value.func
        return isinstance(func, ast.Name) and func.id == "dict" \
            and not self.sem.sites(self.sem.binding_of(func))

    def _config_attribute(self, value: ast.Attribute, where: str) -> bool:
        """`generation_config=self.config` in a method of class C, where C's methods set
        `self.config` once, to GenerationConfig(...) (google-genai's GenerateContentConfig
        once rewritten) or a dict literal of its fields, and the module reads `.config` only
        that way: the call passes it whole as config=. Other modules' reads of it on C's
        instances are looked for with the model object's (`kept_on`)."""
        sem = self.sem
        function = sem.enclosing_function(value)
        owner = _method_owner(sem, function)
        if owner is None or not isinstance(value.value, ast.Name) \
                or value.value.id != _first_parameter(function) \
                or not isinstance(value.ctx, ast.Load):
            return False
        self.planner.needs_whole_module(value.attr)
        self.planner.needs_whole_module(owner.name)
        stores: List[ast.Attribute] = []
        for node in ast.walk(sem.tree):
            if not (isinstance(node, ast.Attribute) and node.attr == value.attr):
                continue
            method = sem.enclosing_function(node)
            on_self = _method_owner(sem, method) is owner and isinstance(node.value, ast.Name) \
                and node.value.id == _first_parameter(method)
            if isinstance(node.ctx, ast.Load):
                keyword = sem.parent(node)
                if not (on_self and isinstance(keyword, ast.keyword)
                        and keyword.arg == "generation_config"):
                    raise Uncertain(f"{where}: .{value.attr} is also read on line {node.lineno} "
                                    f"otherwise than as generation_config=; move it by hand")
            elif on_self:
                stores.append(node)
            else:
                raise Uncertain(f"{where}: .{value.attr} is also set on line {node.lineno}; "
                                f"move it by hand")
        statement = sem.parent(stores[0]) if len(stores) == 1 else None
        built = statement.value if isinstance(statement, ast.Assign) \
            and statement.targets == [stores[0]] else None
        if built is None:
            raise Uncertain(f"{where}: .{value.attr} is not set once, by one assignment, in "
                            f"{owner.name}'s methods; move the settings by hand")
        if isinstance(built, ast.Call) and self._is_generation_config(built.func):
            pass  # rewritten where it stands (_config_object)
        elif isinstance(built, ast.Dict):
            self._generation_entries(built, where)  # its keys are GenerateContentConfig's
        else:
            raise Uncertain(f"{where}: .{value.attr} is set to {sem.source(built)}, not "
                            f"GenerationConfig(...) or a dict of its fields; pass config= by "
                            f"hand")
        for node in ast.walk(sem.tree):
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(base, ast.Name) and base.id == owner.name for base in node.bases):
                raise Uncertain(f"{where}: {node.name} subclasses {owner.name}; move it by hand")
        self.kept_on.setdefault(owner.name, set()).add(value.attr)
        return True

    def _dict_constant(self, name: ast.Name) -> Optional[ast.Dict]:
        """The dict literal a name is bound to once, when every read of it hands it over as
        generation_config= (so nothing changes it between the model's construction and a
        call, where google-genai reads it)."""
        sem = self.sem
        key = sem.binding_of(name)
        sites = sem.sites(key)
        parent = sem.parent(sites[0]) if len(sites) == 1 else None
        if not (isinstance(parent, ast.Assign) and isinstance(parent.value, ast.Dict)):
            return None
        for read in sem.reads(key):
            keyword = sem.parent(read)
            if not (isinstance(keyword, ast.keyword) and keyword.arg == "generation_config"):
                return None
        return parent.value

    def _config_object(self, call: Optional[ast.AST], where: str) -> None:
        """`genai.GenerationConfig(temperature=...)` built apart -> google-genai's
        `genai.types.GenerateContentConfig(...)`, which a call takes as config=."""
        if not isinstance(call, ast.Call):
            raise Uncertain(f"{where} is used otherwise than called")
        if call.args or any(k.arg not in GENERATION_FIELDS for k in call.keywords):
            raise Uncertain(f"{where} takes positional arguments or fields google-genai names "
                            f"otherwise; build genai.types.GenerateContentConfig by hand")
        start, end = self.sem.span(call.func)
        self.edits.append(self.sem.edit(start, end,
                                        f"{self.genai}.types.GenerateContentConfig"))

    def _is_generation_config(self, func: ast.expr) -> bool:
        spelled = self.sem.source(func)
        return any(spelled in (f"{local}.GenerationConfig", f"{local}.types.GenerationConfig")
                   if not imported else spelled == local and imported == "GenerationConfig"
                   for local, imported in self.bound.items())

    def _stable(self, value: ast.expr, scope: Optional[ast.AST], where: str) -> None:
        """`value` reads the same at each call as where the model was made: literals, and
        names bound once (in the module, or in `scope`, the function holding every call)."""
        sem = self.sem
        if isinstance(value, ast.Call) and self._stable_call(value):
            for keyword in value.keywords:
                self._stable(keyword.value, scope, where)
            return
        if isinstance(value, ast.Attribute) and self._constant_member(value):
            return
        if isinstance(value, ast.Name):
            key = sem.binding_of(value)
            owner = key[0]
            if len(sem.sites(key)) != 1 or not (
                    owner is sem.names.module
                    or (scope is not None and owner is sem.names.scopes.get(id(scope)))):
                raise Uncertain(f"{where}: {value.id} may change between the model's "
                                f"construction and its calls; move the settings by hand")
            for read in sem.reads(key):
                holder = sem.parent(read)
                if (isinstance(holder, ast.Subscript) and holder.value is read
                        and not isinstance(holder.ctx, ast.Load)) or (
                        isinstance(holder, ast.Attribute) and holder.value is read
                        and holder.attr in _MUTATORS):
                    # `generation_config["temperature"] = 0.0`: google.generativeai copied
                    # the dict when the model was made, the call would read it changed
                    raise Uncertain(f"{where}: {value.id} is changed on line {read.lineno} "
                                    f"(the model kept a copy of it when it was made); move "
                                    f"the settings by hand")
            return
        if isinstance(value, (ast.Call, ast.Await, ast.Yield, ast.YieldFrom, ast.NamedExpr,
                              ast.Subscript, ast.Attribute, ast.Lambda)):
            raise Uncertain(f"{where}: {sem.source(value)} is computed where the model is "
                            f"made; it would be computed at each call instead: move the "
                            f"settings by hand")
        for child in ast.iter_child_nodes(value):
            if isinstance(child, ast.expr):
                self._stable(child, scope, where)

    def _check_model(self, value: ast.expr, where: str, api: str = "gemini") -> None:
        """Every model name the value can hold must be served: google-genai would keep calling
        it. Names are followed to their one assignment (`MODEL = os.getenv("M", "x")`). One
        the table renames to a served model is renamed by its own finding (GM001) in the same
        run."""
        for literal in self._literals(value, 0):
            name = literal[len("models/"):] if literal.startswith("models/") else literal
            options = self.planner.options
            resolution = self._resolve(name)
            if resolution.action == "none":
                continue
            if resolution.action == "rename" and resolution.target and options.table.is_served(
                    resolution.target, options.as_of):
                continue
            row = resolution.chain[0] if resolution.chain else None
            if row is not None and row.shutdown:
                status = (f"was shut down on {row.shutdown}" if row.shutdown <= options.as_of
                          else f"shuts down on {row.shutdown}")
            else:
                status = f"may not be served ({resolution.reason})"
            raise Uncertain(f"{where}: the model {name} {status}, and the table names no served "
                            f"model to move it to: {self._pick(resolution, api)}, then run "
                            f"--unsafe-fixes again")

    def _resolve(self, name: str) -> "Resolution":
        options = self.planner.options
        return options.table.resolve(name, options.as_of, options.targets)

    def _literals(self, value: ast.expr, depth: int) -> List[str]:
        sem = self.sem
        out: List[str] = []
        for node in ast.walk(value):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.append(node.value)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and depth < 3:
                for site in sem.sites(sem.binding_of(node)):
                    parent = sem.parent(site)
                    if isinstance(parent, (ast.Assign, ast.AnnAssign)) and parent.value is not None:
                        out.extend(self._literals(parent.value, depth + 1))
                    elif isinstance(site, ast.alias) and isinstance(parent, ast.ImportFrom) \
                            and self.planner.path is not None:
                        # `from settings import MODEL_NAME`: the literal it holds there
                        defined = project.module_file(self.planner.path, parent.module,
                                                      parent.level)
                        found = project.definition(defined, site.name) \
                            if defined is not None else None
                        if found is not None:
                            out.append(found.literal.value)
                    elif isinstance(site, ast.arg) and isinstance(parent, ast.arguments):
                        default = _default(parent, site)
                        if default is not None:
                            out.extend(self._literals(default, depth + 1))
        return out

    def _pick(self, resolution: "object", api: str) -> str:
        """What to tell the user to choose: the end of the table's chain and what it lists as
        served."""
        options = self.planner.options
        chain = getattr(resolution, "chain", ())
        served = sorted(row.name for (provider, _), row in options.table.entries.items()
                        if provider == self.PROVIDER and row.api == api and row.current
                        and "image" not in row.name  # image generation, not text
                        and options.table.is_served(row.name, options.as_of))
        hint = ""
        if len(chain) > 1:
            hint = f"its replacements end at {chain[-1].name}, itself not confirmed served; "
        listed = f" (the table lists {', '.join(served)} as served)" if served else ""
        return f"{hint}pick a current model{listed} from {self.MODELS_PAGE}"

    # -- responses -----------------------------------------------------------------------------

    def _response(self, call: ast.Call, where: str) -> None:
        """The response is read only as .text / .usage_metadata.<count>, where it is made."""
        sem = self.sem
        up = sem.parent(call)
        if isinstance(up, ast.Attribute):
            self._read(up, where)
            return
        if isinstance(up, ast.Assign) and len(up.targets) == 1 \
                and isinstance(up.targets[0], ast.Name):
            key = sem.binding_of(up.targets[0])
            if len(sem.sites(key)) != 1:
                raise Uncertain(f"{where}: the response's name is assigned more than once")
            for read in sem.reads(key):
                attribute = sem.parent(read)
                if not isinstance(attribute, ast.Attribute):
                    raise Uncertain(f"{where}: the response is {_escape(sem, read)}: "
                                    f"google-genai's response differs in more than .text; move "
                                    f"it by hand")
                self._read(attribute, where)
            return
        raise Uncertain(f"{where}: the response is {_escape(sem, call)}; google-genai's "
                        f"response differs in more than .text: move it by hand")

    def _stream_response(self, call: ast.Call, where: str) -> None:
        """A stream is iterated once, where it is made, and each chunk read as .text: what
        google-genai's generate_content_stream (a generator of responses) allows. A second
        pass, `.resolve()` or the whole text after the loop are google-generativeai's own."""
        sem = self.sem
        up = sem.parent(call)
        loops: List[ast.AST] = []
        if isinstance(up, ast.For) and up.iter is call:
            loops.append(up)
        elif isinstance(up, ast.Assign) and len(up.targets) == 1 \
                and isinstance(up.targets[0], ast.Name):
            key = sem.binding_of(up.targets[0])
            reads = sem.reads(key)
            if len(sem.sites(key)) != 1 or len(reads) != 1:
                raise Uncertain(f"{where}: the stream is read more than once (or its name is "
                                f"reassigned): google-genai's stream is a generator, read once; "
                                f"move it by hand")
            loops.append(sem.parent(reads[0]))  # type: ignore[arg-type]
            if not (isinstance(loops[0], ast.For) and loops[0].iter is reads[0]):  # type: ignore
                raise Uncertain(f"{where}: the stream is {_escape(sem, reads[0])} rather than "
                                f"iterated by a for loop; move it by hand")
            if sem.enclosing_function(loops[0]) is not sem.enclosing_function(call) \
                    or self._in_loop_between(loops[0], up):
                raise Uncertain(f"{where}: the stream is iterated in another scope or loop")
        else:
            raise Uncertain(f"{where}: the stream is {_escape(sem, call)}; move it by hand")
        loop = loops[0]
        assert isinstance(loop, ast.For)
        if not isinstance(loop.target, ast.Name) or loop.orelse:
            raise Uncertain(f"{where}: the stream's loop unpacks its chunks or has an else")
        chunk = sem.binding_of(loop.target)
        if len(sem.sites(chunk)) != 1:
            raise Uncertain(f"{where}: the chunk's name is assigned elsewhere too")
        for read in sem.reads(chunk):
            attribute = sem.parent(read)
            if not (isinstance(attribute, ast.Attribute) and attribute.attr == "text"):
                raise Uncertain(f"{where}: a chunk is read otherwise than .text; move it by "
                                f"hand")
            # google-generativeai raised on a chunk without text; google-genai gives None
            start, end = sem.span(attribute)
            self.edits.append(sem.edit(start, end, f"({sem.source(attribute)} or \"\")"))

    def _in_loop_between(self, node: ast.AST, statement: ast.AST) -> bool:
        """Whether `node` sits in a loop that does not also hold `statement`."""
        current = self.sem.parent(node)
        while current is not None and current is not self.sem.parent(statement):
            if isinstance(current, (ast.For, ast.While, ast.AsyncFor)):
                return True
            current = self.sem.parent(current)
        return False

    def _read(self, attribute: ast.Attribute, where: str) -> None:
        if attribute.attr not in RESPONSE_READS or not isinstance(attribute.ctx, ast.Load):
            used = "read" if isinstance(attribute.ctx, ast.Load) else "set"
            raise Uncertain(f"{where}: the response's .{attribute.attr} is {used} (only .text "
                            f"and .usage_metadata are the same in google-genai); move it by hand")
        if attribute.attr == "usage_metadata":
            outer = self.sem.parent(attribute)
            if not (isinstance(outer, ast.Attribute) and outer.attr in USAGE_READS):
                raise Uncertain(f"{where}: usage_metadata is read as a whole; move it by hand")

    # -- embeddings ----------------------------------------------------------------------------

    def _embedding(self, call: ast.Call, where: str, content_name: str, palm: bool) -> None:
        sem = self.sem
        names = ("model", content_name)
        values: Dict[str, ast.expr] = {}
        if len(call.args) > 2 or any(k.arg is None for k in call.keywords):
            raise Uncertain(f"{where}: ** or extra positional arguments; name them")
        for index, arg in enumerate(call.args):
            values[names[index]] = arg
        allowed = {"model", content_name} | (
            set() if palm else {"task_type", "title", "output_dimensionality"})
        for keyword in call.keywords:
            if keyword.arg not in allowed:
                raise Uncertain(f"{where}({keyword.arg}=...) is not rewritten; move it by hand")
            values[keyword.arg or ""] = keyword.value
        content = values.get(content_name)
        if content is None:
            raise Uncertain(f"{where}: no {content_name}= is given")
        model = self._embedding_model(values.get("model"), where, palm)
        config: List[str] = []
        task = values.get("task_type")
        if task is not None:
            config.append(f'"task_type": {self._task_type(task, where)}')
        for name in ("title", "output_dimensionality"):
            if name in values:
                config.append(f'"{name}": {sem.source(values[name])}')
        self._embedding_reads(call, content, where)
        parts = [f"model={model}", f"contents={sem.source(content)}"]
        if config:
            parts.append("config={" + ", ".join(config) + "}")
        self.edits.append(self._call(call, "embed_content", parts))

    def _embedding_model(self, value: Optional[ast.expr], where: str, palm: bool) -> str:
        sem = self.sem
        if value is None:
            if not palm:
                raise Uncertain(f"{where}: no model= is given")
            value = ast.Constant(PALM_EMBEDDING_DEFAULT)
            literal: Optional[str] = PALM_EMBEDDING_DEFAULT
        else:
            literal = value.value if isinstance(value, ast.Constant) \
                and isinstance(value.value, str) else None
        if literal is None:
            if palm:
                raise Uncertain(f"{where}: the PaLM model is computed at run time; every PaLM "
                                f"model is shut down: pass model=\"gemini-embedding-001\" by "
                                f"hand (a new vector space: recompute stored vectors)")
            self._check_model(value, where, "embeddings")
            return sem.source(value)
        name = literal[len("models/"):] if literal.startswith("models/") else literal
        options = self.planner.options
        resolution = options.table.resolve(name, options.as_of, options.targets)
        if resolution.action == "none" and not palm:
            return sem.source(value)
        target_row = options.table.get(resolution.target) if resolution.target else None
        if resolution.action == "rename" and target_row is not None \
                and target_row.api == "embeddings" and options.table.is_served(
                    resolution.target, options.as_of):  # type: ignore[arg-type]
            self.notes.append(f"{name} -> {resolution.target}: a new vector space, recompute "
                              f"stored vectors")
            return f'"{resolution.target}"'
        self._check_model(ast.Constant(literal), where, "embeddings")
        raise Uncertain(f"{where}: the model {name} has no served embedding model to move to; "
                        f"pick one by hand")

    def _embedding_reads(self, call: ast.Call, content: ast.expr, where: str) -> None:
        """`["embedding"]` becomes `.embeddings[0].values` where the content is one string."""
        sem = self.sem
        reads: List[ast.Subscript] = []
        up = sem.parent(call)
        if isinstance(up, ast.Subscript) and up.value is call:
            reads.append(up)
        elif isinstance(up, ast.Assign) and len(up.targets) == 1 \
                and isinstance(up.targets[0], ast.Name):
            key = sem.binding_of(up.targets[0])
            if len(sem.sites(key)) != 1:
                raise Uncertain(f"{where}: the result's name is assigned more than once")
            for read in sem.reads(key):
                subscript = sem.parent(read)
                if not (isinstance(subscript, ast.Subscript) and subscript.value is read):
                    raise Uncertain(f"{where}: the result is {_escape(sem, read)}; google-genai "
                                    f"returns an object: read .embeddings[0].values by hand")
                reads.append(subscript)
        else:
            raise Uncertain(f"{where}: the result is {_escape(sem, call)}; google-genai returns "
                            f"an object: read .embeddings[0].values by hand")
        for subscript in reads:
            key_node = subscript.slice
            if not (isinstance(key_node, ast.Constant) and key_node.value == "embedding"
                    and isinstance(subscript.ctx, ast.Load)):
                raise Uncertain(f"{where}: the result is read otherwise than [\"embedding\"]")
        self.not_string = ""
        if not self._one_string(content):
            raise Uncertain(f"{where}: the content may be a list{self.not_string} (then "
                            f"[\"embedding\"] holds one vector per text): read "
                            f".embeddings[0].values for one text, [e.values for e in "
                            f"result.embeddings] for a list, by hand")
        for subscript in reads:
            start = sem.span(subscript.value)[1]
            end = sem.span(subscript)[1]
            self.edits.append(sem.edit(start, end, ".embeddings[0].values"))

    def _one_string(self, value: ast.expr, depth: int = 0) -> bool:
        sem = self.sem
        if isinstance(value, ast.Constant):
            return isinstance(value.value, str)
        if isinstance(value, ast.JoinedStr):
            return True
        if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
            return self._one_string(value.left, depth) or self._one_string(value.right, depth)
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) \
                and value.func.id == "str" and not sem.sites(sem.binding_of(value.func)):
            return True
        if isinstance(value, ast.Name) and depth < 3:
            sites = sem.sites(sem.binding_of(value))
            if len(sites) != 1:
                return False
            site = sites[0]
            if isinstance(site, ast.arg):
                if site.annotation is not None and sem.source(site.annotation) == "str":
                    return True
                return self._callers_pass_strings(site, depth)
            parent = sem.parent(site)
            if isinstance(parent, ast.Assign) and len(parent.targets) == 1:
                return self._one_string(parent.value, depth + 1)
            if isinstance(parent, ast.AnnAssign):
                return sem.source(parent.annotation) == "str"
            loop = sem.parent(parent) if isinstance(parent, ast.Tuple) else parent
            if isinstance(loop, (ast.For, ast.comprehension)) and any(
                    node is site for node in ast.walk(loop.target)):
                return self._iterates_strings(loop, site, depth)
        return False

    def _iterates_strings(self, loop: "ast.For | ast.comprehension", site: ast.AST,
                          depth: int) -> bool:
        """A loop variable over a list or tuple of strings (a display, or a name bound once
        to one), or over a dict display's keys, values or items (`for title, text in
        DOCS.items()`) whose part the variable takes is strings; the name the display is
        bound to is only read, never changed or handed on."""
        sem = self.sem
        iterated = loop.iter
        method = ""
        if isinstance(iterated, ast.Call) and isinstance(iterated.func, ast.Attribute) \
                and not iterated.args and not iterated.keywords \
                and iterated.func.attr in ("items", "keys", "values"):
            method, iterated = iterated.func.attr, iterated.func.value
        if isinstance(iterated, ast.Name):
            self.planner.needs_whole_module(iterated.id)  # a left-out def may change it
            key = sem.binding_of(iterated)
            sites = sem.sites(key)
            statement = sem.parent(sites[0]) if len(sites) == 1 else None
            if not (isinstance(statement, ast.Assign) and statement.targets == [sites[0]]):
                return False
            for read in sem.reads(key):
                up = sem.parent(read)
                if isinstance(up, ast.Attribute) and up.attr in ("items", "keys", "values",
                                                                 "get", "count", "index"):
                    continue
                if isinstance(up, (ast.For, ast.comprehension)) and up.iter is read \
                        or isinstance(up, ast.Subscript) and isinstance(up.ctx, ast.Load):
                    continue
                if isinstance(up, ast.Call) and isinstance(up.func, ast.Name) \
                        and up.func.id == "len" and not sem.sites(sem.binding_of(up.func)):
                    continue
                return False  # changed, or handed to code that may change it
            iterated = statement.value
        if isinstance(iterated, ast.Dict) and None not in iterated.keys:
            parts = {"": iterated.keys, "keys": iterated.keys, "values": iterated.values}
            if method == "items":
                target = loop.target
                if not (isinstance(target, ast.Tuple) and len(target.elts) == 2
                        and any(site is element for element in target.elts)):
                    return False
                elements = iterated.keys if site is target.elts[0] else iterated.values
            else:
                elements = parts[method]  # type: ignore[assignment]
        elif isinstance(iterated, (ast.List, ast.Tuple)) and not method:
            elements = iterated.elts
        else:
            return False
        if loop.target is not site and method != "items":
            return False  # unpacks each element
        return bool(elements) and all(element is not None
                                      and self._one_string(element, depth + 1)
                                      for element in elements)

    def _callers_pass_strings(self, parameter: ast.arg, depth: int) -> bool:
        """A parameter whose callers are all in sight (`_caller_values`), each giving one
        string for it (or leaving a string default): what `def embed(text)` called as
        `embed("a question")` holds."""
        said = self.not_string
        given = self._caller_values(parameter)
        if given is None:
            return False
        function = self.sem.parent(self.sem.parent(parameter))
        for line, value in given:
            if value is None or not self._one_string(value, depth + 1):
                passed = f"passes {self.sem.source(value)[:40]} as" if value is not None \
                    else "passes no"
                self.not_string = said or (f" ({function.name}() on line {line} "  # type: ignore
                                           f"{passed} {parameter.arg}, not surely one string)")
                return False
        self.not_string = said
        return True

    def _caller_values(self, parameter: ast.arg
                       ) -> Optional[List[Tuple[int, Optional[ast.expr]]]]:
        """What each call gives a parameter of a module-level function (no decorator) that is
        only ever called here, by name, without * or ** arguments, and that no other module
        of the project imports (`project.importer_of`): (the call's line, the argument, or
        the default where it gives none); None where a caller may be out of sight (and
        `not_string` says why)."""
        sem = self.sem
        arguments = sem.parent(parameter)
        function = sem.parent(arguments) if arguments is not None else None
        if not (isinstance(arguments, ast.arguments)
                and isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))) \
                or sem.parent(function) is not sem.tree or function.decorator_list \
                or parameter is arguments.vararg or parameter is arguments.kwarg:
            return None
        self.planner.needs_whole_module(function.name)
        key = (sem.names.module, function.name)
        reads = sem.reads(key)
        if len(sem.sites(key)) != 1 or not reads:
            return None
        positional = [*arguments.posonlyargs, *arguments.args]
        index = positional.index(parameter) if parameter in positional else None
        default = _default(arguments, parameter)
        said = self.not_string
        found: List[Tuple[int, Optional[ast.expr]]] = []
        for read in reads:
            call = sem.parent(read)
            if not (isinstance(call, ast.Call) and call.func is read) or any(
                    isinstance(arg, ast.Starred) for arg in call.args) or any(
                    keyword.arg is None for keyword in call.keywords):
                self.not_string = said or (f" ({function.name} is used on line {read.lineno} "
                                           f"otherwise than called with plain arguments)")
                return None  # handed on as a value, or arguments this scan cannot map
            given = call.args[index] if index is not None and index < len(call.args) else \
                next((k.value for k in call.keywords if k.arg == parameter.arg), None)
            found.append((read.lineno, given if given is not None else default))
        path = self.planner.path
        importer = project.importer_of(path, function.name) if path is not None else None
        if importer is not None:
            self.not_string = said or f" ({importer.name} imports {function.name}() too)"
            return None
        return found

    def _task_type(self, task: ast.expr, where: str) -> str:
        """The task type as google-genai sends it: a literal alias -> the API's name; a
        parameter read only here whose callers (all in sight) pass literal aliases -> the
        parameter, each caller's literal rewritten to the API's name."""
        sem = self.sem
        spelled = task.value if isinstance(task, ast.Constant) else None
        if isinstance(spelled, str) and spelled.lower() in TASK_TYPES:
            return f'"{TASK_TYPES[spelled.lower()]}"'
        manual = Uncertain(f"{where}: task_type is not a literal task name; pass "
                           f"config={{\"task_type\": \"RETRIEVAL_DOCUMENT\"}} (the API's "
                           f"name) by hand")
        if not isinstance(task, ast.Name):
            raise manual
        key = sem.binding_of(task)
        sites = sem.sites(key)
        if len(sites) != 1 or not isinstance(sites[0], ast.arg) or len(sem.reads(key)) != 1:
            raise manual
        given = self._caller_values(sites[0])
        if given is None or any(not (isinstance(value, ast.Constant)
                                     and isinstance(value.value, str)
                                     and value.value.lower() in TASK_TYPES)
                                for _, value in given):
            raise manual
        for value in {id(v): v for _, v in given}.values():
            start, end = sem.span(value)  # type: ignore[arg-type]
            name = TASK_TYPES[value.value.lower()]  # type: ignore[union-attr]
            self.edits.append(sem.edit(start, end, f'"{name}"'))
        return task.id


def _method_owner(sem: "Semantics", function: Optional[ast.AST]) -> Optional[ast.ClassDef]:
    """The class `function` is a plain method of (no staticmethod / classmethod), if any."""
    if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) \
            or _first_parameter(function) is None or any(
                isinstance(d, ast.Name) and d.id in ("staticmethod", "classmethod")
                for d in function.decorator_list):
        return None
    owner = sem.parent(function)
    return owner if isinstance(owner, ast.ClassDef) else None


def _first_parameter(function: Optional[ast.AST]) -> Optional[str]:
    arguments = getattr(function, "args", None)
    positional = [*arguments.posonlyargs, *arguments.args] if arguments is not None else []
    return positional[0].arg if positional else None


def _default(arguments: ast.arguments, arg: ast.arg) -> Optional[ast.expr]:
    """The default value of a parameter, if it has one."""
    positional = [*arguments.posonlyargs, *arguments.args]
    if arg in positional:
        index = positional.index(arg) - (len(positional) - len(arguments.defaults))
        return arguments.defaults[index] if index >= 0 else None
    if arg in arguments.kwonlyargs:
        return arguments.kw_defaults[arguments.kwonlyargs.index(arg)]
    return None


def _imports_genai(node: ast.AST) -> bool:
    if isinstance(node, ast.Import):
        return any(a.name == MODULE or a.name.startswith(MODULE + ".") for a in node.names)
    if isinstance(node, ast.ImportFrom) and not node.level and node.module:
        return node.module == MODULE or node.module.startswith(MODULE + ".") or (
            node.module == "google" and any(a.name == "generativeai" for a in node.names))
    return False


def _imports_api_core(node: ast.AST) -> bool:
    if isinstance(node, ast.Import):
        return any(a.name == API_CORE or a.name.startswith(API_CORE + ".") for a in node.names)
    if isinstance(node, ast.ImportFrom) and not node.level and node.module:
        return node.module == API_CORE or node.module.startswith(API_CORE + ".") or (
            node.module == "google" and any(a.name == "api_core" for a in node.names))
    return False


def _escape(sem: "Semantics", node: ast.AST) -> str:
    parent = sem.parent(node)
    if isinstance(parent, ast.Return):
        return "returned"
    if isinstance(parent, ast.Call):
        return "passed to a function"
    if isinstance(parent, (ast.Assign, ast.AnnAssign)):
        return "stored"
    return "used as a whole"


def _reindented(part: str, indent: str) -> str:
    """A moved argument whose value spans lines, with every line after its first that starts
    between tokens (not inside a string) at `indent`: the value keeps its meaning (the lines
    are inside the call's brackets) and reads as part of the new call."""
    lines = part.split("\n")
    if len(lines) == 1:
        return part
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(part).readline))
    except (tokenize.TokenError, SyntaxError):
        return part
    inside = {line for token in tokens for line in range(token.start[0] + 1, token.end[0] + 1)}
    return "\n".join([lines[0]] + [
        line if number in inside or not line.strip() else indent + line.lstrip(" \t")
        for number, line in enumerate(lines[1:], start=2)])


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


__all__ = ["CODE", "FIXTURES", "PALM_CODE", "covered", "module_fix"]
