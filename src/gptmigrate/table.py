"""The migration table: load and strictly validate migrations.yaml, then answer questions of it.

Model ids and shutdown dates are the stable facts; replacements change over time, so each
replacement carries the day it was published (`since`) and the tool follows the chain as of a
date (`resolve`). Only this module (and config) parses YAML.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from gptmigrate.types import FixSafety

CONFIDENCE_LEVELS = ("high", "medium", "low")
# In order of preference when one id names models of several providers (OpenAI and Azure share
# ids such as text-davinci-003 with different dates; Azure ids are deployment names anyway).
PROVIDERS = ("openai", "anthropic", "google", "vertex", "azure")
API_KINDS = ("family", "endpoint", "header", "sdk", "parameter", "platform")

_ROW_KEYS = {
    "name": True,
    "provider": True,
    "api": True,
    "announced": False,
    "shutdown": False,
    "replacements": False,
    "source": True,
    "confidence": True,
    "aliases": False,
    "legacy": False,
    "released": False,
    "fine_tuned": False,
    "note": False,
}
_CURRENT_KEYS = {"name": True, "provider": True, "api": True, "source": True, "confidence": True,
                 "released": False, "aliases": False, "note": False}
_FINE_TUNED_KEYS = {"announced": False, "shutdown": True, "source": True, "confidence": True,
                    "note": False}
_REPLACEMENT_KEYS = {"model": True, "since": True, "source": True, "confidence": False, "note": False}
_API_KEYS = {
    "name": True,
    "provider": True,
    "kind": False,
    "title": False,
    "announced": False,
    "shutdown": False,
    "no_live_model_after": False,
    "migrate_to": False,
    "replacement": False,
    "source": True,
    "confidence": False,
    "note": False,
    "values": False,
    "replacement_value": False,
}
_PARAMETER_KEYS = {"name": True, "provider": True, "api": True, "models": True, "except": False,
                   "renamed": False, "defaults_only": False, "unsupported": False,
                   "source": True, "note": False}
_TARGET_KEYS = {"model": True, "source": True, "note": False}
_TOP_KEYS = {"version": True, "checked": True, "sources": False, "apis": False, "targets": False,
             "current": False, "models": False, "parameters": False}


class TableError(ValueError):
    """A table that fails validation; the message names the file, the entry and the key."""


@dataclass(frozen=True)
class Replacement:
    """One published recommendation: from `since` on, the source said to use `model`."""

    model: str
    since: _dt.date
    source: str
    confidence: str = "high"
    note: Optional[str] = None


@dataclass(frozen=True)
class ModelRow:
    """A model id the table knows: retired, scheduled for shutdown, legacy or current."""

    name: str
    provider: str
    api: str
    source: str
    confidence: str
    announced: Optional[_dt.date] = None
    shutdown: Optional[_dt.date] = None
    replacements: Tuple[Replacement, ...] = ()
    alias_of: Optional[str] = None
    legacy: bool = False
    current: bool = False
    released: Optional[_dt.date] = None
    fine_tuned: Optional["FineTunedRetirement"] = None
    note: Optional[str] = None
    origin: str = ""

    @property
    def key(self) -> Tuple[str, str]:
        """Rows are unique per provider: the same id may name two providers' models."""
        return (self.provider, self.name)

    def status(self, as_of: _dt.date) -> str:
        """'retired', 'deprecated' (shutdown announced), 'legacy' or 'current' on `as_of`."""
        if self.shutdown is not None and self.shutdown <= as_of:
            return "retired"
        if self.shutdown is not None and (self.announced is None or self.announced <= as_of):
            return "deprecated"
        if self.legacy and (self.announced is None or self.announced <= as_of):
            return "legacy"
        return "current"

    def replacement_as_of(self, as_of: _dt.date) -> Optional[Replacement]:
        """The newest recommendation published on or before `as_of`."""
        known = [r for r in self.replacements if r.since <= as_of]
        return max(known, key=lambda r: r.since) if known else None


@dataclass(frozen=True)
class FineTunedRetirement:
    """When models fine-tuned on a base stop serving; it need not be the base's own day."""

    shutdown: _dt.date
    source: str
    confidence: str
    announced: Optional[_dt.date] = None
    note: Optional[str] = None


@dataclass(frozen=True)
class ApiFamily:
    """An API family, endpoint, header or SDK generation that retires or runs out of models.

    `kind` family: the API lives on but may run out of live models (`no_live_model_after`);
    endpoint/header/sdk/parameter/platform: the thing itself is shut down on `shutdown`.
    """

    name: str
    provider: str
    source: str
    kind: str = "family"
    title: Optional[str] = None
    announced: Optional[_dt.date] = None
    shutdown: Optional[_dt.date] = None
    no_live_model_after: Optional[_dt.date] = None
    migrate_to: Optional[str] = None
    replacement: Optional[str] = None
    confidence: str = "high"
    note: Optional[str] = None
    values: Tuple[str, ...] = ()  # the strings that name it in code (Azure api-versions)
    replacement_value: Optional[str] = None  # the string a fix writes instead of one of them

    def dead_after(self) -> Optional[_dt.date]:
        """The last day a call to this API can still succeed, if that day is known."""
        if self.no_live_model_after is not None:
            return self.no_live_model_after
        if self.shutdown is not None:
            return self.shutdown - _dt.timedelta(days=1)
        return None

    def status(self, as_of: _dt.date) -> str:
        """'retired', 'deprecated' (shutdown announced), 'legacy' (no date) or 'current'."""
        last = self.dead_after()
        if last is not None and last < as_of:
            return "retired"
        announced = self.announced is None or self.announced <= as_of
        if self.shutdown is not None:
            return "deprecated" if announced else "current"
        return "legacy" if announced else "current"

    def notice(self, as_of: _dt.date) -> str:
        """What a finding says about a call to this API on `as_of`, with dates and what to use."""
        status = self.status(as_of)
        title = self.title or self.name
        if status == "retired" and self.kind == "family" and self.no_live_model_after:
            head = (f"{title}, which has no live model since "
                    f"{self.no_live_model_after + _dt.timedelta(days=1)}")
        elif status == "retired":
            head = f"{title}, shut down on {self.shutdown}"
        elif status == "deprecated" and self.shutdown is not None:
            head = (f"{title}, which shuts down on {self.shutdown} "
                    f"({(self.shutdown - as_of).days} days left)")
        elif status == "legacy":
            head = f"{title}, a legacy API"
        else:
            head = title
        return head + (f"; move to {self.replacement}" if self.replacement else "")


@dataclass(frozen=True)
class ParameterVerdict:
    """What a request must change to be accepted by a model: parameters to rename, to drop
    (only the default value is accepted, and the call passes another), and ones with no
    equivalent (the fix must be manual)."""

    renamed: Mapping[str, str]
    dropped: Tuple[str, ...]
    unsupported: Tuple[str, ...]
    notes: Tuple[str, ...]

    @property
    def changes(self) -> bool:
        return bool(self.renamed or self.dropped or self.unsupported)


_NOT_A_LITERAL = object()


@dataclass(frozen=True)
class ParameterRule:
    """Request parameters a family of models rejects (`models`: fnmatch patterns of ids)."""

    name: str
    provider: str
    api: str
    source: str
    models: Tuple[str, ...]
    excluded: Tuple[str, ...] = ()
    renamed: Mapping[str, str] = field(default_factory=dict)
    defaults_only: Mapping[str, float] = field(default_factory=dict)
    unsupported: Tuple[str, ...] = ()
    note: Optional[str] = None

    def applies_to(self, model: str) -> bool:
        from fnmatch import fnmatchcase

        return any(fnmatchcase(model, p) for p in self.models) \
            and not any(fnmatchcase(model, p) for p in self.excluded)

    def judge(self, model: str, arguments: Mapping[str, Any]) -> ParameterVerdict:
        """What a request with `arguments` (name -> literal value, or NOT_A_LITERAL) must
        change for `model`."""
        renamed: Dict[str, str] = {}
        dropped: List[str] = []
        unsupported: List[str] = []
        notes: List[str] = []
        for name, value in arguments.items():
            if value is None and (name in self.defaults_only or name in self.unsupported):
                # `stop=None`, `temperature=None`: the default, said out loud
                dropped.append(name)
                notes.append(f"{name}=None (the default) removed: {model} does not take {name}=")
                continue
            if name in self.renamed:
                renamed[name] = self.renamed[name]
                notes.append(f"{model} takes {self.renamed[name]}= instead of {name}=")
                if self.renamed[name] == "max_completion_tokens":
                    notes.append("max_completion_tokens also counts reasoning tokens: raise it "
                                 "if replies come back empty")
            elif name in self.defaults_only:
                default = self.defaults_only[name]
                if isinstance(value, (int, float)) and not isinstance(value, bool) \
                        and value == default:
                    continue
                dropped.append(name)
                notes.append(f"{model} accepts only the default {name} ({default:g}): "
                             f"{name}= removed")
            elif name in self.unsupported:
                unsupported.append(name)
        return ParameterVerdict(renamed, tuple(dropped), tuple(unsupported), tuple(notes))


NOT_A_LITERAL = _NOT_A_LITERAL


@dataclass(frozen=True)
class Target:
    """The model to migrate to for an API family when a chain leaves its endpoint."""

    model: str
    source: str
    note: Optional[str] = None


@dataclass(frozen=True)
class Resolution:
    """What to do about one model on one day."""

    name: str
    as_of: _dt.date
    chain: Tuple[ModelRow, ...]
    target: Optional[str]
    action: str  # "none", "rename", "migrate-api" or "manual"
    fix_safety: Optional[FixSafety]
    reason: str


@dataclass
class Table:
    """Rows by (provider, name) and by name, API families, default targets, the day checked.

    `rows` maps each id to its preferred row (providers in PROVIDERS order), which is what a
    string in code is matched against when no provider is chosen; `entries` holds every row.
    """

    rows: Dict[str, ModelRow] = field(default_factory=dict)
    entries: Dict[Tuple[str, str], ModelRow] = field(default_factory=dict)
    apis: Dict[str, ApiFamily] = field(default_factory=dict)
    targets: Dict[str, Target] = field(default_factory=dict)
    sources: Dict[str, str] = field(default_factory=dict)
    checked: Optional[_dt.date] = None
    parameters: List[ParameterRule] = field(default_factory=list)

    def parameter_rule(self, model: str, provider: Optional[str] = None
                       ) -> Optional[ParameterRule]:
        """The parameter rule of the family `model` belongs to, if one is known."""
        row = self.get(model, provider)
        provider = provider or (row.provider if row is not None else None)
        for rule in reversed(self.parameters):  # a later (user) table wins
            if (provider is None or rule.provider == provider) and rule.applies_to(model):
                return rule
        return None

    def api_value(self, value: str, as_of: _dt.date) -> Optional[ApiFamily]:
        """The retired or deprecated API entry a string such as an api-version names."""
        for family in self.apis.values():
            if value in family.values and family.status(as_of) in ("retired", "deprecated"):
                return family
        return None

    def add_row(self, row: ModelRow) -> None:
        """Add or override (same provider and name) one row, keeping `rows` in step."""
        self.entries[row.key] = row
        best = self.rows.get(row.name)
        if best is None or best.key == row.key or _rank(row.provider) < _rank(best.provider):
            self.rows[row.name] = row

    def get(self, name: str, provider: Optional[str] = None) -> Optional[ModelRow]:
        """The row of `name` for `provider`, or the preferred row of `name` across providers."""
        if provider is not None:
            return self.entries.get((provider, name))
        return self.rows.get(name)

    def rows_for(self, providers: Optional[Iterable[str]] = None) -> Dict[str, ModelRow]:
        """Every non-current id with its preferred row among `providers` (all when empty)."""
        wanted = set(providers) if providers else None
        chosen: Dict[str, ModelRow] = {}
        for row in self.entries.values():
            if row.current or (wanted is not None and row.provider not in wanted):
                continue
            best = chosen.get(row.name)
            if best is None or _rank(row.provider) < _rank(best.provider):
                chosen[row.name] = row
        return chosen

    def api_dead(self, api: str, as_of: _dt.date,
                 provider: Optional[str] = None) -> Optional[ApiFamily]:
        """The API entry of `api` (of `provider`, when given) if no call to it can succeed."""
        family = self.apis.get(api)
        if family is None or (provider is not None and family.provider != provider):
            return None
        return family if family.status(as_of) == "retired" else None

    def is_served(self, name: str, as_of: _dt.date, provider: Optional[str] = None) -> bool:
        """Whether a request naming `name` could succeed on `as_of`, as far as the table knows."""
        row = self.get(name, provider)
        return row is not None and self._served(row, as_of)

    def _served(self, row: ModelRow, as_of: _dt.date) -> bool:
        if row.status(as_of) == "retired":
            return False
        if row.released is not None and row.released > as_of:
            return False
        return self.api_dead(row.api, as_of, row.provider) is None

    def _can_target(self, row: ModelRow, as_of: _dt.date) -> bool:
        """A fix may write `row` only if it is served that day and the row is not in doubt."""
        return row.confidence != "low" and self._served(row, as_of)

    def fine_tuned_row(self, base: ModelRow, legacy: bool) -> ModelRow:
        """The row that governs models fine-tuned on `base`.

        Legacy `<base>:ft-...` models died with the /v1/fine-tunes endpoint; `ft:<base>:...`
        models follow the fine-tuned inference retirement of their base when one is published
        (it differs from the base's own day), else the base's own dates.
        """
        endpoint = self.apis.get("fine-tunes") if legacy else None
        if endpoint is not None and endpoint.shutdown is not None:
            return replace(base, announced=endpoint.announced, shutdown=endpoint.shutdown,
                           source=endpoint.source, legacy=False, current=False,
                           note=endpoint.note or base.note)
        tuned = base.fine_tuned
        if tuned is not None:
            return replace(base, announced=tuned.announced, shutdown=tuned.shutdown,
                           source=tuned.source, confidence=tuned.confidence, legacy=False,
                           current=False, note=tuned.note or base.note)
        return base

    def resolve(
        self,
        name: str,
        as_of: _dt.date,
        user_targets: Optional[Mapping[str, str]] = None,
        provider: Optional[str] = None,
    ) -> Resolution:
        """Follow the replacement chain of `name` as of `as_of` to a model still served then.

        The first model of the chain with no shutdown announced is preferred; failing that, the
        first one still served. Low-confidence rows and steps never drive a fix: the chain stops
        there. Where the chain leaves an endpoint with no live model, the family's target is
        used and the action is an API migration. A user target for the final API family wins.
        """
        user_targets = dict(user_targets or {})
        start = self.get(name, provider)
        if start is None:
            return Resolution(name, as_of, (), None, "none", None, "not in the table")
        if (start.status(as_of) == "current"
                and self.api_dead(start.api, as_of, start.provider) is None):
            return Resolution(name, as_of, (start,), None, "none", None, "still served")
        if start.confidence == "low":
            return Resolution(name, as_of, (start,), None, "manual", FixSafety.MANUAL,
                              f"the retirement of {name} is not confirmed by an official "
                              f"source: check the provider's deprecations page")

        chain, stop_reason = self._walk(start, as_of)
        served = [row for row in chain[1:] if self._can_target(row, as_of)]
        preferred = [row for row in served if row.status(as_of) == "current"]
        # A fix never writes a model whose own shutdown is announced: the chain goes on to one
        # that has none, or the fix is manual and names what the chain reached.
        pick = (preferred or [None])[0]
        if pick is None and served:
            dying = served[-1]
            stop_reason = (f"{dying.name}, the replacement published so far, itself shuts "
                           f"down on {dying.shutdown}"
                           + (f" ({stop_reason})" if stop_reason else "")
                           + ": choose a served model with no shutdown announced")
        if pick is not None:
            chain = chain[: chain.index(pick) + 1]
            target: Optional[str] = pick.name
            target_api = pick.api
        else:
            target, target_api = None, start.api
            dead = (self.api_dead(chain[-1].api, as_of, start.provider)
                    or self.api_dead(start.api, as_of, start.provider))
            if dead is not None and dead.migrate_to:
                target_api = dead.migrate_to
                default = self.targets.get(target_api)
                row = self.get(default.model, start.provider) if default is not None else None
                if row is not None and self._can_target(row, as_of):
                    target = row.name
        user_chosen = target is not None and target_api in user_targets
        if user_chosen:
            target = user_targets[target_api]

        def result(action: str, safety: Optional[FixSafety], reason: str) -> Resolution:
            return Resolution(name, as_of, tuple(chain), target, action, safety, reason)

        if start.provider == "azure":
            return result("manual", FixSafety.MANUAL,
                          "Azure deployment names are chosen by their owner: deploy a served "
                          "model, then point the code at that deployment")
        if target is None:
            return result("manual", FixSafety.MANUAL, stop_reason or "no served replacement is known")
        if not _same_api(start.api, target_api):
            if self.api_dead(start.api, as_of, start.provider) is not None:
                why = f"the {start.api} API has no live model left"
            else:
                why = f"{target} is served by the {target_api} API, not the {start.api} API"
            return result("migrate-api", FixSafety.UNSAFE,
                          f"{why}: the call must move to the {target_api} API")
        if start.api == "embeddings":
            return result("rename", FixSafety.UNSAFE,
                          "a new embedding model has a new vector space: stored vectors must be "
                          "recomputed")
        steps = [row.replacement_as_of(as_of) for row in chain[:-1]]
        if not user_chosen and any(step is None or step.confidence != "high" for step in steps):
            return result("rename", FixSafety.UNSAFE,
                          "the replacement is not confirmed by every source: review the change")
        return result("rename", FixSafety.SAFE, "same API, served model")

    def replacement_row(self, row: ModelRow, name: str) -> Optional[ModelRow]:
        """The row a replacement names: the same provider's first, else the preferred one."""
        return self.entries.get((row.provider, name)) or self.rows.get(name)

    def _walk(self, start: ModelRow, as_of: _dt.date) -> Tuple[List[ModelRow], str]:
        """Every step of the chain as published by `as_of`, until it ends, forks low or loops."""
        chain = [start]
        row = start
        while True:
            rep = row.replacement_as_of(as_of)
            if rep is None:
                return chain, f"no replacement of {row.name} is published as of {as_of}"
            if rep.confidence == "low":
                return chain, f"the replacement of {row.name} ({rep.model}) is not confirmed"
            nxt = self.replacement_row(row, rep.model)
            if nxt is None or nxt in chain:
                return chain, f"the chain breaks at {rep.model}"
            chain.append(nxt)
            row = nxt


def _rank(provider: str) -> int:
    return PROVIDERS.index(provider) if provider in PROVIDERS else len(PROVIDERS)


# A model served by the Chat Completions API is also served by the Responses API.
_SERVES_ALSO = {("responses", "chat")}


def _same_api(start_api: str, target_api: str) -> bool:
    """Whether a model of `target_api` takes a request written for `start_api` unchanged."""
    return start_api == target_api or (start_api, target_api) in _SERVES_ALSO



def _origin(path: str, index: Optional[int], entry: Any, section: str = "models") -> str:
    label = entry.get("name") if isinstance(entry, dict) else None
    where = f"{section}[{index}]" if index is not None else section
    return f"{path}: {where}" + (f" ({label})" if label else "")


def _check_keys(data: Any, spec: Mapping[str, bool], origin: str) -> Dict[str, Any]:
    if not isinstance(data, dict):
        raise TableError(f"{origin}: expected a mapping, got {type(data).__name__}")
    for key in data:
        if key not in spec:
            raise TableError(f"{origin}: unknown key '{key}'")
    for key, required in spec.items():
        if required and data.get(key) in (None, ""):
            raise TableError(f"{origin}: missing key '{key}'")
    return data


def _date(value: Any, origin: str, key: str, optional: bool = True) -> Optional[_dt.date]:
    if value is None and optional:
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise TableError(f"{origin}: key '{key}' is not a date (YYYY-MM-DD): {value!r}")


def _text(value: Any, origin: str, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TableError(f"{origin}: key '{key}' must be a non-empty string")
    return value


def _confidence(value: Any, origin: str) -> str:
    if value not in CONFIDENCE_LEVELS:
        raise TableError(f"{origin}: key 'confidence' must be one of {', '.join(CONFIDENCE_LEVELS)}")
    return value


def _strict_loader() -> Any:
    """A SafeLoader (libyaml's when PyYAML was built with it: ten times faster on a table of
    this size) that also rejects duplicate mapping keys (a silent overwrite is a data bug).
    Built on first use: a scan with the shipped table reads its JSON twin and never imports yaml."""
    global _STRICT_LOADER
    if _STRICT_LOADER is not None:
        return _STRICT_LOADER
    import yaml

    class StrictLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    def construct_mapping(loader: Any, node: Any, deep: bool = False) -> dict:
        seen = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=deep)
            if key in seen:
                raise TableError(f"line {key_node.start_mark.line + 1}: duplicate key '{key}'")
            seen.add(key)
        return loader.construct_mapping(node, deep=deep)

    StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    # Dates stay text until `_date` checks them, so 2025-13-01 is an error naming its entry and key.
    StrictLoader.add_constructor("tag:yaml.org,2002:timestamp",
                                 lambda loader, node: loader.construct_scalar(node))
    _STRICT_LOADER = StrictLoader
    return StrictLoader


_STRICT_LOADER: Any = None


def _read_yaml(path: str, text: str) -> Any:
    import yaml

    try:
        return yaml.load(text, Loader=_strict_loader())  # noqa: S506 - SafeLoader subclass
    except TableError as exc:
        raise TableError(f"{path}: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise TableError(f"{path}:{where}: invalid YAML: {problem}") from None


# The shipped table's data as JSON, with the SHA-256 of the YAML text it was read from
# (scripts/compile_table.py writes it). Loading YAML costs ~60 ms of every start-up, JSON ~3 ms;
# the twin is used only while its digest matches the YAML, so it can be stale but never wrong.
TWIN_NAME = "migrations.json"


def compile_twin(text: str, path: str) -> str:
    """The JSON twin of the table text at `path` (raises TableError if it is not valid)."""
    import json

    data = _read_yaml(path, text)
    parse_table(text, path, data=data)  # only a valid table gets a twin
    return json.dumps({"sha256": _digest(text), "data": data}, indent=0, sort_keys=True,
                      ensure_ascii=False) + "\n"


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _twin_data(text: str) -> Any:
    """The shipped table's data from its twin, or None if the twin is missing or stale."""
    import json

    try:
        twin = json.loads(_package_file(TWIN_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(twin, dict) and twin.get("sha256") == _digest(text):
        return twin.get("data")
    return None


def parse_table(text: str, path: str, into: Optional[Table] = None, data: Any = None) -> Table:
    """Parse and validate one table document, layering it over `into` (later tables win);
    `data`: the document already read (the shipped table's JSON twin)."""
    table = into if into is not None else Table()
    if data is None:
        data = _read_yaml(path, text)
    data = _check_keys(data, _TOP_KEYS, f"{path}: top level")
    if data["version"] != 1:
        raise TableError(f"{path}: top level: key 'version' must be 1")
    checked = _date(data["checked"], f"{path}: top level", "checked", optional=False)
    table.checked = max(filter(None, [table.checked, checked]))

    sources = data.get("sources") or {}
    if not isinstance(sources, dict):
        raise TableError(f"{path}: sources: expected a mapping")
    for key, url in sources.items():
        table.sources[str(key)] = _text(url, f"{path}: sources.{key}", "url")

    def source_of(value: Any, origin: str) -> str:
        text = _text(value, origin, "source")
        if text in table.sources:
            return table.sources[text]
        if not re.match(r"https?://", text):
            raise TableError(f"{origin}: key 'source' is neither a URL nor a key of 'sources': {text!r}")
        return text

    keys_here: set = set()

    def add(row: ModelRow) -> None:
        if row.key in keys_here:
            raise TableError(f"{row.origin}: duplicate entry '{row.name}' ({row.provider})")
        keys_here.add(row.key)
        table.add_row(row)

    def add_with_aliases(row: ModelRow, entry: Mapping[str, Any], origin: str) -> None:
        add(row)
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list):
            raise TableError(f"{origin}: key 'aliases' must be a list")
        for alias in aliases:
            add(replace(row, name=_text(alias, origin, "aliases"), alias_of=row.name))

    for index, entry in enumerate(_list(data, "current", path)):
        origin = _origin(path, index, entry, "current")
        entry = _check_keys(entry, _CURRENT_KEYS, origin)
        add_with_aliases(ModelRow(
            name=_text(entry["name"], origin, "name"),
            provider=_provider(entry["provider"], origin),
            api=_text(entry["api"], origin, "api"),
            source=source_of(entry["source"], origin),
            confidence=_confidence(entry["confidence"], origin),
            current=True,
            released=_date(entry.get("released"), origin, "released"),
            note=entry.get("note"),
            origin=origin,
        ), entry, origin)

    for index, entry in enumerate(_list(data, "models", path)):
        origin = _origin(path, index, entry)
        entry = _check_keys(entry, _ROW_KEYS, origin)
        replacements = []
        for r_index, rep in enumerate(_list(entry, "replacements", origin)):
            r_origin = f"{origin} replacements[{r_index}]"
            rep = _check_keys(rep, _REPLACEMENT_KEYS, r_origin)
            replacements.append(Replacement(
                model=_text(rep["model"], r_origin, "model"),
                since=_date(rep["since"], r_origin, "since", optional=False),
                source=source_of(rep["source"], r_origin),
                confidence=_confidence(rep.get("confidence", "high"), r_origin),
                note=rep.get("note"),
            ))
        sinces = [rep.since for rep in replacements]
        if len(set(sinces)) != len(sinces):
            raise TableError(f"{origin}: key 'replacements': two replacements share a 'since' "
                             f"day, so neither is the one published that day")
        announced = _date(entry.get("announced"), origin, "announced")
        shutdown = _date(entry.get("shutdown"), origin, "shutdown")
        if announced and shutdown and shutdown < announced:
            raise TableError(f"{origin}: key 'shutdown' is before 'announced'")
        tuned = None
        if entry.get("fine_tuned") is not None:
            t_origin = f"{origin} fine_tuned"
            raw = _check_keys(entry["fine_tuned"], _FINE_TUNED_KEYS, t_origin)
            tuned = FineTunedRetirement(
                shutdown=_date(raw["shutdown"], t_origin, "shutdown", optional=False),
                source=source_of(raw["source"], t_origin),
                confidence=_confidence(raw["confidence"], t_origin),
                announced=_date(raw.get("announced"), t_origin, "announced"),
                note=raw.get("note"),
            )
        legacy = entry.get("legacy", False)
        if not isinstance(legacy, bool):
            raise TableError(f"{origin}: key 'legacy' must be true or false")
        add_with_aliases(ModelRow(
            name=_text(entry["name"], origin, "name"),
            provider=_provider(entry["provider"], origin),
            api=_text(entry["api"], origin, "api"),
            source=source_of(entry["source"], origin),
            confidence=_confidence(entry["confidence"], origin),
            announced=announced,
            shutdown=shutdown,
            replacements=tuple(replacements),
            legacy=legacy,
            released=_date(entry.get("released"), origin, "released"),
            fine_tuned=tuned,
            note=entry.get("note"),
            origin=origin,
        ), entry, origin)

    api_names: set = set()
    for index, entry in enumerate(_list(data, "apis", path)):
        origin = _origin(path, index, entry, "apis")
        entry = _check_keys(entry, _API_KEYS, origin)
        name = _text(entry["name"], origin, "name")
        if name in api_names:
            raise TableError(f"{origin}: duplicate entry '{name}'")
        api_names.add(name)
        kind = entry.get("kind", "family")
        if kind not in API_KINDS:
            raise TableError(f"{origin}: key 'kind' must be one of {', '.join(API_KINDS)}")
        family = ApiFamily(
            name=name,
            provider=_provider(entry["provider"], origin),
            source=source_of(entry["source"], origin),
            kind=kind,
            title=entry.get("title"),
            announced=_date(entry.get("announced"), origin, "announced"),
            shutdown=_date(entry.get("shutdown"), origin, "shutdown"),
            no_live_model_after=_date(entry.get("no_live_model_after"), origin,
                                      "no_live_model_after"),
            migrate_to=entry.get("migrate_to"),
            replacement=entry.get("replacement"),
            confidence=_confidence(entry.get("confidence", "high"), origin),
            note=entry.get("note"),
            values=tuple(_text(v, origin, "values") for v in entry.get("values") or ()),
            replacement_value=entry.get("replacement_value"),
        )
        if kind == "family" and family.no_live_model_after is None:
            raise TableError(f"{origin}: missing key 'no_live_model_after' (kind family)")
        table.apis[name] = family

    for index, entry in enumerate(_list(data, "parameters", path)):
        origin = _origin(path, index, entry, "parameters")
        entry = _check_keys(entry, _PARAMETER_KEYS, origin)
        rule = ParameterRule(
            name=_text(entry["name"], origin, "name"),
            provider=_provider(entry["provider"], origin),
            api=_text(entry["api"], origin, "api"),
            source=source_of(entry["source"], origin),
            models=tuple(_text(m, origin, "models") for m in _list(entry, "models", origin)),
            excluded=tuple(_text(m, origin, "except") for m in _list(entry, "except", origin)),
            renamed={str(k): _text(v, origin, "renamed") for k, v in
                     _mapping(entry, "renamed", origin).items()},
            defaults_only={str(k): _number(v, origin, "defaults_only") for k, v in
                           _mapping(entry, "defaults_only", origin).items()},
            unsupported=tuple(_text(u, origin, "unsupported")
                              for u in _list(entry, "unsupported", origin)),
            note=entry.get("note"),
        )
        table.parameters[:] = [r for r in table.parameters if r.name != rule.name] + [rule]

    targets = data.get("targets") or {}
    if not isinstance(targets, dict):
        raise TableError(f"{path}: targets: expected a mapping")
    for api, entry in targets.items():
        origin = f"{path}: targets.{api}"
        entry = _check_keys(entry, _TARGET_KEYS, origin)
        table.targets[str(api)] = Target(
            model=_text(entry["model"], origin, "model"),
            source=source_of(entry["source"], origin),
            note=entry.get("note"),
        )
    return table


def _list(data: Mapping[str, Any], key: str, where: str) -> List[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise TableError(f"{where}: key '{key}' must be a list")
    return value


def _mapping(data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise TableError(f"{where}: key '{key}' must be a mapping")
    return value


def _number(value: Any, origin: str, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TableError(f"{origin}: key '{key}' must map names to numbers")
    return float(value)


def _provider(value: Any, origin: str) -> str:
    if value not in PROVIDERS:
        raise TableError(f"{origin}: key 'provider' must be one of {', '.join(PROVIDERS)}")
    return value


def validate_links(table: Table, path: str) -> None:
    """Cross-row checks once all tables are loaded: replacements exist, no cycles, targets known."""
    for row in table.entries.values():
        for rep in row.replacements:
            if table.replacement_row(row, rep.model) is None:
                raise TableError(
                    f"{row.origin}: key 'replacements': '{rep.model}' is neither in the table "
                    f"nor declared current"
                )
    for api, target in table.targets.items():
        row = table.get(target.model)
        if row is None:
            raise TableError(f"{path}: targets.{api}: '{target.model}' is neither in the table "
                             f"nor declared current")
        if not row.current:
            raise TableError(f"{path}: targets.{api}: '{target.model}' must be declared "
                             f"current (a default target cannot have a shutdown)")
    for family in table.apis.values():
        if family.migrate_to and family.migrate_to not in table.targets:
            raise TableError(f"{path}: apis ({family.name}): key 'migrate_to': no target is "
                             f"declared for '{family.migrate_to}'")
    for row in table.entries.values():
        _check_cycle(table, row)


def _check_cycle(table: Table, row: ModelRow) -> None:
    """Every replacement ever published must lead somewhere new: a cycle is a data error."""
    stack: List[Tuple[ModelRow, Tuple[str, ...]]] = [(row, (row.name,))]
    while stack:
        here, trail = stack.pop()
        for rep in here.replacements:
            if rep.model in trail:
                cycle = " -> ".join(trail + (rep.model,))
                raise TableError(f"{row.origin}: key 'replacements': cycle {cycle}")
            nxt = table.replacement_row(here, rep.model)
            if nxt is not None and len(trail) < 50:
                stack.append((nxt, trail + (rep.model,)))



def _package_file(name: str) -> Any:
    """A file shipped inside the gptmigrate package. A package installed as files (every pip
    install) is read straight from its folder; importlib.resources, whose import costs ~5 ms
    of every start-up, is asked only for a package imported from a zip archive."""
    here = Path(__file__).resolve().parent
    if here.is_dir():
        return here / name
    from importlib import resources  # pragma: no cover - zipped packages only

    return resources.files("gptmigrate").joinpath(name)  # pragma: no cover


def shipped_table_text() -> Tuple[str, str]:
    """The table shipped in the wheel; in a source checkout, the one at the repository root."""
    try:
        resource = _package_file("migrations.yaml")
        if resource.is_file():
            return resource.read_text(encoding="utf-8"), str(resource)
    except (FileNotFoundError, ModuleNotFoundError):  # pragma: no cover - defensive
        pass
    root = Path(__file__).resolve().parents[2] / "migrations.yaml"
    return root.read_text(encoding="utf-8"), str(root)


# Tables already built in this process, by the texts they were built from: a warm process
# (the language server, a forked scan) builds its context again per run, and parsing the
# shipped table is most of a small project's scan. Tables are never changed after loading.
_LOADED: Dict[Tuple[Tuple[str, str], ...], Table] = {}


def load_table(extra: Sequence[str] = (), include_shipped: bool = True) -> Table:
    """The shipped table, then each extra table over it (later files override rows by name)."""
    texts: List[Tuple[str, str]] = []
    if include_shipped:
        text, shipped = shipped_table_text()
        texts.append((shipped, text))
    for path in extra:
        try:
            texts.append((path, Path(path).read_text(encoding="utf-8")))
        except OSError as exc:
            raise TableError(f"{path}: cannot read table: {exc.strerror or exc}") from None
    key = (("shipped", str(include_shipped)), *texts)
    if key not in _LOADED:
        table = Table()
        for index, (path, text) in enumerate(texts):
            shipped_text = include_shipped and index == 0
            parse_table(text, path, table, data=_twin_data(text) if shipped_text else None)
        validate_links(table, texts[-1][0] if texts else "migrations.yaml")
        _LOADED[key] = table
    return _LOADED[key]
