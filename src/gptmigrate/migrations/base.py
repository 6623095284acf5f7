"""What every API migration declares: the legacy calls it takes, the call it writes, how the
arguments map and how reads of the response change. `rewrite.Planner` does the work common to
all of them (arguments that cannot be moved, the response's readers, the client) and asks the
migration for the rest, so a new migration is one module and one line in the registry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, AbstractSet, FrozenSet, List, Mapping, Optional, Tuple

import libcst as cst

from gptmigrate.detect import LegacyCall

if TYPE_CHECKING:  # the planner calls the migration, and the migration the planner's helpers
    from gptmigrate.rewrite import CallPlan

Path = Tuple[str, ...]  # a response path: keys, with "*" for an index ("choices", "*", "text")


class Uncertain(Exception):
    """The rewrite is not certain; the message says what the user must do instead."""


@dataclass(frozen=True)
class Reads:
    """How reads of a response change: keys renamed at a path, and which paths still hold an
    object (a dict in v0, an object in v1) or a list of them, whose readers are followed."""

    renamed: Mapping[Path, Tuple[str, ...]] = field(default_factory=dict)
    objects: FrozenSet[Path] = frozenset({(), ("usage",)})
    lists: FrozenSet[Path] = frozenset()
    # Paths whose new value can be None where the old one was always text (a streamed
    # chunk's delta.content): their reads become `(read or "")`.
    nullable: FrozenSet[Path] = frozenset()
    # Keys a v0 object could lack (a streamed chunk's delta["content"] on the role-only and the
    # closing chunk), which 1.x gives as None: a read that relied on the KeyError (inside
    # `try: ... except KeyError:`) becomes `(read or "")`.
    absent: FrozenSet[Path] = frozenset()
    # Paths whose reads cannot be kept (the value is gone in the target): reading one (or
    # below it) leaves the call manual with this message.
    refused: Mapping[Path, str] = field(default_factory=dict)
    # Keys that are no Python names (`"self-harm"`) and the attribute v1 gives each.
    attributes: Mapping[str, str] = field(default_factory=dict)
    # Paths whose read becomes an expression of the name read (`{name}`), where the target
    # holds the value in some objects only (a Messages stream event's text).
    templates: Mapping[Path, str] = field(default_factory=dict)
    # Object paths read as a mapping (`.items()`, `.get(k)`): v1's object becomes that dict
    # with `.model_dump(by_alias=True)` (keys spelled as 0.x's).
    dicts: FrozenSet[Path] = frozenset()
    # Object paths v1 always fills (never None): a `.get(key, default)` there reads the
    # object, so the default is dropped and the chain goes on (`.get("delta", {}).get(...)`).
    present: FrozenSet[Path] = frozenset()
    # Where the reply's text is (a completion's or a message's): a fix that drops stop= for a
    # model that rejects it cuts every read of this path at the first stop sequence.
    text: Optional[Path] = None
    # Why a response shown whole (printed, logged) no longer shows what it showed in 0.x (an
    # image's URL, now megabytes of base64): the call stays manual with it.
    shown_whole: Optional[str] = None

    @property
    def is_object(self) -> bool:
        """Whether the response itself changes from a dict to an object (a plain string or
        bytes response does not: it may leave the function as it is)."""
        return () in self.objects or () in self.lists


@dataclass(frozen=True)
class Migration:
    """One legacy call shape and what it becomes.

    `resources`: the v0 module resources (`Completion`) or v1 client resources
    (`completions`) it takes; `resource`: the v1 client resource it writes
    (`chat.completions`); `v0_resource`: what a project pinned to openai<1 gets instead
    (`ChatCompletion`), or None when only the v1 SDK has the target; `fixtures`: the fixture
    folders that prove it (tests/test_migrations.py checks they exist).
    """

    name: str
    summary: str
    codes: FrozenSet[str]
    resources: FrozenSet[str]
    resource: str
    fixtures: Tuple[str, ...]
    v0_resource: Optional[str] = None
    reads: Reads = Reads()
    stream_reads: Optional[Reads] = None  # None: a streamed call is left manual
    methods: FrozenSet[str] = frozenset({"create", "acreate"})
    sdks: FrozenSet[str] = frozenset({"v0"})
    # v0 method -> the parameter names its positional arguments bind to (0.x took
    # `Audio.transcribe(model, file)`); the plan names them before anything else.
    positional: Mapping[str, Tuple[str, ...]] = field(default_factory=dict)
    example_read: str = ""  # how the v1 response is read, for the manual message of an escape
    rewrites: bool = True  # False: the endpoint is gone, every call gets an instruction only
    # `**kwargs` may pass through: the API keeps its parameters from v0 to v1.
    passes_kwargs: bool = False
    # Otherwise: what `**kwargs` may carry when the module shows every caller's keywords
    # (the parameters the target API takes as they are).
    kwargs_carried: FrozenSet[str] = frozenset()
    # The keywords the v1 method takes (its signature in the current SDK, checked by
    # tests/test_migrations.py); a 0.x call passing another keeps the call manual, since v1
    # raises TypeError where 0.x sent it in the body (`check_accepted`). Empty: not checked.
    accepted: FrozenSet[str] = frozenset()
    # Where the response leaves what the fix can follow and `reads` renames its keys: the
    # reads that a view in the old shape keeps (None: such a call stays manual). The view
    # (`rewrite.LEGACY_VIEW`) hands out 0.x's dict of the old API's response.
    legacy_view_reads: Optional[Reads] = None
    # Only for a call to a server of the project's own (`openai.api_base` set to another
    # host) with a model the table does not know: that server's API, not OpenAI's, answers.
    own_server: bool = False

    def handles(self, legacy: LegacyCall) -> bool:
        return legacy.sdk in self.sdks and legacy.resource in self.resources \
            and legacy.method in self.methods

    def arguments(self, plan: "CallPlan") -> List[cst.Arg]:
        """The new call's arguments (the default: every argument, the model named model=)."""
        if self.accepted and plan.legacy.sdk == "v0" and plan.v1:
            check_accepted(plan, self.accepted | {"engine", "deployment_id"})  # become model=
        return plan.same_api_arguments()

    def describe(self, plan: "CallPlan") -> str:
        """What the fix writes, for its description."""
        return plan.default_description()

    def v1_method(self, legacy: LegacyCall) -> str:
        """The v1 method a v0 call becomes (`Image.create` -> `images.generate`)."""
        return "create"

    def response_reads(self, plan: "CallPlan") -> Reads:
        """How this call's response is read (a call's arguments may change its shape)."""
        if plan.streams:
            assert self.stream_reads is not None
            return self.stream_reads
        if plan.dict_view and self.legacy_view_reads is not None:
            return self.legacy_view_reads
        return self.reads

    def finish(self, plan: "CallPlan", call: cst.Call) -> cst.BaseExpression:
        """The expression written for the new call (`client.files.content(id).content`)."""
        return call


# Per-call v0 settings (`api_key=` ...): the planner renames or refuses them after `arguments`.
V0_SETTINGS = frozenset({"request_timeout", "headers", "api_key", "api_base", "organization",
                         "api_version", "api_type", "request_id"})


def target_name(plan: "CallPlan") -> str:
    """`client.images.generate`, as the fix writes it."""
    return f"client.{plan.migration.resource}.{plan.migration.v1_method(plan.legacy)}"


def check_accepted(plan: "CallPlan", accepted: AbstractSet[str]) -> None:
    """Every argument must be a parameter of the v1 method: it takes keywords only and raises
    TypeError on an unknown one (0.x passed any `**params` on to the HTTP body, and libraries
    patched its methods to take their own: instructor's `response_model=`)."""
    for name in plan.keyword_names:
        if name not in accepted and name not in V0_SETTINGS:
            raise Uncertain(f"{name}= is not a parameter of {target_name(plan)} (openai>=1): "
                            f"pass it as extra_body={{\"{name}\": ...}} or drop it (a keyword "
                            f"a library patched in needs the new client patched as that "
                            f"library documents), then run again")


__all__ = ["Migration", "Path", "Reads", "Uncertain", "V0_SETTINGS", "check_accepted",
           "target_name"]


def drop_last_argument(out: List[cst.Arg], dropped: cst.Arg) -> None:
    """`out[-1]` becomes the last argument in place of `dropped`, which ended the list: it keeps
    its own comment and takes what ended the list (the line break before the bracket);
    `dropped`'s comment goes with it."""
    kept = out[-1]
    own, theirs = kept.comma, dropped.comma
    own_end = own.whitespace_after if isinstance(own, cst.Comma) else None
    commented = isinstance(own_end, cst.ParenthesizedWhitespace) \
        and own_end.first_line.comment is not None
    if isinstance(theirs, cst.Comma):
        end = theirs.whitespace_after
        if isinstance(own_end, cst.ParenthesizedWhitespace) \
                and isinstance(end, cst.ParenthesizedWhitespace):
            end = end.with_changes(first_line=own_end.first_line)
        out[-1] = kept.with_changes(comma=theirs.with_changes(whitespace_after=end))
    elif commented and isinstance(own, cst.Comma) \
            and isinstance(own_end, cst.ParenthesizedWhitespace):
        # its comment sits after its comma: the comma stays, the list ends as it did
        end = dropped.whitespace_after_arg
        out[-1] = kept.with_changes(comma=own.with_changes(
            whitespace_after=end.with_changes(first_line=own_end.first_line)
            if isinstance(end, cst.ParenthesizedWhitespace) else own_end))
    else:
        out[-1] = kept.with_changes(comma=theirs, whitespace_after_arg=dropped.whitespace_after_arg)
