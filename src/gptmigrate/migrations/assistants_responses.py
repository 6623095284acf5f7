"""Assistants API (GM103, shut down 2026-08-26) -> one Responses call, where the pattern is whole.

The Assistants quickstart, as most programs wrote it, keeps nothing between calls:

    assistant = client.beta.assistants.create(model=M, instructions=I, name="Tutor")
    thread = client.beta.threads.create()
    client.beta.threads.messages.create(thread_id=thread.id, role="user", content=X)
    run = client.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id)
    messages = client.beta.threads.messages.list(thread_id=thread.id)
    print(messages.data[0].content[0].text.value)

Responses does the same in one call that returns when the reply is done:

    response = client.responses.create(model=<served M>, instructions=I, input=X)
    print(response.output_text)

Rewritten (an unsafe fix on the run's finding; the other calls say the fix covers them) only
when the whole pattern is in one block of one function (or of the module) and nothing else
sees its objects: the assistant is read only as `.id` by this run (and a final
`assistants.delete`), has no tools and its model is a literal or a module constant the table
moves to a served model (parameter rules judged on it); the thread is made here with no
arguments (or with user messages) and read only as `.id` by the user messages added before the
run, the run, its polling and the reply's read (and `threads.delete`); the run is
`create_and_poll`, or `create` followed by a `while` loop of `runs.retrieve` (and sleeps) that
ends on "completed", or by `runs.poll`; the run object is read only as `.status`; the reply is
read as `messages.list(thread_id=...).data[0].content[0].text.value` (the newest message is
the reply when the assistant has no tools). The message contents and instructions are moved to
the run's place, so they must be plain expressions (no call) whose names are not rebound in
between. Anything else keeps its manual finding with the reason: ids kept in variables,
attributes, constants or other processes (the assistant lives in the dashboard), threads that
continue (a Conversation), tools (function calls go through submit_tool_outputs, file_search
needs its vector store on the tool), streams and event handlers, message content parts.

Checked on openai 3.63.0 (`Responses.create(*, model, instructions, input, temperature, top_p,
...)`, `Response.output_text`, statuses completed/failed/in_progress/cancelled/queued/
incomplete) and openai 1.109.1 (`runs.create_and_poll`, `runs.poll` ends on requires_action,
cancelled, completed, failed, expired, incomplete; `messages.list` orders newest first).
Execution cases: tests/execution/providers/assistants_*; fixtures: tests/fixtures/GM103-*.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Callable, Dict, List, Optional, Sequence, Set, Tuple

from gptmigrate.migrations.base import Uncertain
from gptmigrate.types import Edit, Finding, Fix, FixSafety

if TYPE_CHECKING:
    from gptmigrate.detect import LegacyCall
    from gptmigrate.rewrite import Planner
    from gptmigrate.semantic import Semantics

CODE = "GM103"
FIXTURES = ("GM103-assistants-api", "GM103-assistants-rewrite")
RUN_METHODS = ("create_and_poll", "create")
RESPONSE_NAMES = ("response", "assistant_response", "ai_response")
# assistants.create keywords: dropped (labels of the assistant object), carried to
# responses.create (judged by the target's parameter rule), or moved by hand.
LABELS = ("name", "description")
CARRIED = ("temperature", "top_p")
# The statuses of a run that is not done yet: a polling loop must go on through them.
PENDING = ("queued", "in_progress")
# A module that may make an Azure client (detection names every v1 client openai.OpenAI()).
_AZURE = re.compile(r"AzureOpenAI|azure_endpoint|AZURE_OPENAI")
_GOES_ON = ("a thread that goes on is a conversation: client.conversations.create(), and "
            "conversation=<its id> on each client.responses.create(...)")
_BY_HAND = ("move the pattern by hand: client.responses.create(model=..., instructions=..., "
            "input=...) returns the finished reply as response.output_text")


def plan_findings(planner: "Planner", findings: Sequence[Finding],
                  nodes: Dict[Tuple[int, int, int, int], ast.Call]) -> Dict[int, Finding]:
    """The GM103 findings this migration changes (by index in `findings`): each run of a whole
    pattern with its fix or its reason, and each other call of a rewritten pattern saying so."""
    out: Dict[int, Finding] = {}
    covered: Dict[int, int] = {}  # id(call) -> the line of the fix that removes it
    for index, finding in enumerate(findings):
        if finding.code != CODE or finding.fix is not None:
            continue
        call = nodes.get(_span(finding))
        legacy = planner.sem.legacy(call) if call is not None else None
        if call is None or legacy is None or _kind(legacy) not in (
                ("threads.runs", "create_and_poll"), ("threads.runs", "create")):
            continue
        try:
            pattern = _Pattern(planner, call, legacy.method)
            fix = pattern.plan()
        except Uncertain as exc:
            out[index] = replace(finding, message=f"{finding.message}. Not rewritten: {exc}")
            continue
        out[index] = replace(finding, fix_safety=FixSafety.UNSAFE, fix=fix)
        covered.update({key: finding.start.line for key in pattern.covered})
    for index, finding in enumerate(findings):
        call = nodes.get(_span(finding)) if finding.code == CODE else None
        if call is not None and id(call) in covered and index not in out:
            out[index] = replace(finding, message=f"{finding.message}. Rewritten with the run by "
                                                  f"the GM103 fix on line {covered[id(call)]}")
    return out


def _span(finding: Finding) -> Tuple[int, int, int, int]:
    return (finding.start.line, finding.start.column, finding.end.line, finding.end.column)


def _kind(legacy: "LegacyCall") -> Tuple[str, str]:
    parts = [p for p in legacy.resource.split(".") if p != "beta"]
    return ".".join(parts), legacy.method


@dataclass
class _Pattern:
    planner: "Planner"
    run: ast.Call
    method: str
    edits: List[Edit] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    covered: Set[int] = field(default_factory=set)  # id() of every Assistants call removed
    removed: List[ast.stmt] = field(default_factory=list)

    @property
    def sem(self) -> "Semantics":
        return self.planner.sem

    # -- the plan ---------------------------------------------------------------------------

    def plan(self) -> Fix:
        sem = self.sem
        if self.planner.facts.azure or _AZURE.search(sem.text):
            raise Uncertain("an Azure OpenAI client: model= names a deployment and Responses "
                            "needs an api_version that has it; move the pattern by hand "
                            "(client.responses.create(model=<deployment>, instructions=..., "
                            "input=...))")
        self.statement, awaited = self._own_statement(self.run, "the run")
        self.awaited = awaited
        self.block = self._block(self.statement)
        arguments = self._keywords(self.run, "the run", {"thread_id", "assistant_id"} | (
            {"poll_interval_ms"} if self.method == "create_and_poll" else set()))
        assistant = self._id_of(arguments.get("assistant_id"), "assistant_id")
        thread = self._id_of(arguments.get("thread_id"), "thread_id")
        self._thread(thread)
        instructions, carried = self._assistant(assistant)
        self.response = self._response_name()
        self._uses_of_run(self._run_target())
        self._uses_of_thread(thread)
        self._uses_of_assistant(assistant)
        moved = [(instructions, "the instructions")] + [
            (value, f"{name}=") for name, value in carried] + [
            (content, f"line {content.lineno}") for content in self.contents]
        for expression, where in moved:
            if expression is not None:
                self._movable(expression, where)
        self._blocks_stay()
        self.covered.add(id(self.run))
        self._write(instructions, carried)
        self.edits.sort(key=lambda e: (e.start, e.end))
        for left, right in zip(self.edits, self.edits[1:]):
            if right.start < left.end:
                raise Uncertain("the pattern's statements overlap; " + _BY_HAND)
        return Fix(FixSafety.UNSAFE, tuple(self.edits),
                   "Assistants -> Responses: one client.responses.create(model=..., "
                   "instructions=..., input=...) replaces the assistant, the thread, its "
                   "messages, the run and its polling; the reply is response.output_text"
                   + "".join(f"; {note}" for note in self.notes))

    # -- statements and blocks ----------------------------------------------------------------

    def _own_statement(self, call: ast.Call, what: str) -> Tuple[ast.stmt, bool]:
        """The statement `call` is the whole value of (`x = call`, `call`, with await)."""
        parent = self.sem.parent(call)
        awaited = isinstance(parent, ast.Await)
        node = self.sem.parent(parent) if awaited else parent
        value = parent if awaited else call
        if isinstance(node, ast.Expr) and node.value is value:
            return node, awaited
        if isinstance(node, ast.Assign) and node.value is value and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            return node, awaited
        raise Uncertain(f"{what} (line {call.lineno}) is not a statement of its own "
                        f"(x = client.beta...(...)); " + _BY_HAND)

    def _block(self, statement: ast.stmt) -> List[ast.stmt]:
        parent = self.sem.parent(statement)
        for name in ("body", "orelse", "finalbody"):
            block = getattr(parent, name, None)
            if isinstance(block, list) and any(s is statement for s in block):
                return block
        raise Uncertain(f"line {statement.lineno} is not in a block the rewrite can follow; "
                        + _BY_HAND)

    def _in_block(self, statement: ast.stmt, what: str) -> int:
        for index, node in enumerate(self.block):
            if node is statement:
                return index
        raise Uncertain(f"{what} (line {statement.lineno}) is not in the same block as the run "
                        f"(line {self.run.lineno}); " + _BY_HAND)

    def _alone_on_lines(self, statement: ast.stmt) -> None:
        sem = self.sem
        start, end = sem.span(statement)
        line_start = sem.index.starts[statement.lineno - 1]
        rest = sem.text[end:sem.line_end(statement)]
        if sem.text[line_start:start].strip() or (rest.strip() and not rest.strip().startswith("#")):
            raise Uncertain(f"line {statement.lineno} shares its line with another statement; "
                            + _BY_HAND)

    def _remove(self, statement: ast.stmt) -> None:
        self._alone_on_lines(statement)
        sem = self.sem
        start = sem.index.starts[statement.lineno - 1]
        self.edits.append(sem.edit(start, sem.line_end(statement), ""))
        self.removed.append(statement)

    def _blocks_stay(self) -> None:
        """No block is left empty by the statements the rewrite removes."""
        for statement in self.removed:
            parent = self.sem.parent(statement)
            for name in ("body", "orelse", "finalbody"):
                block = getattr(parent, name, None)
                if isinstance(block, list) and any(s is statement for s in block) and all(
                        any(s is r for r in self.removed) for s in block):
                    raise Uncertain(f"removing line {statement.lineno} would leave its block "
                                    f"empty; " + _BY_HAND)

    def _removed(self, node: ast.AST) -> bool:
        return any(s.lineno <= node.lineno and node.end_lineno <= s.end_lineno  # type: ignore
                   and s is not self.statement for s in self.removed)

    # -- calls of the pattern -----------------------------------------------------------------

    def _assistants_call(self, node: Optional[ast.AST]) -> Optional[Tuple[str, str]]:
        """(resource, method) of an Assistants call (`await` looked through), else None."""
        if isinstance(node, ast.Await):
            node = node.value
        if not isinstance(node, ast.Call):
            return None
        legacy = self.sem.legacy(node)
        return _kind(legacy) if legacy is not None and legacy.code == CODE else None

    def _keywords(self, call: ast.Call, what: str, allowed: Set[str],
                  positional: Sequence[str] = ()) -> Dict[str, ast.expr]:
        if len(call.args) > len(positional) or any(k.arg is None for k in call.keywords):
            raise Uncertain(f"{what} (line {call.lineno}) passes arguments by position or "
                            f"**kwargs; " + _BY_HAND)
        found: Dict[str, ast.expr] = dict(zip(positional, call.args))
        found.update({k.arg: k.value for k in call.keywords if k.arg is not None})
        extra = sorted(set(found) - allowed)
        if extra:
            raise Uncertain(f"{what} (line {call.lineno}) passes "
                            f"{', '.join(name + '=' for name in extra)}, which this rewrite "
                            f"does not carry over; " + _BY_HAND)
        return found

    def _id_of(self, value: Optional[ast.expr], keyword: str) -> ast.Name:
        """The name whose `.id` the run passes as `keyword`."""
        if isinstance(value, ast.Attribute) and value.attr == "id" \
                and isinstance(value.value, ast.Name):
            return value.value
        noun = "assistant" if keyword == "assistant_id" else "thread"
        shown = self.sem.source(value) if value is not None else "nothing"
        if noun == "assistant":
            raise Uncertain(f"the run's {keyword}= is {shown}, an assistant made elsewhere (in "
                            f"another function, process or the dashboard): copy its model, "
                            f"instructions and tools into client.responses.create(model=..., "
                            f"instructions=..., input=...) by hand")
        raise Uncertain(f"the run's {keyword}= is {shown}, a thread kept elsewhere: keep the "
                        f"conversation with client.conversations.create() and pass "
                        f"conversation=<its id> to client.responses.create(...), or send the "
                        f"messages as input=")

    def _single_site(self, name: ast.Name, noun: str, method: Tuple[str, str],
                     elsewhere: str = _BY_HAND) -> ast.Assign:
        """The one assignment of `name` in the run's block, before the run, to `method`
        (`elsewhere`: what to do when it is made in another block)."""
        sem = self.sem
        sites = sem.sites(sem.binding_of(name))
        statement = sem.parent(sites[0]) if len(sites) == 1 else None
        if not isinstance(statement, ast.Assign) or self._assistants_call(statement.value) \
                != method:
            where = f"{name.id} is bound {len(sites)} times" if len(sites) != 1 else \
                f"{name.id} (line {sites[0].lineno}) is not made by client.beta.{'.'.join(method)}"
            raise Uncertain(f"the {noun} of the run is not made right here ({where}); "
                            + _BY_HAND)
        if not any(s is statement for s in self.block):
            raise Uncertain(f"the {noun} {name.id} (line {statement.lineno}) is made outside "
                            f"the block of the run (line {self.run.lineno}), so runs may share "
                            f"it; {elsewhere}")
        if self._in_block(statement, f"the {noun} {name.id}") \
                > self._in_block(self.statement, "the run"):
            raise Uncertain(f"the {noun} {name.id} is made after the run; " + _BY_HAND)
        return statement

    # -- the assistant ------------------------------------------------------------------------

    def _assistant(self, name: ast.Name
                   ) -> Tuple[Optional[ast.expr], List[Tuple[str, ast.expr]]]:
        """The instructions and the keywords carried to responses.create (the model to write
        is kept in `model_source`)."""
        statement = self._single_site(name, "assistant", ("assistants", "create"))
        call = _unawait(statement.value)
        self._same_await(statement.value, "client.beta.assistants.create")
        names = {k.arg for k in call.keywords}
        tools = next((k.value for k in call.keywords if k.arg == "tools"), None)
        if "tool_resources" in names or tools is not None and not (
                isinstance(tools, (ast.List, ast.Tuple)) and not tools.elts):
            raise Uncertain("the assistant has tools= (function tools answer through "
                            "submit_tool_outputs, file_search needs its vector store on the "
                            "tool): give them to client.responses.create(tools=[...]) in the "
                            "Responses shape ({\"type\": \"function\", \"name\": ..., "
                            "\"parameters\": ...}; {\"type\": \"file_search\", "
                            "\"vector_store_ids\": [...]}) and handle function_call items by "
                            "hand")
        arguments = self._keywords(call, "client.beta.assistants.create()",
                                   {"model", "instructions", "tools", *LABELS, *CARRIED})
        if "model" not in arguments:
            raise Uncertain("client.beta.assistants.create() names no model; " + _BY_HAND)
        model = self._model(arguments["model"])
        rule = self.planner.options.table.parameter_rule(model)
        values = {n: arguments[n] for n in CARRIED if n in arguments}
        if rule is not None and values:
            verdict = rule.judge(model, {n: v.value if isinstance(v, ast.Constant) else v
                                         for n, v in values.items()})
            if verdict.unsupported or verdict.renamed or any(
                    not isinstance(v, ast.Constant) for v in values.values()):
                raise Uncertain(f"{model} does not take "
                                f"{', '.join(n + '=' for n in values)} as the assistant sets "
                                f"it; " + _BY_HAND)
            self.notes.extend(verdict.notes)
            values = {n: v for n, v in values.items() if n not in verdict.dropped}
        self._remove(statement)
        self.covered.add(id(call))
        return arguments.get("instructions"), list(values.items())

    def _model(self, value: ast.expr) -> str:
        """The served model to write for the assistant's model (a literal or module constant);
        a module constant only this assistant reads is changed where it is defined."""
        sem = self.sem
        constant: Optional[ast.Assign] = None
        literal = value
        if isinstance(value, ast.Name):
            sites = sem.sites(sem.binding_of(value))
            statement = sem.parent(sites[0]) if len(sites) == 1 else None
            if isinstance(statement, ast.Assign) and sem.parent(statement) is sem.tree \
                    and len(statement.targets) == 1 and statement.targets[0] is sites[0]:
                constant = statement
                literal = statement.value
        if not (isinstance(literal, ast.Constant) and isinstance(literal.value, str)):
            raise Uncertain(f"the assistant's model is {sem.source(value)}, not a string "
                            f"literal or a module constant holding one: write client.responses.create(model=<a served "
                            f"model>, ...) by hand")
        name = literal.value
        target = self._target(name)
        self.model_source = f'"{target}"' if target != name else sem.source(value)
        if constant is not None and target != name:
            readers = sem.reads(sem.binding_of(value))
            if all(self._inside(read, self._assistant_call_of(value)) for read in readers):
                start, end = sem.span(literal)
                quote = sem.text[start] if sem.text[start] in "'\"" else '"'
                self.edits.append(sem.edit(start, end, f"{quote}{target}{quote}"))
                self.model_source = sem.source(value)
        if target != name:
            self.notes.append(f"{name} -> {target}")
        return target

    def _assistant_call_of(self, node: ast.AST) -> Optional[ast.AST]:
        current: Optional[ast.AST] = node
        while current is not None and not isinstance(current, ast.Call):
            current = self.sem.parent(current)
        return current

    @staticmethod
    def _inside(node: ast.AST, outer: Optional[ast.AST]) -> bool:
        return outer is not None and (outer.lineno, outer.col_offset) <= (  # type: ignore
            node.lineno, node.col_offset) and (node.end_lineno, node.end_col_offset) <= (  # type: ignore
            outer.end_lineno, outer.end_col_offset)  # type: ignore

    def _target(self, name: str) -> str:
        options = self.planner.options
        table = options.table
        row = table.get(name)
        if row is not None and row.current:
            return name
        resolution = table.resolve(name, options.as_of, options.targets)
        target_row = table.get(resolution.target) if resolution.target else None
        if resolution.action in ("rename", "migrate-api") and target_row is not None \
                and target_row.current:
            return target_row.name
        raise Uncertain(f"{name} has no served replacement the table trusts: choose one (e.g. "
                        f"{self.planner.default_chat()}) and " + _BY_HAND)

    def _same_await(self, value: ast.AST, what: str) -> None:
        if isinstance(value, ast.Await) != self.awaited:
            raise Uncertain(f"{what} (line {value.lineno}) and the run are not both awaited; "
                            + _BY_HAND)

    # -- the thread and its messages ----------------------------------------------------------

    def _thread(self, name: ast.Name) -> None:
        """The thread's statement, and the user messages it is made with (`contents`)."""
        statement = self._single_site(name, "thread", ("threads", "create"), _GOES_ON)
        call = _unawait(statement.value)
        self._same_await(statement.value, "client.beta.threads.create")
        arguments = self._keywords(call, "client.beta.threads.create()", {"messages"})
        self.contents: List[ast.expr] = []
        if "messages" in arguments:
            messages = arguments["messages"]
            if not isinstance(messages, (ast.List, ast.Tuple)):
                raise Uncertain("the thread's messages= is not a list written here; " + _BY_HAND)
            self.contents = [self._user_message(element) for element in messages.elts]
        self._remove(statement)
        self.covered.add(id(call))
        self.thread_statement = statement
        self.thread_name = name.id

    def _user_message(self, element: ast.expr) -> ast.expr:
        if not isinstance(element, ast.Dict) or any(k is None for k in element.keys):
            raise Uncertain(f"line {element.lineno}: a message that is not a dict written out; "
                            + _BY_HAND)
        entries = {k.value: v for k, v in zip(element.keys, element.values)  # type: ignore
                   if isinstance(k, ast.Constant)}
        if set(entries) != {"role", "content"} or len(entries) != len(element.keys):
            raise Uncertain(f"line {element.lineno}: a message with keys other than role and "
                            f"content (attachments ...); " + _BY_HAND)
        role = entries["role"]
        if not (isinstance(role, ast.Constant) and role.value == "user"):
            raise Uncertain(f"line {element.lineno}: a message whose role is not \"user\"; "
                            + _BY_HAND)
        return self._content(entries["content"])

    def _content(self, content: ast.expr) -> ast.expr:
        """A message's content, if it is surely text: content parts have another shape in
        Responses (input_text, input_image)."""
        parts = "content parts ({\"type\": \"text\"} ...) are input_text / input_image parts in " \
                "Responses: write input=[{\"role\": \"user\", \"content\": [...]}] by hand"
        if isinstance(content, (ast.List, ast.Tuple, ast.ListComp, ast.Dict)):
            raise Uncertain(f"line {content.lineno}: {parts}")
        if isinstance(content, ast.Name):
            sem = self.sem
            for site in sem.sites(sem.binding_of(content)):
                statement = sem.parent(site)
                bound = getattr(statement, "value", None)
                if isinstance(bound, (ast.List, ast.Tuple, ast.ListComp, ast.Dict)):
                    raise Uncertain(f"{content.id} (line {site.lineno}) holds a list: {parts}")
        return content

    def _uses_of_thread(self, name: ast.Name) -> None:
        """Every read of the thread is `.id` in a call this rewrite removes."""
        sem = self.sem
        run_index = self._in_block(self.statement, "the run")
        thread_index = self._in_block(self.thread_statement, "the thread")
        for read in sem.reads(sem.binding_of(name)):
            up = sem.parent(read)
            call = sem.parent(up) if isinstance(up, ast.Attribute) and up.attr == "id" else None
            if isinstance(call, ast.keyword):
                call = sem.parent(call)
            kind = self._assistants_call(call) if isinstance(call, ast.Call) else None
            where = f"line {read.lineno}"
            if call is self.run or id(call) in self.covered or (
                    kind is not None and self._removed(call)):
                continue
            if kind == ("threads.messages", "create"):
                statement, awaited = self._own_statement(call, "the message")  # type: ignore
                if awaited != self.awaited:
                    raise Uncertain(f"{where}: the message and the run are not both awaited; "
                                    + _BY_HAND)
                index = self._in_block(statement, "the message")
                if not (thread_index < index < run_index) or isinstance(statement, ast.Assign):
                    raise Uncertain(f"{where}: a message added after the run, or kept; "
                                    f"{_GOES_ON}")
                arguments = self._keywords(call, "the message", {"thread_id", "role",  # type: ignore
                                                                 "content"})
                role = arguments.get("role")
                if not (isinstance(role, ast.Constant) and role.value == "user"):
                    raise Uncertain(f"{where}: a message whose role is not \"user\"; " + _BY_HAND)
                self.contents.append(self._content(arguments["content"]))
                self._remove(statement)
                self.covered.add(id(call))
                continue
            if kind == ("threads.messages", "list"):
                self._reply(call)  # type: ignore[arg-type]
                continue
            if kind == ("threads", "delete"):
                self._cleanup(call, run_index)  # type: ignore[arg-type]
                continue
            raise Uncertain(f"{where}: the thread {name.id} is used again here; {_GOES_ON}")
        if not self.contents:
            raise Uncertain("no user message is added to the thread before the run; "
                            + _BY_HAND)

    def _cleanup(self, call: ast.Call, run_index: int) -> None:
        """`client.beta.threads.delete(thread.id)` / `assistants.delete(assistant.id)` after
        the run: Responses keeps neither object, so the call goes."""
        statement, _ = self._own_statement(call, "the delete")
        if isinstance(statement, ast.Assign) or self._in_block(statement, "the delete") \
                < run_index:
            raise Uncertain(f"line {call.lineno}: a delete kept or made before the run; "
                            + _BY_HAND)
        self._remove(statement)
        self.covered.add(id(call))

    def _uses_of_assistant(self, name: ast.Name) -> None:
        sem = self.sem
        run_index = self._in_block(self.statement, "the run")
        for read in sem.reads(sem.binding_of(name)):
            up = sem.parent(read)
            keyword = sem.parent(up) if isinstance(up, ast.Attribute) and up.attr == "id" \
                else None
            call = sem.parent(keyword) if isinstance(keyword, ast.keyword) else keyword
            if call is self.run:
                continue
            if isinstance(call, ast.Call) and self._assistants_call(call) == (
                    "assistants", "delete"):
                self._cleanup(call, run_index)
                continue
            raise Uncertain(f"line {read.lineno}: the assistant {name.id} is used beyond this "
                            f"run (another run, an attribute, a return): keep its model, "
                            f"instructions and tools in your code and pass them to each "
                            f"client.responses.create(...) by hand")

    # -- the run, its polling, the reply --------------------------------------------------------

    def _run_target(self) -> Optional[str]:
        return self.statement.targets[0].id if isinstance(  # type: ignore[attr-defined]
            self.statement, ast.Assign) else None

    def _response_name(self) -> str:

        for name in RESPONSE_NAMES:
            if not _spelled_anywhere(self.sem.text, {name}):
                return name
        raise Uncertain(f"the names {', '.join(RESPONSE_NAMES)} are all taken here; "
                        + _BY_HAND)

    def _uses_of_run(self, name: Optional[str]) -> None:
        """The run object is waited for and read only as `.status`."""
        sem = self.sem
        run_index = self._in_block(self.statement, "the run")
        self.status_reads: List[ast.Name] = []
        waited = self.method == "create_and_poll"
        if name is None:
            if not waited:
                raise Uncertain("the run is not waited for (runs.create without a polling "
                                "loop); " + _BY_HAND)
            return
        key = sem.binding_of(self.statement.targets[0])  # type: ignore[attr-defined]
        sites = [s for s in sem.sites(key) if s is not self.statement.targets[0]]  # type: ignore
        loops: List[ast.stmt] = []
        for site in sites:
            statement = sem.parent(site)
            value = getattr(statement, "value", None)
            kind = self._assistants_call(value)
            if not isinstance(statement, ast.Assign) or kind not in (
                    ("threads.runs", "retrieve"), ("threads.runs", "poll")):
                raise Uncertain(f"line {site.lineno}: {name} is assigned again; " + _BY_HAND)
            self._polling_call(_unawait(value), name)  # type: ignore[arg-type]
            loop = sem.parent(statement)
            if isinstance(loop, (ast.While,)) and statement in loop.body:
                self._loop(loop, name, statement)
                loops.append(loop)
            elif kind == ("threads.runs", "poll") and self._in_block(statement, "runs.poll") \
                    == run_index + 1:
                loops.append(statement)
            else:
                raise Uncertain(f"line {site.lineno}: the run is polled in a shape this "
                                f"rewrite does not follow; " + _BY_HAND)
        if len(loops) > 1:
            raise Uncertain("the run is polled more than once; " + _BY_HAND)
        if loops:
            if waited or self._in_block(loops[0], "the polling loop") != run_index + 1:
                raise Uncertain(f"line {loops[0].lineno}: the polling is not right after the "
                                f"run; " + _BY_HAND)
            self._remove(loops[0])
            waited = True
        if not waited:
            raise Uncertain("the run is not waited for (runs.create without a polling loop "
                            "that ends on \"completed\"); " + _BY_HAND)
        for read in sem.reads(key):
            if self._removed(read):
                continue
            up = sem.parent(read)
            if isinstance(up, ast.Attribute) and up.attr == "status" \
                    and isinstance(up.ctx, ast.Load) and read.lineno > self.statement.lineno:
                self.status_reads.append(read)
                continue
            raise Uncertain(f"line {read.lineno}: the run is read as "
                            f"{sem.source(up if isinstance(up, ast.Attribute) else read)}; a "
                            f"response has no run fields but .status: " + _BY_HAND)

    def _polling_call(self, call: ast.Call, name: str) -> None:
        arguments = self._keywords(call, "the polling call", {"thread_id", "run_id",
                                                              "poll_interval_ms"}, ("run_id",))
        run_id, thread_id = arguments.get("run_id"), arguments.get("thread_id")
        if not (isinstance(run_id, ast.Attribute) and run_id.attr == "id"
                and isinstance(run_id.value, ast.Name) and run_id.value.id == name) or not (
                isinstance(thread_id, ast.Attribute) and isinstance(thread_id.value, ast.Name)
                and thread_id.value.id == self.thread_name):
            raise Uncertain(f"line {call.lineno}: the polling call reads another run or "
                            f"thread; " + _BY_HAND)
        self.covered.add(id(call))

    def _loop(self, loop: ast.While, name: str, retrieve: ast.stmt) -> None:
        """`while <status test>: [sleep]; run = retrieve(...)`, or `while True:` with
        `if <status test>: break`, that ends when the run is completed."""
        if loop.orelse:
            raise Uncertain(f"line {loop.lineno}: the polling loop has an else: " + _BY_HAND)
        ends = None
        for statement in loop.body:
            if statement is retrieve or _is_sleep(statement):
                continue
            if isinstance(statement, ast.If) and not statement.orelse \
                    and len(statement.body) == 1 and isinstance(statement.body[0], ast.Break) \
                    and _status_test(statement.test, name) is not None:
                if ends is not None:
                    raise Uncertain(f"line {loop.lineno}: the polling loop breaks twice; "
                                    + _BY_HAND)
                ends = statement.test
                continue
            raise Uncertain(f"line {statement.lineno}: the polling loop does more than wait "
                            f"(sleep, retrieve, break on a status); " + _BY_HAND)
        stops = None  # the statuses the loop stops on, as a test
        if isinstance(loop.test, ast.Constant) and loop.test.value is True and ends is not None:
            stops = _status_test(ends, name)
        elif ends is None:
            keeps = _status_test(loop.test, name)
            stops = None if keeps is None else (lambda status: not keeps(status))
        if stops is None or not stops("completed") or any(stops(s) for s in PENDING):
            raise Uncertain(f"line {loop.lineno}: the polling loop does not wait until the run "
                            f"is completed (it must go on while {' or '.join(PENDING)} and "
                            f"stop on completed); " + _BY_HAND)

    def _reply(self, call: ast.Call) -> None:
        """`messages.list(thread_id=...)` read as `.data[0].content[0].text.value`: the reply
        (the newest message first; the run added one, with one text part, without tools)."""
        sem = self.sem
        arguments = self._keywords(call, "client.beta.threads.messages.list()",
                                   {"thread_id", "order", "limit", "run_id"})
        order = arguments.get("order")
        if order is not None and not (isinstance(order, ast.Constant) and order.value == "desc"):
            raise Uncertain(f"line {call.lineno}: messages listed oldest first; read "
                            f"response.output_text for the reply, by hand")
        run_id = arguments.get("run_id")
        if run_id is not None and not (isinstance(run_id, ast.Attribute)
                                       and isinstance(run_id.value, ast.Name)
                                       and run_id.value.id == self._run_target()):
            raise Uncertain(f"line {call.lineno}: messages of another run; " + _BY_HAND)
        if call.lineno <= self.statement.lineno:
            raise Uncertain(f"line {call.lineno}: messages read before the run; " + _BY_HAND)
        outer = _unawait_parent(sem, call)
        if self._reply_read(outer) is not None:
            self._replace_read(self._reply_read(outer))  # type: ignore[arg-type]
            self.covered.add(id(call))
            return
        statement = sem.parent(outer)
        if not (isinstance(statement, ast.Assign) and statement.value is outer
                and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name)):
            raise Uncertain(f"line {call.lineno}: the messages are used otherwise than as "
                            f".data[0].content[0].text.value; read response.output_text "
                            f"(or list client.conversations.items) by hand")
        self._same_await(outer, "client.beta.threads.messages.list")
        key = sem.binding_of(statement.targets[0])
        if len(sem.sites(key)) != 1:
            raise Uncertain(f"line {call.lineno}: {statement.targets[0].id} is assigned more "
                            f"than once; " + _BY_HAND)
        for read in sem.reads(key):
            full = self._reply_read(read)
            if full is None:
                raise Uncertain(f"line {read.lineno}: the messages are read otherwise than as "
                                f".data[0].content[0].text.value (the whole thread, another "
                                f"message): read response.output_text for the reply, or "
                                f"client.conversations.items.list(conversation_id) for a "
                                f"conversation, by hand")
            self._replace_read(full)
        self._remove(statement)
        self.covered.add(id(call))

    def _reply_read(self, node: ast.AST) -> Optional[ast.Attribute]:
        """The `.data[0].content[0].text.value` read on `node`, if that is how it is read."""
        sem = self.sem
        steps = [("attr", "data"), ("index", 0), ("attr", "content"), ("index", 0),
                 ("attr", "text"), ("attr", "value")]
        current: ast.AST = node
        for kind, value in steps:
            up = sem.parent(current)
            if kind == "attr" and isinstance(up, ast.Attribute) and up.attr == value \
                    and isinstance(up.ctx, ast.Load):
                current = up
            elif kind == "index" and isinstance(up, ast.Subscript) and up.value is current \
                    and isinstance(up.slice, ast.Constant) and up.slice.value == value:
                current = up
            else:
                return None
        return current  # type: ignore[return-value]

    def _replace_read(self, read: ast.Attribute) -> None:
        start, end = self._spelled(read, ".value")
        self.reply_reads = getattr(self, "reply_reads", []) + [read]
        self.edits.append(self.sem.edit(start, end, f"{self.response}.output_text"))

    # -- what moves to the run's place ---------------------------------------------------------

    def _movable(self, expression: ast.expr, where: str) -> None:
        """An expression evaluated where the run is instead of where it was written: no call,
        and no name it reads is bound again in between."""
        sem = self.sem
        for node in ast.walk(expression):
            if isinstance(node, (ast.Call, ast.Await, ast.NamedExpr, ast.Yield, ast.YieldFrom,
                                 ast.Lambda, ast.ListComp, ast.GeneratorExp, ast.DictComp,
                                 ast.SetComp)):
                raise Uncertain(f"{where}: {sem.source(expression)} calls code, and the "
                                f"rewrite would run it later, at the run; store it in a "
                                f"variable first, or " + _BY_HAND)
            if isinstance(node, ast.Name):
                for site in sem.sites(sem.binding_of(node)):
                    if expression.lineno < site.lineno < self.statement.lineno:  # type: ignore
                        raise Uncertain(f"{where}: {node.id} is assigned again on line "
                                        f"{site.lineno}, before the run; " + _BY_HAND)

    # -- writing ------------------------------------------------------------------------------

    def _write(self, instructions: Optional[ast.expr],
               carried: List[Tuple[str, ast.expr]]) -> None:
        sem = self.sem
        statement = self.statement
        line_start = sem.index.starts[statement.lineno - 1]
        indent = sem.text[line_start:sem.span(statement)[0]]
        inner = indent + "    "
        client = sem.source(self._owner())
        arguments = [f"model={self.model_source}"]
        if instructions is not None and not (isinstance(instructions, ast.Constant)
                                             and instructions.value is None):
            arguments.append(f"instructions={sem.source(instructions)}")
        if len(self.contents) == 1:
            arguments.append(f"input={sem.source(self.contents[0])}")
        else:
            items = "".join(f"{inner}    {{\"role\": \"user\", \"content\": "
                            f"{sem.source(c)}}},\n" for c in self.contents)
            arguments.append(f"input=[\n{items}{inner}]")
        arguments.extend(f"{name}={sem.source(value)}" for name, value in carried)
        body = "".join(f"{inner}{argument},\n" for argument in arguments)
        awaited = "await " if self.awaited else ""
        text = f"{self.response} = {awaited}{client}.responses.create(\n{body}{indent})"
        text = text.replace("\n", _newline(sem.text))
        start, end = sem.span(statement)
        self.edits.append(sem.edit(start, end, text))
        for read in self.status_reads:
            start, end = self._spelled(read, read.id)
            self.edits.append(sem.edit(start, end, self.response))

    def _spelled(self, node: ast.expr, ending: str) -> Tuple[int, int]:
        """The span of a node the rewrite replaces, if its text is what ast says is there
        (positions inside f-strings were not always exact before Python 3.12)."""
        start, end = self.sem.span(node)
        text = self.sem.text[start:end]
        first = node
        while isinstance(first, (ast.Attribute, ast.Subscript, ast.Call)):
            first = first.func if isinstance(first, ast.Call) else first.value
        if not (isinstance(first, ast.Name) and text.startswith(first.id)
                and text.endswith(ending)):
            raise Uncertain(f"line {node.lineno}: the run or its reply is read where its text "
                            f"cannot be located (an f-string?); read it into a variable first, "
                            f"or " + _BY_HAND)
        return start, end

    def _owner(self) -> ast.expr:
        """`client` of `client.beta.threads.runs.<method>`."""
        node: ast.expr = self.run.func
        for _ in range(4):
            if not isinstance(node, ast.Attribute):
                raise Uncertain("the run is not called on a client; " + _BY_HAND)
            node = node.value
        return node


def _newline(text: str) -> str:
    from gptmigrate.rewrite import _newline as newline

    return newline(text)


def _spelled_anywhere(text: str, words: Set[str]) -> Set[str]:
    from gptmigrate.rewrite import _spelled_anywhere as spelled

    return spelled(text, words)


def _unawait(node: Optional[ast.AST]) -> ast.Call:
    return node.value if isinstance(node, ast.Await) else node  # type: ignore[return-value]


def _unawait_parent(sem: "Semantics", call: ast.Call) -> ast.AST:
    parent = sem.parent(call)
    return parent if isinstance(parent, ast.Await) else call


def _is_sleep(statement: ast.stmt) -> bool:
    value = statement.value if isinstance(statement, ast.Expr) else None
    value = value.value if isinstance(value, ast.Await) else value
    return isinstance(value, ast.Call) and (
        (isinstance(value.func, ast.Attribute) and value.func.attr == "sleep")
        or (isinstance(value.func, ast.Name) and value.func.id == "sleep"))


def _status_test(test: ast.expr, name: str) -> Optional[Callable[[str], bool]]:
    """The test as a function of the run's status, if it reads nothing else."""
    if isinstance(test, ast.BoolOp):
        parts = [_status_test(value, name) for value in test.values]
        if any(part is None for part in parts):
            return None
        if isinstance(test.op, ast.Or):
            return lambda status: any(part(status) for part in parts)  # type: ignore
        return lambda status: all(part(status) for part in parts)  # type: ignore
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        inner = _status_test(test.operand, name)
        return None if inner is None else (lambda status: not inner(status))
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1
            and isinstance(test.left, ast.Attribute) and test.left.attr == "status"
            and isinstance(test.left.value, ast.Name) and test.left.value.id == name):
        return None
    op, right = test.ops[0], test.comparators[0]
    if isinstance(op, (ast.Eq, ast.NotEq)) and isinstance(right, ast.Constant) \
            and isinstance(right.value, str):
        value = right.value
        return (lambda status: status == value) if isinstance(op, ast.Eq) \
            else (lambda status: status != value)
    if isinstance(op, (ast.In, ast.NotIn)) and isinstance(right, (ast.Tuple, ast.List, ast.Set)) \
            and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in right.elts):
        values = {e.value for e in right.elts}  # type: ignore[attr-defined]
        return (lambda status: status in values) if isinstance(op, ast.In) \
            else (lambda status: status not in values)
    return None


__all__ = ["CODE", "FIXTURES", "plan_findings"]
