"""The Vertex AI SDK's Generative AI modules (GM212) -> google-genai on Vertex AI, a module at a
time.

Google removed `vertexai.generative_models`, `vertexai.language_models` (and their
`vertexai.preview` twins) on 2026-06-24; google-cloud-aiplatform warns "This feature is
deprecated as of June 24, 2025 and will be removed on June 24, 2026" on every model it makes.
The code they leave:

    import vertexai
    from vertexai.generative_models import GenerativeModel, GenerationConfig
    from vertexai.language_models import TextEmbeddingModel
    vertexai.init(project=P, location=L)
    model = GenerativeModel("gemini-x", system_instruction=S)
    model.generate_content(prompt, generation_config=GenerationConfig(temperature=0.2)).text
    TextEmbeddingModel.from_pretrained("textembedding-gecko@001").get_embeddings(texts)[0].values

becomes, with google-genai's one client:

    from google import genai
    client = genai.Client(vertexai=True, project=P, location=L)
    model = "gemini-x"
    client.models.generate_content(model=model, contents=prompt, config={
        "system_instruction": S, "temperature": 0.2}).text
    client.models.embed_content(model="text-embedding-005", contents=texts).embeddings[0].values

The Gemini half is google_genai's rewrite (GenerativeModel, generate_content with stream=,
count_tokens, GenerationConfig, responses read as .text / .usage_metadata), with
`vertexai.init(project=, location=[, credentials=])` in configure()'s place. What differs:
every import of the removed modules and `import vertexai` (or `from google.cloud import
aiplatform`, whose init() is the same) go (the first becomes `from google import genai`; the
module may use `vertexai` / `aiplatform` for init() only); init() must name project= and
location= (without them vertexai used the credentials' project and us-central1, google-genai
reads GOOGLE_CLOUD_PROJECT / GOOGLE_CLOUD_LOCATION: not the same run); model names resolve
against the table's Vertex AI rows, and a literal the table renames to a served Vertex model
is renamed with the construction; `TextEmbeddingModel.from_pretrained(name)` objects whose
`get_embeddings(texts[, auto_truncate=][, output_dimensionality=])` results are read only as
`[i].values` or by iterating elements' `.values` (a list of objects with `.values` in both
SDKs); safety settings (`SafetySetting` lists, `{HarmCategory: HarmBlockThreshold}` dicts)
into the config; `Part.from_text` / `from_uri` / `from_data` -> google-genai's keyword-only
constructors; the module imported as a name (`import ... generative_models as gm`). Manual,
with the reason: PaLM and Codey (TextGenerationModel, ChatModel, CodeGenerationModel ...: shut
down on 2025-04-09, and the table's replacement gemini-1.5-flash is itself retired), chat
sessions, Image/Tool/Content and the other types, vision, caching and tuning modules,
anything the google-genai half refuses.

Checked on google-cloud-aiplatform 1.60.0 (`init(*, project, location, ..., credentials, ...)`,
`GenerativeModel(model_name, *, generation_config, safety_settings, tools, tool_config,
system_instruction)`, `TextEmbeddingModel.get_embeddings(texts, *, auto_truncate=True,
output_dimensionality=None)` -> [TextEmbedding(values, statistics)]) and 2.7.0 (the same names,
with the removal warning), and google-genai 3.6.1 (`Client(vertexai=True, project, location,
credentials)`; embed_content sends text-embedding models to `:predict` on Vertex AI, one
instance per text; `EmbedContentConfig(output_dimensionality, auto_truncate ...)`). Execution
cases: tests/execution/providers/vertex_*; fixtures: tests/fixtures/GM212-*.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import TYPE_CHECKING, Dict, List, Optional, Set, Tuple

from gptmigrate.migrations.base import Uncertain
from gptmigrate.migrations.google_genai import _default, _Rewrite, _escape
from gptmigrate.types import Edit, Finding, FixSafety

if TYPE_CHECKING:
    from gptmigrate.rewrite import Planner
    from gptmigrate.table import Resolution

CODE = "GM212"
FIXTURES = ("GM212-vertexai-generative-module",)
ROOT = "vertexai"
# What a removed module may give a module that is rewritten, by the module's last name.
REWRITTEN_NAMES = {"generative_models": frozenset({"GenerativeModel", "GenerationConfig",
                                                   "SafetySetting", "HarmCategory",
                                                   "HarmBlockThreshold", "Part"}),
                   "language_models": frozenset({"TextEmbeddingModel"})}
# vertexai's Part constructors -> google-genai's (keyword-only there), with the parameter
# names in vertexai's positional order and google-genai's.
PART_CONSTRUCTORS = {"from_text": ("from_text", ("text",), ("text",)),
                     "from_uri": ("from_uri", ("uri", "mime_type"), ("file_uri", "mime_type")),
                     "from_data": ("from_bytes", ("data", "mime_type"), ("data", "mime_type"))}
# The safety enums and their members in vertexai 1.60 (all of them google-genai's too).
SAFETY_ENUMS = {
    "HarmCategory": frozenset({"HARM_CATEGORY_UNSPECIFIED", "HARM_CATEGORY_HATE_SPEECH",
                               "HARM_CATEGORY_DANGEROUS_CONTENT", "HARM_CATEGORY_HARASSMENT",
                               "HARM_CATEGORY_SEXUALLY_EXPLICIT", "HARM_CATEGORY_CIVIC_INTEGRITY"}),
    "HarmBlockThreshold": frozenset({"HARM_BLOCK_THRESHOLD_UNSPECIFIED", "BLOCK_LOW_AND_ABOVE",
                                     "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH", "BLOCK_NONE",
                                     "OFF"}),
}
INIT_KEYWORDS = frozenset({"project", "location", "credentials"})
EMBEDDING_KEYWORDS = frozenset({"auto_truncate", "output_dimensionality"})
PALM_CLASSES = frozenset({"TextGenerationModel", "ChatModel", "CodeGenerationModel",
                          "CodeChatModel", "InputOutputTextPair", "ChatMessage"})
PALM_REASON = ("PaLM / Codey on Vertex AI (text-bison, chat-bison, code-bison ...) was shut "
               "down on 2025-04-09 and the table's replacement, gemini-1.5-flash, is itself "
               "retired: rewrite it as client.models.generate_content(model=<a served Gemini "
               "model>, contents=prompt).text (chats: client.chats.create(model=...)"
               ".send_message(message).text)")


def module_fix(planner: "Planner", finding: Finding, planned: List[Finding]) -> Finding:
    """The module's first GM212 finding carries the rewrite of every removed import, or why
    there is none; a later one points at it."""
    first = next((f for f in planned if f.code == CODE), None)
    if first is not None:
        if first.fix is not None:
            return replace(finding, message=f"{finding.message}. Rewritten with the module by "
                                            f"the GM212 fix on line {first.start.line}")
        _, _, why = first.message.partition(". Not rewritten: ")
        return replace(finding, message=f"{finding.message}. Not rewritten: {why}") \
            if why else finding
    try:
        fix = _VertexRewrite(planner).plan()
    except Uncertain as exc:
        return replace(finding, message=f"{finding.message}. Not rewritten: {exc}")
    return replace(finding, fix_safety=FixSafety.UNSAFE, fix=fix)


class _VertexRewrite(_Rewrite):
    CONFIGURE = "init"
    SAFETY_SETTINGS = True
    SDK_WORDS = ("vertexai", "aiplatform")
    PROVIDER = "vertex"
    MODELS_PAGE = "cloud.google.com/vertex-ai/generative-ai/docs/learn/models"

    def __init__(self, planner: "Planner") -> None:
        statements = [node for node in planner.sem.tree.body if _imports_vertexai(node)
                      or _imports_aiplatform(node) and _init_only(planner, node)]
        super().__init__(planner, statements[0] if statements else planner.sem.tree.body[0])
        self.statements = statements
        self.renamed: Dict[int, str] = {}  # model literals the construction renames
        self.module_aliases: Set[str] = set()  # names bound to a removed module itself
        self.embedders: Set[str] = set()

    def _uses(self) -> List[Tuple[ast.Name, str, str]]:
        sem = self.sem
        nested = [node for node in ast.walk(sem.tree) if _imports_vertexai(node)
                  and not any(node is statement for statement in self.statements)]
        if nested:
            raise Uncertain(f"line {nested[0].lineno}: vertexai is imported inside a function "
                            f"or a block; move the module to google-genai by hand")
        google = next((node for node in ast.walk(sem.tree) if _imports_google_sdk(node)), None)
        if google is not None:
            raise Uncertain(f"line {google.lineno}: the module also imports a Google Gen AI SDK "
                            f"(google.generativeai, whose GM211 fix comes first, or google."
                            f"genai): move the Vertex AI calls to one genai.Client by hand")
        bound: Dict[str, str] = {}
        for statement in self.statements:
            if "#" in sem.source(statement):
                raise Uncertain(f"line {statement.lineno}: the import holds a comment")
            bound.update(self._names(statement))
        self.bound = bound
        return self._reads_of(bound)

    def _names(self, statement: ast.stmt) -> Dict[str, str]:
        """local name -> imported name ("" for the vertexai package itself, and for
        google.cloud.aiplatform, whose init() is vertexai's)."""
        where = f"line {statement.lineno}"
        if _imports_aiplatform(statement):  # `_init_only`
            alias = statement.names[0]  # type: ignore[attr-defined]
            return {alias.asname or alias.name: ""}
        modules = {f"{ROOT}.{last}" for last in REWRITTEN_NAMES} | {
            f"{ROOT}.preview.{last}" for last in REWRITTEN_NAMES}
        if isinstance(statement, ast.Import) and len(statement.names) == 1 \
                and statement.names[0].name in modules and statement.names[0].asname:
            # `import vertexai.preview.generative_models as generative_models`
            self.module_aliases.add(statement.names[0].asname)
            return {statement.names[0].asname: ""}
        if isinstance(statement, ast.ImportFrom) and statement.module in (ROOT, f"{ROOT}.preview") \
                and all(f"{statement.module}.{a.name}" in modules for a in statement.names):
            # `from vertexai import generative_models`
            local = {a.asname or a.name: "" for a in statement.names}
            self.module_aliases.update(local)
            return local
        if isinstance(statement, ast.Import):
            if len(statement.names) != 1 or statement.names[0].name != ROOT \
                    or statement.names[0].asname not in (None, ROOT):
                raise Uncertain(f"{where}: the import names more than `import vertexai` (a "
                                f"submodule, an alias or other modules); split it, or move "
                                f"the module to google-genai by hand")
            return {ROOT: ""}
        assert isinstance(statement, ast.ImportFrom)
        module = statement.module or ""
        last = module.rsplit(".", 1)[-1]
        if module not in (f"{ROOT}.{last}", f"{ROOT}.preview.{last}") \
                or last not in REWRITTEN_NAMES:
            raise Uncertain(f"{where}: from {module} import ... has no rewrite here (only "
                            f"generative_models' GenerativeModel, GenerationConfig, Part and "
                            f"safety settings, and language_models' TextEmbeddingModel are "
                            f"moved); move the module to google-genai by hand")
        out: Dict[str, str] = {}
        for alias in statement.names:
            if alias.name in PALM_CLASSES:
                raise Uncertain(f"{where}: {alias.name} is a PaLM / Codey class: {PALM_REASON}; "
                                f"then run --unsafe-fixes again for the rest of the module")
            if alias.name not in REWRITTEN_NAMES[last] and not self.sem.reads(
                    (self.sem.names.module, alias.asname or alias.name)):
                continue  # imported, never read: it goes with the import
            if alias.name not in REWRITTEN_NAMES[last]:
                raise Uncertain(f"{where}: {alias.name} from {module} has no rewrite here "
                                f"(google-genai's types differ: genai.types.Part, Content, "
                                f"Tool ...); move the module to google-genai by hand")
            out[alias.asname or alias.name] = alias.name
        return out

    def _other(self, attr: str, call: ast.Call, where: str) -> None:
        raise Uncertain(f"{where} has no rewrite here (google-genai: see cloud.google.com/"
                        f"vertex-ai/generative-ai/docs/deprecations/genai-vertexai-sdk); move "
                        f"the module by hand")

    def _attribute_use(self, read: ast.expr, imported: str) -> bool:
        where = f"line {read.lineno}: {self.sem.source(read)}"
        if imported.startswith("."):  # `gm.Part` of `import ... generative_models as gm`
            owner = read.value  # type: ignore[attr-defined]
            if not (isinstance(owner, ast.Name) and owner.id in self.module_aliases
                    and imported[1:] in ("SafetySetting", "Part", *SAFETY_ENUMS)):
                return False
            imported = imported[1:]
        if imported == "TextEmbeddingModel":
            self._embedder(read, where)
            return True
        if imported in SAFETY_ENUMS or imported == "SafetySetting" and isinstance(
                self.sem.parent(read), ast.Attribute):
            member = self._member_of(read, where)
            start, end = self.sem.span(member)
            self.edits.append(self.sem.edit(start, end, f"{self.genai}.types."
                                                        f"{self._enum_name(member)}"))
            return True
        if imported == "Part":
            self._part(read, where)
            return True
        if imported == "SafetySetting":
            call = self.sem.parent(read)
            if not (isinstance(call, ast.Call) and call.func is read and not call.args
                    and {k.arg for k in call.keywords} == {"category", "threshold"}):
                raise Uncertain(f"{where} is used otherwise than as SafetySetting(category=..., "
                                f"threshold=...); move it by hand")
            start, end = self.sem.span(read)
            self.edits.append(self.sem.edit(start, end, f"{self.genai}.types.SafetySetting"))
            return True
        return False

    def _part(self, read: ast.expr, where: str) -> None:
        """`Part.from_text(t)`, `Part.from_uri(u, mime_type)`, `Part.from_data(d, mime_type)`
        -> google-genai's `genai.types.Part.from_text(text=t)` ... (keyword-only)."""
        sem = self.sem
        method = sem.parent(read)
        call = sem.parent(method)
        if not (isinstance(method, ast.Attribute) and method.attr in PART_CONSTRUCTORS
                and isinstance(call, ast.Call) and call.func is method):
            raise Uncertain(f"{where} is used otherwise than by Part.from_text / from_uri / "
                            f"from_data (google-genai's Part differs); move it by hand")
        new_name, old_names, new_names = PART_CONSTRUCTORS[method.attr]
        if len(call.args) > len(old_names) or any(
                isinstance(a, ast.Starred) for a in call.args) or any(
                k.arg not in old_names for k in call.keywords):
            raise Uncertain(f"{where}.{method.attr}: arguments other than "
                            f"{', '.join(old_names)}; move it by hand")
        given = dict(zip(old_names, call.args))
        given.update({k.arg: k.value for k in call.keywords if k.arg is not None})
        if set(given) != set(old_names):
            raise Uncertain(f"{where}.{method.attr}: {', '.join(old_names)} must all be given")
        arguments = ", ".join(f"{new}={sem.source(given[old])}"
                              for old, new in zip(old_names, new_names))
        start, end = sem.span(call)
        self.edits.append(sem.edit(start, end, f"{self.genai}.types.Part.{new_name}("
                                               f"{arguments})"))

    def _content_part(self, value: ast.expr) -> bool:
        """A string, or a Part made by one of its constructors (there, or bound once)."""
        if super()._content_part(value):
            return True
        sem = self.sem
        if isinstance(value, ast.Name):
            sites = sem.sites(sem.binding_of(value))
            parent = sem.parent(sites[0]) if len(sites) == 1 else None
            if not (isinstance(parent, ast.Assign) and len(parent.targets) == 1):
                return False
            value = parent.value
        return (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
                and value.func.attr in PART_CONSTRUCTORS
                and self._names_class(value.func.value, "Part"))

    def _member_of(self, read: ast.expr, where: str) -> ast.Attribute:
        """`HarmCategory.X`, `SafetySetting.HarmBlockThreshold.Y`: an enum member read."""
        node: ast.AST = read
        if self._names_class(read, "SafetySetting"):
            node = self.sem.parent(read)
        member = self.sem.parent(node)
        if not (isinstance(node, ast.Attribute) or node is read) \
                or not isinstance(member, ast.Attribute) or not self._constant_member(member):
            raise Uncertain(f"{where} is used otherwise than for a member of HarmCategory or "
                            f"HarmBlockThreshold; move it by hand")
        return member

    def _names_class(self, node: ast.AST, name: str) -> bool:
        """`node` spells the removed module's class `name` (imported, or off its module)."""
        if isinstance(node, ast.Name):
            return self.bound.get(node.id) == name
        return isinstance(node, ast.Attribute) and node.attr == name \
            and isinstance(node.value, ast.Name) and node.value.id in self.module_aliases

    def _constant_member(self, value: ast.Attribute) -> bool:
        owner = value.value
        enum = next((e for e in SAFETY_ENUMS if self._names_class(owner, e)), None)
        if enum is None and isinstance(owner, ast.Attribute) and owner.attr in SAFETY_ENUMS \
                and self._names_class(owner.value, "SafetySetting"):
            enum = owner.attr
        return enum is not None and value.attr in SAFETY_ENUMS[enum] \
            and isinstance(value.ctx, ast.Load)

    def _enum_name(self, member: ast.Attribute) -> str:
        owner = member.value
        enum = owner.attr if isinstance(owner, ast.Attribute) else \
            self.bound[owner.id]  # type: ignore[attr-defined]
        return f"{enum}.{member.attr}"

    def _stable_call(self, value: ast.Call) -> bool:
        return super()._stable_call(value) or self._names_class(value.func, "SafetySetting")

    def _safety_settings(self, value: ast.expr, where: str) -> str:
        """A list of SafetySetting(...) (its parts are rewritten where they stand) or a name
        bound once to one; the {HarmCategory.X: HarmBlockThreshold.Y} dict vertexai also took
        becomes the list google-genai takes."""
        sem = self.sem
        if isinstance(value, ast.Name):
            sites = sem.sites(sem.binding_of(value))
            parent = sem.parent(sites[0]) if len(sites) == 1 else None
            if not isinstance(parent, ast.Assign) or not isinstance(parent.value,
                                                                    (ast.List, ast.Dict)):
                raise Uncertain(f"{where}: safety_settings is not a list or dict bound once; "
                                f"move it by hand")
            if isinstance(parent.value, ast.Dict):
                self._safety_dict_constant(value, parent.value, where)
            else:
                self._safety_list(parent.value, where)
            return sem.source(value)
        if isinstance(value, ast.List):
            self._safety_list(value, where)
            return self._converted(value)
        if isinstance(value, ast.Dict) and value.keys and all(
                isinstance(k, ast.Attribute) and self._constant_member(k) for k in value.keys) \
                and all(isinstance(v, ast.Attribute) and self._constant_member(v)
                        for v in value.values):
            items = [f"{self.genai}.types.SafetySetting(category={self.genai}.types."
                     f"{self._enum_name(k)}, threshold={self.genai}.types."  # type: ignore
                     f"{self._enum_name(v)})" for k, v in zip(value.keys, value.values)]
            for node in ast.walk(value):
                self.consumed.add(id(node))
            return "[" + ", ".join(items) + "]"
        raise Uncertain(f"{where}: safety_settings is computed here; move it by hand")

    def _converted(self, value: ast.expr) -> str:
        """The value's text with its reads of the removed module rewritten (`SafetySetting(`,
        enum members, `Part.from_text`), those reads then taken as handled."""
        sem = self.sem
        start, end = sem.span(value)
        before = len(self.edits)
        reads = sorted((node for node in ast.walk(value) if isinstance(node, ast.Name)
                        and node.id in self.bound and id(node) not in self.consumed),
                       key=lambda node: (node.lineno, node.col_offset))
        for read in reads:
            if id(read) in self.consumed:
                continue
            imported = self.bound[read.id]
            up = sem.parent(read)
            handled = self._attribute_use(read, imported) if imported else isinstance(
                up, ast.Attribute) and self._attribute_use(up, "." + up.attr)
            if not handled:
                raise Uncertain(f"line {read.lineno}: {read.id} in a setting of the model's "
                                f"construction has no rewrite here; move it by hand")
            self.consumed.add(id(read))
        made = sorted(self.edits[before:], key=lambda e: e.start, reverse=True)
        del self.edits[before:]
        text, last = sem.text[start:end], end
        for edit in made:
            if not start <= edit.start <= edit.end <= last:
                raise Uncertain(f"line {value.lineno}: two rewrites overlap in a setting of the "
                                f"model's construction; move it by hand")
            text = text[:edit.start - start] + edit.content + text[edit.end - start:]
            last = edit.start
        return text

    def _safety_dict_constant(self, name: ast.Name, value: ast.Dict, where: str) -> None:
        """`SAFETY = {HarmCategory.X: HarmBlockThreshold.Y}` read only as safety_settings=:
        the dict becomes google-genai's list where it is defined (once)."""
        sem = self.sem
        if id(value) in self.consumed:
            return
        for read in sem.reads(sem.binding_of(name)):
            keyword = sem.parent(read)
            if not (isinstance(keyword, ast.keyword) and keyword.arg == "safety_settings"):
                raise Uncertain(f"{where}: safety_settings {name.id} is a dict also read "
                                f"otherwise (line {read.lineno}); google-genai takes a list of "
                                f"genai.types.SafetySetting: rewrite it by hand")
        listed = self._safety_settings(value, where)  # the dict as a list, its nodes consumed
        start, end = sem.span(value)
        self.edits = [e for e in self.edits if not (start <= e.start and e.end <= end)]
        self.edits.append(sem.edit(start, end, listed))

    def _safety_list(self, value: ast.List, where: str) -> None:
        for element in value.elts:
            if not (isinstance(element, ast.Call) and self._stable_call(element)
                    and not self._is_generation_config(element.func)):
                raise Uncertain(f"{where}: safety_settings holds {self.sem.source(element)}, "
                                f"not SafetySetting(...); move it by hand")

    # -- the client ----------------------------------------------------------------------------

    def _client_hint(self) -> str:
        return "vertexai=True, project=..., location=..."

    def _unconfigured(self) -> str:
        raise Uncertain("vertexai.init(project=..., location=...) is not called here: "
                        "google-genai reads GOOGLE_CLOUD_PROJECT and GOOGLE_CLOUD_LOCATION where "
                        "vertexai used the credentials' project and us-central1; create "
                        "client = genai.Client(vertexai=True, project=..., location=...) by hand")

    def _client_arguments(self, configure: ast.Call, where: str) -> str:
        names = {k.arg for k in configure.keywords}
        if configure.args or not names <= INIT_KEYWORDS:
            other = sorted(str(n) for n in names - INIT_KEYWORDS) or ["positional arguments"]
            raise Uncertain(f"{where} takes {other[0]}, which genai.Client has no place for "
                            f"(it takes project=, location=, credentials=, http_options=); "
                            f"create the client by hand")
        if not {"project", "location"} <= names:
            self._unconfigured()
        return ", ".join(["vertexai=True", *(self.sem.source(k) for k in configure.keywords)])

    def _own_imports(self) -> List[ast.stmt]:
        return list(self.statements)

    def _import_edits(self) -> List[Edit]:
        """The first import becomes google-genai's; the others go, line and all."""
        sem = self.sem
        edits = []
        for index, statement in enumerate(self.statements):
            start, end = sem.span(statement)
            if index == 0:
                edits.append(sem.edit(start, end, self._genai_import()))
                continue
            line_start = sem.index.starts[statement.lineno - 1]
            line_end = sem.line_end(statement)
            if sem.text[line_start:start].strip() or sem.text[end:line_end].strip():
                raise Uncertain(f"line {statement.lineno}: the import shares its line with "
                                f"other code; put it on a line of its own first")
            edits.append(sem.edit(line_start, line_end, ""))
        return edits

    # -- models --------------------------------------------------------------------------------

    def _resolve(self, name: str) -> "Resolution":
        options = self.planner.options
        table = options.table
        provider = "vertex" if table.get(name, "vertex") is not None else None
        return table.resolve(name, options.as_of, options.targets, provider=provider)

    def _check_model(self, value: ast.expr, where: str, api: str = "gemini") -> None:
        """A literal the table renames to a served Vertex AI model is renamed with the
        construction (the model finding under the removed import cannot do it); any other
        value must be served as it is."""
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            target = self._served_target(value.value, api)
            if target is not None:
                self.renamed[id(value)] = target
                self.notes.append(f"{value.value} -> {target}")
                return
        elif self._default_renamed(value, api):
            return
        else:
            for literal in self._literals(value, 0):
                target = self._served_target(literal, api)
                if target is not None:  # google_genai's check would take it as renamed
                    day = self._resolve(literal).chain[0].shutdown
                    when = "was shut down" if day and day <= self.planner.options.as_of \
                        else "shuts down"
                    raise Uncertain(f"{where}: the model {literal} {when} on {day} on Vertex "
                                    f"AI and the table names {target}: write it where "
                                    f"{self.sem.source(value)} gets its value, then run "
                                    f"--unsafe-fixes again")
        super()._check_model(value, where, api)

    def _default_renamed(self, value: ast.expr, api: str) -> bool:
        """`GenerativeModel(model_name)` where model_name is a parameter (bound once) whose
        default the table renames to a served Vertex AI model: the default is renamed with
        the module, as a literal in the call is (what callers pass is theirs, as before)."""
        sem = self.sem
        if not isinstance(value, ast.Name):
            return False
        sites = sem.sites(sem.binding_of(value))
        site = sites[0] if len(sites) == 1 else None
        arguments = sem.parent(site) if isinstance(site, ast.arg) else None
        default = _default(arguments, site) if isinstance(arguments, ast.arguments) \
            and isinstance(site, ast.arg) else None
        if not (isinstance(default, ast.Constant) and isinstance(default.value, str)):
            return False
        target = self._served_target(default.value, api)
        if target is None or id(default) in self.renamed:
            return target is not None
        self.renamed[id(default)] = target
        start, end = sem.span(default)
        self.edits.append(sem.edit(start, end, f'"{target}"'))
        self.notes.append(f"{default.value} -> {target} (the default of {value.id})")
        return True

    def _served_target(self, name: str, api: str) -> Optional[str]:
        options = self.planner.options
        resolution = self._resolve(name)
        target = resolution.target
        row = options.table.get(target, "vertex") if target else None
        if resolution.action == "rename" and row is not None and row.api == api \
                and options.table.is_served(target, options.as_of, "vertex"):
            return target
        return None

    def _model_source(self, value: ast.expr) -> str:
        target = self.renamed.get(id(value))
        return f'"{target}"' if target is not None else self.sem.source(value)

    # -- embeddings ----------------------------------------------------------------------------

    def _embedder(self, read: ast.Name, where: str) -> None:
        """`m = TextEmbeddingModel.from_pretrained(name)` with `m` read only by
        get_embeddings: the construction becomes the model name, each call embed_content."""
        sem = self.sem
        up = sem.parent(read)
        call = sem.parent(up)
        if not (isinstance(up, ast.Attribute) and up.attr == "from_pretrained"
                and isinstance(call, ast.Call) and call.func is up):
            raise Uncertain(f"{where} is used otherwise than by from_pretrained(name); move it "
                            f"by hand")
        name, key = self._object_name(call, where, "call client.models.embed_content("
                                                   "model=..., contents=texts).embeddings")
        model = call.args[0] if len(call.args) == 1 and not call.keywords else next(
            (k.value for k in call.keywords if k.arg == "model_name"), None)
        if model is None or len(call.args) + len(call.keywords) != 1:
            raise Uncertain(f"{where}.from_pretrained takes one argument, the model name")
        self._check_model(model, where, "embeddings")
        start, end = sem.span(call)
        self.edits.append(sem.edit(start, end, self._model_source(model)))
        reads = sem.reads(key)
        if not reads:
            raise Uncertain(f"{where}: {name.id} is not used here (it may be used from another "
                            f"module)")
        for use in reads:
            self._get_embeddings(use, name.id)

    def _get_embeddings(self, read: ast.Name, variable: str) -> None:
        sem = self.sem
        up = sem.parent(read)
        call = sem.parent(up)
        where = f"line {read.lineno}: {read.id}"
        if not (isinstance(up, ast.Attribute) and up.attr == "get_embeddings"
                and isinstance(call, ast.Call) and call.func is up):
            raise Uncertain(f"{where} is used otherwise than by calling get_embeddings (passed "
                            f"on, stored, get_embeddings_async() ...): move it by hand")
        texts = call.args[0] if call.args else next(
            (k.value for k in call.keywords if k.arg == "texts"), None)
        if texts is None or len(call.args) > 1 or any(k.arg is None for k in call.keywords):
            raise Uncertain(f"{where}.get_embeddings: the texts are not the one argument")
        config: List[str] = []
        for keyword in call.keywords:
            if keyword.arg == "texts":
                continue
            if keyword.arg not in EMBEDDING_KEYWORDS:
                raise Uncertain(f"{where}.get_embeddings({keyword.arg}=...) is not rewritten")
            config.append(f'"{keyword.arg}": {sem.source(keyword.value)}')
        if isinstance(texts, ast.Constant):
            raise Uncertain(f"{where}.get_embeddings: the texts are one string, not a list")
        self._element_reads(call, where)
        parts = [f"model={variable}", f"contents={sem.source(texts)}"]
        if config:
            parts.append("config={" + ", ".join(config) + "}")
        self.edits.append(self._call(call, "embed_content", parts))
        end = sem.span(call)[1]
        self.edits.append(sem.edit(end, end, ".embeddings"))

    def _element_reads(self, result: ast.expr, where: str, depth: int = 0) -> None:
        """The list get_embeddings returns is read only for its elements' `.values` (indexed,
        iterated, or its len()): what google-genai's `.embeddings` list gives too."""
        sem = self.sem
        parent = sem.parent(result)
        manual = (f"{where}.get_embeddings: the result is {{}}; google-genai returns "
                  f"EmbedContentResponse: read [e.values for e in response.embeddings] by hand")
        if isinstance(parent, ast.Subscript) and parent.value is result \
                and isinstance(parent.ctx, ast.Load) and not isinstance(parent.slice, ast.Slice):
            self._values_read(parent, where)
        elif isinstance(parent, (ast.For, ast.comprehension)) and parent.iter is result:
            if not isinstance(parent.target, ast.Name) or getattr(parent, "orelse", None):
                raise Uncertain(f"{where}: the embeddings' loop unpacks its elements")
            element = sem.binding_of(parent.target)
            if len(sem.sites(element)) != 1:
                raise Uncertain(f"{where}: the element's name is assigned elsewhere too")
            for read in sem.reads(element):
                self._values_read(read, where)
        elif isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) \
                and parent.func.id == "len" and parent.args == [result] \
                and not sem.sites(sem.binding_of(parent.func)):
            pass
        elif isinstance(parent, ast.Assign) and depth == 0 and len(parent.targets) == 1 \
                and isinstance(parent.targets[0], ast.Name) and parent.value is result:
            key = sem.binding_of(parent.targets[0])
            if len(sem.sites(key)) != 1:
                raise Uncertain(f"{where}: the result's name is assigned more than once")
            for read in sem.reads(key):
                self._element_reads(read, where, depth + 1)
        else:
            raise Uncertain(manual.format(_escape(sem, result)))

    def _values_read(self, element: ast.expr, where: str) -> None:
        attribute = self.sem.parent(element)
        if not (isinstance(attribute, ast.Attribute) and attribute.attr == "values"
                and attribute.value is element and isinstance(attribute.ctx, ast.Load)):
            raise Uncertain(f"{where}.get_embeddings: an embedding is read otherwise than "
                            f".values (statistics differ in google-genai); move it by hand")


def _imports_google_sdk(node: ast.AST) -> bool:
    if isinstance(node, ast.Import):
        return any(a.name.startswith(("google.generativeai", "google.genai")) for a in node.names)
    if isinstance(node, ast.ImportFrom) and not node.level and node.module:
        return node.module.startswith(("google.generativeai", "google.genai")) or (
            node.module == "google" and any(a.name in ("generativeai", "genai")
                                            for a in node.names))
    return False


def _imports_aiplatform(node: ast.AST) -> bool:
    """`from google.cloud import aiplatform`, `import google.cloud.aiplatform as x`: its
    init() is the one vertexai.init() is (aiplatform.initializer.global_config.init)."""
    if isinstance(node, ast.Import):
        return any(a.name == "google.cloud.aiplatform" for a in node.names)
    return isinstance(node, ast.ImportFrom) and not node.level \
        and node.module == "google.cloud" and any(a.name == "aiplatform" for a in node.names)


def _init_only(planner: "Planner", statement: ast.stmt) -> bool:
    """An aiplatform import of that one name, read only as `aiplatform.init(...)`: it goes with
    the rewrite. Otherwise it stays (training, endpoints ...), and so does its init()."""
    names: List[ast.alias] = statement.names  # type: ignore[attr-defined]
    if len(names) != 1 or isinstance(statement, ast.Import) and names[0].asname is None:
        return False
    sem = planner.sem
    local = names[0].asname or names[0].name
    for read in sem.reads((sem.names.module, local)):
        attribute = sem.parent(read)
        call = sem.parent(attribute)
        if not (isinstance(attribute, ast.Attribute) and attribute.attr == "init"
                and isinstance(call, ast.Call) and call.func is attribute):
            return False
    return True


def _imports_vertexai(node: ast.AST) -> bool:
    if isinstance(node, ast.Import):
        return any(a.name == ROOT or a.name.startswith(ROOT + ".") for a in node.names)
    if isinstance(node, ast.ImportFrom) and not node.level and node.module:
        return node.module == ROOT or node.module.startswith(ROOT + ".")
    return False


__all__ = ["CODE", "FIXTURES", "module_fix"]
