"""What every reader gives detection, and the model findings made from it.

A reader returns a `Document`: each string value with the span of its token, its decoded text,
where that text is written verbatim (a rename is an edit of exactly those characters, so
quotes, comments, key order, indentation, anchors and trailing commas stay byte for byte) and
the key that names it; its comments; and findings of its own (scripts' API rules).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import Any, Callable, Dict, List, Optional, Set, Tuple

from gptmigrate.matching import DetectOptions
from gptmigrate.table import ModelRow, Resolution
from gptmigrate.types import Finding, FixSafety, Position


class FormatError(ValueError):
    """A file its format's parser rejects; str() is one line that says where and why."""


@dataclass(frozen=True)
class Value:
    """A string value: its token's span (offsets into the text, quotes included), its decoded
    text, the offset where that text is written verbatim (None: escapes or line folding, so a
    rename cannot be an edit of its characters), and the keys it is the value of (the
    innermost key above it; a YAML alias gives a value one more). `referring`: a compared
    value (`model === "gpt-4"`, `case "gpt-4":`), which code elsewhere looks up: never renamed
    on its own. `versioned`: Weaviate's `"model": "ada"` beside a `"modelVersion"` key
    (`matching.versioned_model`), a model family, never a finding. `listed`: the array it is an
    item of (JSON, YAML, JavaScript), by the array's start offset (or any number unique to the
    array in its document), else None."""

    start: int
    end: int
    text: str
    verbatim: Optional[int]
    keys: Tuple[str, ...] = ()
    referring: bool = False
    versioned: bool = False
    listed: Optional[int] = None


@dataclass(frozen=True)
class Comment:
    """A comment: its span and its text after the comment leader (`#`, `//`, `;`)."""

    start: int
    end: int
    body: str


@dataclass
class Document:
    """What a reader found in one file. `calls`: uses of an API its reader reports
    (`api_findings`); `problem`: the parser's verdict on a file it could read only in part (a
    script with a syntax error): its findings are reported, it is never fixed."""

    values: List[Value] = field(default_factory=list)
    comments: List[Comment] = field(default_factory=list)
    calls: List[Any] = field(default_factory=list)
    problem: Optional[str] = None
    # A data file (YAML, JSON, TOML, INI, .env): a model value that is also one of its keys
    # is looked up by (`_also_a_key`); a script's `case "gpt-4":` is no key.
    keyed: bool = True


class Lines:
    """Offsets to 1-based lines and columns (characters), lines ending at `\\n`."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        find = text.find
        at = find("\n")
        while at >= 0:
            self.starts.append(at + 1)
            at = find("\n", at + 1)

    def position(self, offset: int) -> Position:
        line = bisect.bisect_right(self.starts, offset) - 1
        return Position(line + 1, offset - self.starts[line] + 1)

    def where(self, offset: int) -> str:
        position = self.position(offset)
        return f"line {position.line}, column {position.column}"


def model_key(key: str) -> bool:
    """A key whose value names a model (`model`, `engine`, `OPENAI_MODEL`, `deployment` ...), as
    detection decides for Python names; short ambiguous names (ada, davinci, o1) count only
    under one."""
    from gptmigrate.detect import MODEL_KEYWORDS, _hints_model

    return key in MODEL_KEYWORDS or _hints_model(key)


def deployment_key(key: str) -> bool:
    """An Azure deployment setting (`AZURE_OPENAI_DEPLOYMENT`, `deployment:`): reported, never
    rewritten, since the name is the deployment's, chosen by its owner."""
    return "deployment" in key.lower()


def document_findings(document: Document, text: str, options: DetectOptions,
                      recorded: bool = False, sections: bool = False) -> List[Finding]:
    """The model findings of a document: every value whose whole text names a table model
    that is not current (a short ambiguous name only under a model key), and every retired
    Azure api-version under an api-version key (GM106). Reported, not renamed: the models of
    a file that records a run (`recorded`, `records_a_run`) and those in an array that also
    holds other words (`["gen-ai", "gpt-4-32k", "llm"]`: labels, such as a repository's topics).
    `sections`: the format has `[name]` section headers (INI, TOML), which are keys too."""
    from gptmigrate.detect import (AZURE_DEPLOYMENT_NOTE, _hints_version, api_version_finding,
                                   model_finding)

    lines = Lines(text)
    resolutions: Dict[Tuple[str, str], Resolution] = {}

    def resolve(row: ModelRow) -> Resolution:
        key = (row.provider, row.name)
        if key not in resolutions:
            resolutions[key] = options.table.resolve(row.name, options.as_of, options.targets,
                                                     provider=row.provider)
        return resolutions[key]

    matcher = options.matcher
    facts = _TextFacts(text)
    findings: List[Finding] = []
    labels = _label_arrays(document, matcher, options)
    for value in document.values:
        if value.versioned:
            continue
        match = matcher.match(value.text)
        if match is None:
            if any(_hints_version(key) for key in value.keys):
                start, end = lines.position(value.start), lines.position(value.end)
                version = api_version_finding(
                    options, value.text, (start.line, start.column, end.line, end.column),
                    None if value.verbatim is None
                    else (value.verbatim, lines.position(value.verbatim)))
                if version is not None:
                    findings.append(version)
            continue
        named = any(model_key(key) for key in value.keys)
        if not named and matcher.is_ambiguous(value.text):
            continue
        start, end = lines.position(value.start), lines.position(value.end)
        written_at = (None if value.verbatim is None
                      else (value.verbatim, lines.position(value.verbatim)))
        # An Azure row says so itself; any other model under a deployment key gets the note.
        azure = any(deployment_key(key) for key in value.keys)
        finding = model_finding(options, resolve, value.text, match,
                                (start.line, start.column, end.line, end.column),
                                None if azure else written_at, referring=value.referring)
        if finding is None:
            continue
        if azure and match.row.provider != "azure":
            finding = replace(finding, message=finding.message + AZURE_DEPLOYMENT_NOTE, fix=None,
                              fix_safety=FixSafety.MANUAL)
        elif finding.fix is not None and (recorded or value.listed in labels):
            held = _held_value(value, recorded, labels)
            finding = replace(finding, fix=None, fix_safety=FixSafety.MANUAL,
                              message=f"{finding.message}; not renamed: {held}")
        elif finding.fix is not None and document.keyed and _also_a_key(text, value.text,
                                                                        sections):
            finding = replace(finding, fix=None, fix_safety=FixSafety.MANUAL,
                              message=f"{finding.message}; not renamed: the file also has a key "
                                      f"named {value.text}, which code may look up by this "
                                      f"value: rename both together by hand")
        elif finding.fix is not None and document.keyed and facts.records_a_response:
            finding = replace(finding, fix=None, fix_safety=FixSafety.MANUAL,
                              message=f"{finding.message}; not renamed: the file records an "
                                      f"API response (\"object\": \"chat.completion\", "
                                      f"\"id\": \"modr-...\" ...), "
                                      f"whose model says what answered then")
        elif finding.fix is not None and finding.replacement:
            finding = _with_parameter_rule(finding, facts, options)
        findings.append(finding)
    return findings


# Folders and file names of what a run wrote (experiment results, predictions, logs): the
# models such a file names are the ones that ran then, not settings to move.
_RECORD_FOLDERS = frozenset({
    "results", "result", "outputs", "output", "logs", "log", "predictions", "preds", "runs",
    "generations", "responses", "eval_results", "evaluation_results", "baselines", "history",
    "histories"})
_RECORD_STEM = re.compile(r"(?:^|[_\-.])(?:results?|outputs?|predictions?|preds|generations?|"
                          r"responses?|logs?|hist|history)(?:$|[_\-.])", re.IGNORECASE)


def records_a_run(relative: PurePath) -> bool:
    """Whether a data file at `relative` (to its project's root) is a run's record: in a
    folder such as `results/` or `outputs/`, or named so (`predictions_test.json`)."""
    return bool({part.lower() for part in relative.parts[:-1]} & _RECORD_FOLDERS) \
        or _RECORD_STEM.search(relative.stem) is not None


# Keys of what a run measured: a file setting one records results (`{"date": "2023-05-02",
# "model": "gpt-3.5-turbo", "accuracy": 0.62}`), whatever its folder.
_METRICS = (r"(?:accuracy|acc|f1|f1_score|bleu|rouge[12l]?|rougeL|exact_match|em|win_rate|"
            r"winrate|pass@\d+|perplexity|elo|score|n_correct|num_correct)")
_METRIC_KEY = re.compile(rf"""(?<![\w-])["']?{_METRICS}["']?[ \t]*:""")
_METRIC_NAME = re.compile(rf"{_METRICS}$")


def records_metrics(text: str, load: Callable[[str], Any]) -> bool:
    """Whether a JSON, YAML or TOML text (`load` parses it) holds a run's record: a mapping
    setting a model key to a string beside a metric key set to a number (`{"model": "gpt-4",
    "accuracy": 0.81}`). A metric elsewhere (`"pass_threshold": {"accuracy": 0.7}` beside the
    model) is a setting."""
    if _METRIC_KEY.search(text) is None:
        return False
    try:
        data = load(text)
    except Exception:  # the format's own parser judges the text elsewhere
        return False
    todo = [data]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            keys = [str(key) for key in item]
            if any(key in ("model", "engine", "model_name", "model_id")
                   and isinstance(item[key], str) for key in keys) and any(
                    _METRIC_NAME.match(key) and isinstance(value, (int, float))
                    and not isinstance(value, bool) for key, value in item.items()
                    if isinstance(key, str)):
                return True
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)
    return False


# How model ids of the providers and of open models start: a word that starts otherwise and is
# not in the table is no model (`gen-ai`, `llm`, `chatbot`).
_MODEL_LIKE = re.compile(
    r"(?:gpt|o\d|chatgpt-|claude|gemini|gemma|text-|code-|davinci|curie|babbage|ada|dall-e|"
    r"whisper|tts-|omni-|llama|meta-llama|mistral|mixtral|codestral|command|palm|chat-bison|"
    r"embedding-|ft:|qwen|deepseek|phi-|grok|sonar|jamba|titan|anthropic\.|amazon\.|"
    r"accounts/)", re.IGNORECASE)


def _label_arrays(document: Document, matcher: Any, options: DetectOptions) -> Dict[int, str]:
    """The arrays holding a model name beside a word that names no model (`"topics": ["gen-ai",
    "gpt-4-32k", "llm"]`): labels, not models to call. Each with such a word."""
    words: Dict[int, str] = {}
    models: Set[int] = set()
    for value in document.values:
        if value.listed is None:
            continue
        if matcher.match(value.text) is not None:
            models.add(value.listed)
        elif not _MODEL_LIKE.match(value.text) and options.table.get(value.text) is None:
            words.setdefault(value.listed, value.text)
    return {array: word for array, word in words.items() if array in models}


def _held_value(value: Value, recorded: bool, labels: Dict[int, str]) -> str:
    """Why a data file's model name is reported but not renamed."""
    if recorded:
        return ("the file records a run (results, outputs, logs, measured scores): the model "
                "it names is the one that ran then, kept as recorded")
    where = f"the list {value.keys[0]!r}" if value.keys else "a list"
    return (f"it is an item of {where}, which also holds {labels[value.listed]!r} "  # type: ignore
            f"(labels or tags, not models to call): rename it by hand where code sends it")


class _TextFacts:
    """What a document's whole text says, worked out once (a large file holds thousands of
    model values): whether it records an API response, and which keys it sets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._records: Optional[bool] = None
        self._keys: Optional[set] = None

    @property
    def records_a_response(self) -> bool:
        """`"object": "chat.completion"` or `"id": "modr-..."`: a recorded response (a test
        fixture, a book's sample output), as a Python dict is for `detect`
        (`records_a_response`)."""
        if self._records is None:
            from gptmigrate.detect import RESPONSE_ID, RESPONSE_OBJECTS

            objects = "|".join(re.escape(name) for name in sorted(RESPONSE_OBJECTS))
            self._records = re.search(
                rf"""["']?object["']?[ \t]*[:=][ \t]*["'](?:{objects})["']|"""
                rf"""["']?id["']?[ \t]*[:=][ \t]*["'](?:{RESPONSE_ID.pattern})""",
                self.text) is not None
        return self._records

    def sets(self, name: str) -> bool:
        """Whether a key named `name` is set (`name:`, `"name":`, `name=`) in the text."""
        if self._keys is None:
            self._keys = {match.group(1) for match in re.finditer(
                r"""(?<![\w-])["']?([A-Za-z_][\w]*)["']?[ \t]*[:=]""", self.text)}
        return name in self._keys


def _with_parameter_rule(finding: Finding, facts: _TextFacts, options: DetectOptions) -> Finding:
    """A rename in a data file onto a model with parameter rules (a reasoning model): the
    request that sends it is built elsewhere. A key of the file naming a parameter the model
    rejects or names otherwise (`temperature: 0.7`, `max_tokens`) keeps the rename manual;
    otherwise it says what to check."""
    target = finding.replacement or ""
    rule = options.table.parameter_rule(target)
    if rule is None or finding.fix is None:
        return finding
    names = (*rule.renamed, *rule.defaults_only, *rule.unsupported)
    held = [name for name in names if facts.sets(name)]
    if held:
        return replace(finding, fix=None, fix_safety=FixSafety.MANUAL,
                       message=f"{finding.message}; not renamed: the file also sets "
                               f"{', '.join(held)}, which {target} rejects or names otherwise: "
                               f"change them where they are sent, then rename the model")
    note = (f"{target} rejects {', '.join(name + '=' for name in names)}: check that the code "
            f"sending this model passes none of them")
    return replace(finding, fix=replace(finding.fix, safety=FixSafety.UNSAFE,
                                        description=f"{finding.fix.description}; {note}"),
                   fix_safety=FixSafety.UNSAFE)


def _also_a_key(text: str, name: str, sections: bool) -> bool:
    """Whether `name` is also a key of the document (`gpt-4:` in YAML, `"gpt-4":` in JSON or
    TOML, `[gpt-4]` as an INI/TOML section, where `sections`; in YAML that is a flow list): a
    list of models next to a table keyed by them."""
    quoted = re.escape(name)
    section = rf"|\[{quoted}\]" if sections else ""
    return re.search(rf"""["']{quoted}["'][ \t]*[:=]|^[ \t]*(?:-[ \t]+)?{quoted}[ \t]*"""
                     rf"""(?::(?:[ \t\r]|$)|=){section}""", text, re.MULTILINE) is not None


def suppression_comments(document: Document, text: str,
                         ) -> List[Tuple[Position, Position, str]]:
    """The document's comments as `suppress` reads them (each written from a `#`)."""
    lines = Lines(text)
    return [(lines.position(c.start), lines.position(c.end), "#" + c.body)
            for c in document.comments]


def same_shape(before: Document, after: Document) -> Optional[str]:
    """Why a fixed document does not read as the original with renamed values, or None: the
    same values under the same keys, in the same order."""
    if len(before.values) != len(after.values):
        return (f"it would hold {len(after.values)} string values instead of "
                f"{len(before.values)}")
    for old, new in zip(before.values, after.values):
        if old.keys != new.keys:
            return f"a value would move from key {old.keys} to {new.keys}"
    return None


def verifier(reader: Any, text: str) -> Callable[[str], Optional[str]]:
    """A check of fixed texts against `text` (`reader`: a `formats.Reader`): the format's own
    parser accepts the fixed text, and it reads as the original with renamed values. Raises
    FormatError if `text` itself does not parse (such a file is never fixed)."""
    verdict = reader.check(text)
    if verdict is not None:
        raise FormatError(verdict)
    before = reader.read(text)

    def verify(candidate: str) -> Optional[str]:
        verdict = reader.check(candidate)
        if verdict is not None:
            return f"the fixed text would not parse ({verdict})"
        try:
            after = reader.read(candidate)
        except FormatError as exc:
            return f"the fixed text would not parse ({exc})"
        return same_shape(before, after)

    return verify
