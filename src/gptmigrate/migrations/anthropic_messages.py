"""Anthropic Text Completions (GM110) -> Messages.

`client.completions.create(model=M, prompt=f"{HUMAN_PROMPT} {q}{AI_PROMPT}",
max_tokens_to_sample=N, ...)` becomes `client.messages.create(model=<served Claude for M>,
max_tokens=N, messages=[{"role": "user", "content": f"{q}"}], ...)` on the same client (sync or
async: the `await` stays). The prompt's turns are read where the call writes them: an f-string,
a `+` chain or string literals whose parts are `HUMAN_PROMPT` / `AI_PROMPT` (imported from
anthropic) or the literal "\\n\\nHuman:" / "\\n\\nAssistant:"; text before the first human turn
becomes `system=`; a prompt must end with an assistant turn and nothing after it. A prompt
assigned to a name in the statement just before the call and read only there
(`_assigned_prompt`) is read from its assignment, which the fix removes. `anthropic.HUMAN_PROMPT`
is resolved in the scope that reads it (a function may `import anthropic` itself). The model
moves as `CallPlan.claude_model` says: a literal, a module constant, or a value detection's
flow traces to literals (`self.model` of an `__init__` default, `CONFIG["model"]`, a
parameter's default), where every constructor call or caller passes a served Claude model or
nothing (`CallPlan._claude_callers`). Reads of
`.completion` become `.content[0].text`; a streamed call's chunks become Messages events, whose
text is in `content_block_delta` events (`(chunk.delta.text if chunk.type ==
"content_block_delta" else "")`).

Sources: Anthropic's "Migrating from Text Completions" guide (docs.anthropic.com/en/api/
migrating-from-text-completions-to-messages): max_tokens_to_sample -> max_tokens, the system
prompt -> system=, turns -> messages, `.completion` -> `.content[0].text`; anthropic-python
2.17.0's `Messages.create(*, max_tokens, messages, model, metadata, stop_sequences, stream,
system, ...)` has no temperature / top_p / top_k (removed in 1.0.0; Claude Opus 4.7+ also
rejects them, ANT-DEP "API parameter deprecations"), so a call that sets them stays manual:
dropping them changes the sampling, a decision for the user. Fixtures:
tests/fixtures/GM110-anthropic-text-completions.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, List, Optional, Tuple, Union

import libcst as cst

from gptmigrate import project
from gptmigrate.migrations.base import Migration, Reads, Uncertain, drop_last_argument
from gptmigrate.types import Finding, Fix, FixSafety

if TYPE_CHECKING:
    from gptmigrate.rewrite import CallPlan, Planner
    from gptmigrate.semantic import Semantics

CODE = "GM110"
# Text Completions arguments the Messages call takes under the same name.
CARRIED = frozenset({"metadata", "stop_sequences", "stream", "extra_headers", "extra_query",
                     "extra_body", "timeout"})
# anthropic>=1.0 has no sampling parameters (see the module docstring).
SAMPLING = ("temperature", "top_p", "top_k")
MARKER_NAMES = {"HUMAN_PROMPT": "user", "AI_PROMPT": "assistant"}
# their values in anthropic<1 (anthropic/_constants.py)
MARKER_VALUES = {"HUMAN_PROMPT": "\n\nHuman:", "AI_PROMPT": "\n\nAssistant:"}
# The markers as they are spelled inside a string literal's source.
_LITERAL_MARKER = re.compile(r"\\n\\n(Human|Assistant):")
_LEADING = re.compile(r"^(?:[ \t]|\\n)+")
_TRAILING = re.compile(r"(?:[ \t]|\\n)+$")

READS = Reads(
    renamed={("completion",): ("content", "[0]", "text")},
    objects=frozenset({()}),
    refused={
        ("stop_reason",): "the response's stop_reason is read: Messages says end_turn where Text "
                          "Completions said stop_sequence; rewrite that read by hand",
        ("stop",): "the response's stop is read: Messages names it stop_sequence; rewrite that "
                   "read by hand",
    },
)
STREAM_READS = Reads(
    objects=frozenset({()}),
    templates={("completion",): '({name}.delta.text if {name}.type == "content_block_delta" '
                                'else "")'},
    refused={
        ("stop_reason",): "a chunk's stop_reason is read: Messages events carry it on the "
                          "message_delta event (chunk.delta.stop_reason); rewrite that read by "
                          "hand",
        ("stop",): "a chunk's stop is read: Messages events carry it on the message_delta event "
                   "(chunk.delta.stop_sequence); rewrite that read by hand",
    },
)


@dataclass
class _Piece:
    """A part of the prompt in source order: a turn marker, literal text (as spelled in the
    source, escapes kept), a replacement field of an f-string, or a whole expression."""

    kind: str  # "marker", "text", "field", "expr"
    role: str = ""
    text: str = ""
    quote: str = '"'
    formatted: bool = False  # text taken from an f-string (its braces are doubled already)
    node: Optional[cst.CSTNode] = None


class TextCompletionsToMessages(Migration):
    def arguments(self, plan: "CallPlan") -> List[cst.Arg]:
        held = dict(plan.planner.sdk.held_back).get("anthropic")
        if held is not None:
            raise Uncertain(f"the project pins an anthropic without client.messages ({held}); "
                            f"upgrade anthropic (0.16 has Messages, 1.0 removed Text "
                            f"Completions), then run --unsafe-fixes again")
        present = [name for name in SAMPLING if name in plan.keyword_names]
        if present:
            names = ", ".join(f"{name}=" for name in present)
            raise Uncertain(f"anthropic>=1.0's messages.create has no {names} (Claude Opus 4.7+ "
                            f"rejects them too): remove it (the sampling changes), then run "
                            f"--unsafe-fixes again")
        unknown = [name for name in plan.keyword_names if name not in CARRIED
                   and name not in ("model", "prompt", "max_tokens_to_sample")]
        if unknown:
            raise Uncertain(f"{unknown[0]}= has no known Messages equivalent")
        prompt = plan.keyword("prompt")
        tokens = plan.keyword("max_tokens_to_sample")
        model = plan.keyword("model")
        if prompt is None or tokens is None or model is None:
            raise Uncertain("the call lacks prompt=, max_tokens_to_sample= or model=")
        assigned = _assigned_prompt(plan)
        markers = _marker_nodes(plan, assigned[1] if assigned is not None else None)
        if assigned is not None:
            # `prompt = f"{SYSTEM}{HUMAN_PROMPT} {q}{AI_PROMPT}"` right before the call, read
            # only by it: its turns move into the call, the assignment goes
            statement, value = assigned
            source = "(" + plan.sem.source(value) + ")"
            system, turns = _turns(_pieces(cst.parse_expression(source), markers))
            begin = plan.sem.index.starts[statement.lineno - 1]
            plan.edits.append(plan.sem.edit(begin, plan.sem.line_end(statement), ""))
        else:
            system, turns = _turns(_pieces(prompt.value, markers))
        model_value = plan.claude_model(model)
        out: List[cst.Arg] = []
        for index, arg in enumerate(plan.cst_call.args):
            name = arg.keyword.value if arg.keyword else ""
            if arg is model:
                out.append(arg.with_changes(value=model_value))
            elif arg is tokens:
                out.append(arg.with_changes(keyword=cst.Name("max_tokens")))
            elif arg is prompt:
                messages = plan.message_list([plan.message(role, content)
                                              for role, content in turns], index)
                new = arg.with_changes(keyword=cst.Name("messages"), value=messages)
                if system is not None and index > 0 and arg is plan.cst_call.args[-1]:
                    # system= goes after it: messages= takes the separator of the argument
                    # before it, so a call laid out one argument per line stays so
                    new = new.with_changes(comma=plan.cst_call.args[index - 1].comma)
                out.append(new)
                if system is not None:
                    out.append(arg.with_changes(keyword=cst.Name("system"), value=system))
            elif name == "stop_sequences":
                kept = _stop_sequences(arg, markers)
                if kept is None:
                    if arg is plan.cst_call.args[-1] and out:
                        drop_last_argument(out, arg)
                    continue
                out.append(kept)
            else:
                out.append(arg)
        return out

    def describe(self, plan: "CallPlan") -> str:
        return (f"Rewrite as client.messages.create on {plan.model} (Text Completions -> "
                f"Messages: the prompt's turns become messages=, max_tokens_to_sample "
                f"max_tokens, .completion .content[0].text)")


def _assigned_prompt(plan: "CallPlan") -> Optional[Tuple[ast.Assign, ast.expr]]:
    """For `prompt=name`: the assignment `name = <prompt>` and its value, where it is the only
    binding of `name`, a local of the call's function, the statement just before the one
    holding the call in the same block, alone on its lines, and the call is the only read of
    `name` (so the value, evaluated in the call instead, is the same and nothing else sees
    the name); else None."""
    sem = plan.sem
    keyword = next((k for k in plan.call.keywords if k.arg == "prompt"), None)
    if keyword is None or not isinstance(keyword.value, ast.Name):
        return None
    key = sem.binding_of(keyword.value)
    function = sem.enclosing_function(plan.call)
    if function is None or sem.names.scopes.get(id(function)) is not key[0]:
        return None  # a module's name (another module may import it), a global
    sites = sem.sites(key)
    statement = sem.parent(sites[0]) if len(sites) == 1 else None
    if not isinstance(statement, ast.Assign) or statement.targets != sites \
            or sem.reads(key) != [keyword.value] \
            or any(isinstance(node, ast.NamedExpr) for node in ast.walk(plan.call)):
        return None
    holder: Optional[ast.AST] = plan.call
    while holder is not None and not isinstance(holder, ast.stmt):
        holder = sem.parent(holder)
    block = sem.parent(statement)
    if holder is None or sem.parent(holder) is not block:
        return None
    body = next((items for field in ("body", "orelse", "finalbody")
                 for items in [getattr(block, field, None)]
                 if isinstance(items, list) and statement in items), None)
    if body is None or body.index(statement) + 1 >= len(body) \
            or body[body.index(statement) + 1] is not holder:
        return None
    begin, end = sem.span(statement)
    line_start = sem.index.starts[statement.lineno - 1]
    if sem.text[line_start:begin].strip() or sem.text[end:sem.line_end(statement)].strip() \
            or "#" in sem.text[begin:end]:
        return None  # another statement or a comment on its lines
    return statement, statement.value


def _marker_nodes(plan: "CallPlan", assigned: Optional[ast.expr] = None) -> Tuple[str, ...]:
    """The spellings of the turn markers in the call (`HUMAN_PROMPT`, `anthropic.AI_PROMPT`)
    and in the prompt's assignment it takes in (`_assigned_prompt`), each checked to be
    anthropic's own; a same-named local is not a marker."""
    found = []
    for value in [k.value for k in plan.call.keywords] + ([assigned] if assigned else []):
        for node in ast.walk(value):
            if isinstance(node, (ast.Name, ast.Attribute)):
                spelled = node.id if isinstance(node, ast.Name) else node.attr
                if spelled not in MARKER_NAMES:
                    continue
                base: ast.AST = node
                while isinstance(base, ast.Attribute):
                    base = base.value
                # `anthropic.HUMAN_PROMPT` is resolved where its base name is read: a
                # function may import anthropic itself (a provider switch)
                scope = plan.sem.scope_of(base) if isinstance(base, ast.Name) else \
                    plan.sem.names.module
                qualified = plan.sem.names.names(node, scope)
                if qualified != {f"anthropic.{spelled}"}:
                    raise Uncertain(f"{spelled} here is not anthropic's own; build the messages "
                                    f"by hand")
                found.append(plan.sem.source(node))
    return tuple(found)


def _marker_role(node: cst.BaseExpression, markers: Tuple[str, ...]) -> Optional[str]:
    code = cst.Module(body=[]).code_for_node(node)
    if code in markers:
        return MARKER_NAMES[code.rsplit(".", 1)[-1]]
    return None


def _pieces(node: cst.BaseExpression, markers: Tuple[str, ...]) -> List[_Piece]:
    """The prompt as a flat list of pieces, or Uncertain for a shape not read here."""
    role = _marker_role(node, markers)
    if role is not None:
        return [_Piece("marker", role=role)]
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add):
        return _pieces(node.left, markers) + _pieces(node.right, markers)
    if isinstance(node, cst.ConcatenatedString):
        return _pieces(node.left, markers) + _pieces(node.right, markers)
    if isinstance(node, cst.SimpleString):
        prefix = node.prefix.lower()
        if prefix not in ("", "u"):
            raise Uncertain("the prompt is a raw or bytes string; build the messages by hand")
        return _split_text(node.raw_value, node.quote, formatted=False)
    if isinstance(node, cst.FormattedString):
        if "r" in node.prefix.lower():
            raise Uncertain("the prompt is a raw f-string; build the messages by hand")
        pieces: List[_Piece] = []
        for part in node.parts:
            if isinstance(part, cst.FormattedStringText):
                pieces.extend(_split_text(part.value, node.end, formatted=True))
            elif part.conversion is None and part.format_spec is None \
                    and _marker_role(part.expression, markers) is not None:
                pieces.append(_Piece("marker", role=_marker_role(part.expression, markers) or ""))
            else:
                pieces.append(_Piece("field", node=part, quote=node.end))
        return pieces
    if isinstance(node, (cst.Name, cst.Attribute, cst.Call, cst.Subscript)):
        if isinstance(node, cst.Name) or not _holds_marker(node, markers):
            return [_Piece("expr", node=node)]
    raise Uncertain(NOT_IN_CALL)


NOT_IN_CALL = ("the prompt is not built in the call from its turns (HUMAN_PROMPT ... AI_PROMPT): "
               "pass messages=[{\"role\": \"user\", \"content\": <the human turn's text>}] "
               "(text before the first turn as system=) by hand")


def _holds_marker(node: cst.CSTNode, markers: Tuple[str, ...]) -> bool:
    code = cst.Module(body=[]).code_for_node(node)
    return any(marker in code for marker in markers) or bool(_LITERAL_MARKER.search(code))


def _split_text(raw: str, quote: str, formatted: bool) -> List[_Piece]:
    pieces: List[_Piece] = []
    position = 0
    for match in _LITERAL_MARKER.finditer(raw):
        if match.start() > position:
            pieces.append(_Piece("text", text=raw[position:match.start()], quote=quote,
                                 formatted=formatted))
        pieces.append(_Piece("marker", role="user" if match.group(1) == "Human" else "assistant"))
        position = match.end()
    if position < len(raw):
        pieces.append(_Piece("text", text=raw[position:], quote=quote, formatted=formatted))
    return pieces


def _turns(pieces: List[_Piece]) -> Tuple[Optional[cst.BaseExpression],
                                          List[Tuple[str, cst.BaseExpression]]]:
    """(system, [(role, content)]) of the prompt's pieces."""
    segments: List[Tuple[str, List[_Piece]]] = [("system", [])]
    for piece in pieces:
        if piece.kind == "marker":
            segments.append((piece.role, []))
        else:
            segments[-1][1].append(piece)
    system_pieces = _stripped(segments[0][1])
    turns = segments[1:]
    if not turns:
        raise Uncertain(NOT_IN_CALL)
    roles = [role for role, _ in turns]
    if not roles or roles[0] != "user" or roles[-1] != "assistant" or any(
            left == right for left, right in zip(roles, roles[1:])):
        raise Uncertain("the prompt's turns do not alternate from HUMAN_PROMPT to a final "
                        "AI_PROMPT; build messages=[...] by hand")
    if _stripped(turns[-1][1]):
        raise Uncertain("the prompt goes on after its last AI_PROMPT (a prefilled reply): pass "
                        "it as a final {\"role\": \"assistant\"} message by hand, without "
                        "trailing spaces")
    out: List[Tuple[str, cst.BaseExpression]] = []
    for role, body in turns[:-1]:
        content = _stripped(body)
        if not content:
            raise Uncertain("a turn of the prompt is empty; build messages=[...] by hand")
        out.append((role, _expression(content)))
    return (_expression(system_pieces) if system_pieces else None), out


def _stripped(pieces: List[_Piece]) -> List[_Piece]:
    """The pieces without the blanks around the turn (`f"{HUMAN_PROMPT} {q}"`)."""
    out = [_Piece(p.kind, p.role, p.text, p.quote, p.formatted, p.node) for p in pieces]
    if out and out[0].kind == "text":
        out[0].text = _LEADING.sub("", out[0].text)
    if out and out[-1].kind == "text":
        out[-1].text = _TRAILING.sub("", out[-1].text)
    return [p for p in out if p.kind != "text" or p.text]


def _expression(pieces: List[_Piece]) -> cst.BaseExpression:
    """One expression for a turn: a literal, an f-string, an expression, or their `+`."""
    operands: List[cst.BaseExpression] = []
    run: List[_Piece] = []
    for piece in pieces + [_Piece("end")]:
        if piece.kind in ("text", "field"):
            run.append(piece)
            continue
        if run:
            operands.append(_literal(run))
            run = []
        if piece.kind == "expr" and piece.node is not None:
            operands.append(piece.node)  # type: ignore[arg-type]
    result = operands[0]
    for operand in operands[1:]:
        result = cst.BinaryOperation(left=result, operator=cst.Add(), right=operand)
    return result


def _literal(run: List[_Piece]) -> Union[cst.SimpleString, cst.FormattedString]:
    quote = run[0].quote
    if any(piece.quote != quote for piece in run):
        raise Uncertain("the prompt mixes quote styles within a turn; build messages by hand")
    if not any(piece.kind == "field" for piece in run):
        return cst.SimpleString(quote + "".join(piece.text for piece in run) + quote)
    parts: List[cst.BaseFormattedStringContent] = []
    for piece in run:
        if piece.kind == "field":
            parts.append(piece.node)  # type: ignore[arg-type]
        else:
            text = piece.text if piece.formatted else \
                piece.text.replace("{", "{{").replace("}", "}}")
            parts.append(cst.FormattedStringText(text))
    return cst.FormattedString(parts=parts, start=f"f{quote}", end=quote)


def _stop_sequences(arg: cst.Arg, markers: Tuple[str, ...]) -> Optional[cst.Arg]:
    """stop_sequences without the human-turn marker (a Messages reply ends its turn by
    itself); None when nothing else is left."""
    value = arg.value
    if not isinstance(value, (cst.List, cst.Tuple)):
        if _holds_marker(value, markers):
            raise Uncertain("stop_sequences= holds a turn marker in a computed value; drop it "
                            "by hand")
        return arg
    kept = [element for element in value.elements
            if not (isinstance(element, cst.Element) and (
                _marker_role(element.value, markers) is not None
                or (isinstance(element.value, cst.SimpleString)
                    and _LITERAL_MARKER.fullmatch(element.value.raw_value))))]
    if any(_holds_marker(element.value, markers) for element in kept):
        raise Uncertain("stop_sequences= holds a turn marker inside a longer value")
    if not kept:
        return None
    if len(kept) != len(value.elements):
        kept[-1] = kept[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
    return arg.with_changes(value=value.with_changes(elements=kept))


MIGRATION = TextCompletionsToMessages(
    name="anthropic-text-completions-to-messages",
    summary="Anthropic Text Completions -> Messages (the prompt's turns become messages=)",
    codes=frozenset({CODE}),
    resources=frozenset({"completions"}),
    sdks=frozenset({"anthropic"}),
    methods=frozenset({"create"}),
    resource="messages",
    fixtures=("GM110-anthropic-text-completions",),
    reads=READS,
    stream_reads=STREAM_READS,
    example_read="resp.content[0].text",
)



# -- HUMAN_PROMPT / AI_PROMPT imports (GM210) ----------------------------------------------------

PROMPT_CODE = "GM210"


def prompt_import_fix(planner: "Planner", finding: "Finding") -> "Finding":
    """`from anthropic import Anthropic, HUMAN_PROMPT, AI_PROMPT` loses the two markers when
    every read of them is inside a Text Completions call that is rewritten (the import fails
    on anthropic>=1.0); otherwise the finding stays as it is."""
    sem = planner.sem
    start = sem.index.offset(finding.start.line, finding.start.column - 1)
    statement = next((node for node in ast.walk(sem.tree) if isinstance(node, ast.ImportFrom)
                      and node.module == "anthropic" and not node.level
                      and sem.span(node)[0] <= start < sem.span(node)[1]), None)
    if statement is None:
        return finding
    removed = [alias for alias in statement.names if alias.name in MARKER_NAMES]
    for alias in removed:
        key = (sem.names.module if sem.enclosing_function(statement) is None
               else _scope_at(sem, statement), alias.asname or alias.name)
        for read in sem.reads(key):
            if not _in_rewritten_call(planner, read):
                return finding
    # another module imports them from here (`from llm import AI_PROMPT`): defined here
    # with the values anthropic<1 gave them, which that module goes on reading
    exported = [alias for alias in removed if planner.path is not None and any(
        True for _ in project.importers(planner.path, alias.asname or alias.name))]
    if exported and statement.col_offset != 0:
        return finding
    kept = [alias for alias in statement.names if alias not in removed]
    begin, end = sem.span(statement)
    if "#" in sem.text[begin:end]:
        return finding  # a comment inside the import would be lost
    defined = "\n".join(f"{alias.asname or alias.name} = {json.dumps(MARKER_VALUES[alias.name])}"
                        for alias in exported)
    if kept:
        names = ", ".join(f"{a.name} as {a.asname}" if a.asname else a.name for a in kept)
        edit = sem.edit(begin, end, f"from anthropic import {names}"
                        + (f"\n{defined}" if defined else ""))
    elif defined:
        edit = sem.edit(begin, end, defined)
    else:
        line_start = sem.index.starts[statement.lineno - 1]
        if sem.text[line_start:begin].strip() or sem.text[end:sem.line_end(statement)].strip():
            return finding  # another statement shares the line
        edit = sem.edit(line_start, sem.line_end(statement), "")
    description = ("Drop HUMAN_PROMPT / AI_PROMPT from the import: the Text Completions calls "
                   "that read them are rewritten to Messages")
    if exported:
        description += (f"; {', '.join(alias.asname or alias.name for alias in exported)} "
                        f"defined here with anthropic<1's values (another module imports them "
                        f"from this one)")
    fix = Fix(FixSafety.UNSAFE, (edit,), description)
    return replace(finding, fix_safety=FixSafety.UNSAFE, fix=fix)


def _scope_at(sem: "Semantics", statement: ast.stmt) -> "object":
    function = sem.enclosing_function(statement)
    return sem.names.scopes.get(id(function), sem.names.module)


def _in_rewritten_call(planner: "Planner", read: ast.AST) -> bool:
    """Whether `read` is inside a GM110 call that is rewritten, or inside the prompt's
    assignment such a call takes in (`_assigned_prompt`)."""
    node = planner.sem.parent(read)
    while node is not None and not isinstance(node, ast.stmt):
        node = planner.sem.parent(node)
    if isinstance(node, ast.Assign) and len(node.targets) == 1 \
            and isinstance(node.targets[0], ast.Name):
        key = planner.sem.binding_of(node.targets[0])
        reads = planner.sem.reads(key)
        keyword = planner.sem.parent(reads[0]) if len(reads) == 1 else None
        if isinstance(keyword, ast.keyword) and keyword.arg == "prompt":
            read = reads[0]
    node = planner.sem.parent(read)
    while node is not None and not isinstance(node, ast.stmt):
        if isinstance(node, ast.Call):
            legacy = planner.sem.legacy(node)
            if legacy is not None and legacy.code == CODE:
                return planner.rewritable(node)
        node = planner.sem.parent(node)
    return False


__all__ = ["CODE", "MIGRATION", "PROMPT_CODE", "SAMPLING", "prompt_import_fix"]
