"""How much of real legacy code `--fix --unsafe-fixes` rewrites, and why the rest stays manual.

    python scripts/measure_rewrites.py [--as-of DAY] [--json] [--keep DIR] PROJECT...
    python scripts/measure_rewrites.py --each DIR     # every folder in DIR is one project

The yardstick of issue 14: give it checkouts of real projects that call the 0.x openai API
(they are not part of this repository; see README "Measuring rewrites on real code"). Each
project is copied to a temporary folder, never changed in place. In the copy every openai
requirement that admits no 1.x version is rewritten to `openai>=1` and a lock file that locks
openai 0.x is removed (the rewrite should target the maintained SDK); a project that requires
nothing gets `openai>=1` in its top requirements.txt. The notes say what was done.

Then the installed `gptmigrate` (this interpreter's, or `--source` a checkout's `src`) runs on
the copy, through its CLI and JSON report (a public contract, so this keeps working while the
internals move):
  1. `scan --unsafe-fixes` — the findings before fixing;
  2. `scan --fix --unsafe-fixes` — what remains after fixing, and `fixes not applied` refusals;
  3. `scan --fix --unsafe-fixes` again — it must change no file.
A legacy call finding (GM101, GM102, GM201) counts as rewritten when it is gone after step 2
(per file and code: before minus after); GM202/GM203 are counted the same way, apart. Each
remaining call finding is grouped by its reason, the "Not rewritten: ..." part of the message,
normalised against the f-string templates of the measured package's own source (so
`resp is assigned more than once` and `out is assigned more than once` are one reason).
Every file the fix changed must still compile (notebooks: cell by cell) where it compiled before.

With `--sdk-python PYTHON` (an interpreter with openai>=1 installed), every call on a client
the fix created is checked against that SDK's signatures: a keyword the method does not take
(0.x sent any keyword in the body; 1.x raises TypeError) is listed as a problem.

Exit status: 0, or 1 when a changed file stops compiling, a second run changes something or a
file's fixes were refused.
"""

from __future__ import annotations

import argparse
import ast
import collections
import dataclasses
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

CALL_CODES = ("GM101", "GM102", "GM201")
OTHER_CODES = ("GM202", "GM203")
DEPENDENCY_FILE = re.compile(r"^(requirements.*\.(txt|in)|pyproject\.toml|setup\.(py|cfg)|Pipfile)$")
LOCK_FILES = ("poetry.lock", "uv.lock", "pdm.lock", "Pipfile.lock")
# `openai` as a requirement (not openai-whisper, not langchain-openai) and its specifiers.
_SPEC = re.compile(r"""(?<![\w.-])(?P<name>openai(?:\[[^\]]*\])?)(?![\w-])(?P<gap>\s*)"""
                   r"""(?P<spec>(?:[<>=!~^]=?\s*[\w.*]+\s*,?\s*)+)""", re.IGNORECASE)
_TABLE = re.compile(r"""^(?P<head>\s*["']?openai["']?\s*=\s*(?:\{[^}\n]*version\s*=\s*)?["'])"""
                    r"""(?P<spec>[^"']+)(?P<tail>["'])""", re.IGNORECASE | re.MULTILINE)
_OLD = re.compile(r"(?:^|[^\d.])0\.\d|<=?\s*1(?:\.0)*\s*(?:,|$)|<=?\s*0")
_LOCKED_OLD = re.compile(r"""name\s*=\s*["']openai["']\s*\n(?:[^\[\n][^\n]*\n)*?"""
                         r"""version\s*=\s*["']0\.|"openai"\s*:\s*\{[^}]*?"version"\s*:\s*"==0\.""")
_REASON = re.compile(r"\bNot rewritten: (?P<reason>.*?)\.?$", re.DOTALL)
IGNORED_DIRS = (".git", ".hg", ".venv", "venv", "node_modules", "__pycache__")
SOURCES = (".py", ".pyi", ".ipynb")  # what a fix may write
DATA_FILE_SIZE = 1 << 20  # larger non-source files are not copied


# --- the copy -------------------------------------------------------------------------------

def copy_project(src: Path, dest: Path) -> None:
    """Copy what a scan reads: sources, requirements, ignore files (not large data files)."""
    def ignore(folder: str, names: List[str]) -> List[str]:
        out = [n for n in names if n in IGNORED_DIRS]
        for name in names:
            path = os.path.join(folder, name)
            if (not name.endswith(SOURCES) and not os.path.islink(path)
                    and not os.path.isdir(path) and os.path.getsize(path) > DATA_FILE_SIZE):
                out.append(name)
        return out

    shutil.copytree(src, dest, symlinks=True, ignore=ignore)


def force_v1(root: Path) -> List[str]:
    """Make every openai requirement of the copy admit 1.x; returns what was changed."""
    notes: List[str] = []
    mentions = False
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        rel = path.relative_to(root).as_posix()
        if path.name in LOCK_FILES:
            text = _read(path)
            if _LOCKED_OLD.search(text):
                path.unlink()
                notes.append(f"removed {rel} (locks openai 0.x)")
            continue
        if not DEPENDENCY_FILE.match(path.name):
            continue
        text = _read(path)
        new = _TABLE.sub(lambda m: _pin(m, notes, rel, "head", "tail"), text)
        new = _SPEC.sub(lambda m: _pin(m, notes, rel, "name", None), new)
        if re.search(r"(?<![\w.-])openai(?![\w-])", new):
            mentions = True
        if new != text:
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(new)
    top = root / "requirements.txt"
    if not mentions:
        existing = _read(top) if top.exists() else ""
        with open(top, "w", encoding="utf-8", newline="") as handle:
            handle.write(existing + ("" if not existing or existing.endswith("\n") else "\n")
                         + "openai>=1\n")
        notes.append("no openai requirement: added openai>=1 to requirements.txt")
    return notes


def _read(path: Path) -> str:
    """The text as it is on disk (line endings kept, so only the pin changes)."""
    with open(path, encoding="utf-8", errors="replace", newline="") as handle:
        return handle.read()


def _pin(match: "re.Match[str]", notes: List[str], rel: str, head: str,
         tail: Optional[str]) -> str:
    spec = match.group("spec")
    if not _OLD.search(spec):
        return match.group(0)
    notes.append(f"{rel}: openai {spec.strip()} -> >=1")
    if tail is None:
        trailing = spec[len(spec.rstrip()):]
        return f"{match.group(head)}{match.group('gap')}>=1{trailing}"
    return f"{match.group(head)}>=1{match.group(tail)}"


def sources(root: Path) -> Dict[str, bytes]:
    """The bytes of every file a fix may write, by relative path."""
    out = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in IGNORED_DIRS]
        for name in files:
            path = os.path.join(folder, name)
            if name.endswith(SOURCES) and not os.path.islink(path):
                with open(path, "rb") as handle:
                    out[os.path.relpath(path, root).replace(os.sep, "/")] = handle.read()
    return out


# --- running gptmigrate ---------------------------------------------------------------------

@dataclasses.dataclass
class Runner:
    as_of: str
    source: Optional[Path]
    sdk_python: Optional[str] = None

    def env(self) -> Dict[str, str]:
        env = dict(os.environ)
        if self.source is not None:
            env["PYTHONPATH"] = str(self.source / "src") + os.pathsep + env.get("PYTHONPATH", "")
        env.pop("CI", None)
        return env

    def scan(self, root: Path, *flags: str) -> dict:
        cmd = [sys.executable, "-m", "gptmigrate", "scan", ".", "--isolated", "--no-cache",
               "--as-of", self.as_of, "--format", "json", "--quiet", "--exit-zero", *flags]
        proc = subprocess.run(cmd, cwd=root, env=self.env(), capture_output=True, text=True)
        try:
            report = json.loads(proc.stdout)
        except ValueError:
            tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            return {"findings": [], "errors": [], "summary": {}, "failed": tail}
        report["stderr"] = proc.stderr.strip().splitlines()
        return report

    def package_dir(self) -> Path:
        out = subprocess.run([sys.executable, "-c", "import gptmigrate; print(gptmigrate.__file__)"],
                             env=self.env(), capture_output=True, text=True, check=True)
        return Path(out.stdout.strip()).parent

    def describe(self) -> str:
        out = subprocess.run([sys.executable, "-m", "gptmigrate", "--version"], env=self.env(),
                             capture_output=True, text=True)
        where = self.package_dir()
        head = subprocess.run(["git", "-C", str(where), "log", "-1", "--format=%h %cs"],
                              capture_output=True, text=True).stdout.strip()
        return f"{out.stdout.strip()} from {where}" + (f" (commit {head})" if head else "")


# --- reasons --------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Template:
    pattern: "re.Pattern[str]"
    text: str
    literal: int


def templates(package: Path) -> List[Template]:
    """Every f-string of the package with enough literal text to name a reason."""
    found: Dict[str, Template] = {}
    for path in sorted(package.rglob("*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            parts, shown, literal = [], [], 0
            for value in node.values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    parts.append(re.escape(value.value))
                    shown.append(value.value)
                    literal += len(value.value.strip())
                else:
                    expr = value.value if isinstance(value, ast.FormattedValue) else value
                    parts.append("(.+?)")
                    shown.append("{" + ast.unparse(expr) + "}")
            if literal >= 12 and any(isinstance(v, ast.FormattedValue) for v in node.values):
                text = "".join(shown)
                found[text] = Template(re.compile("".join(parts), re.DOTALL), text, literal)
    return sorted(found.values(), key=lambda t: -t.literal)


def normalise(reason: str, known: Sequence[Template]) -> str:
    """The template a reason was printed from, else the reason with numbers blanked."""
    for prefix in (NO_REASON, UNAPPLIED):
        if reason.startswith(prefix):
            return prefix + " " + normalise(reason[len(prefix):], known)
    # Notebook findings name "cell C line L" where a .py file's name "line L".
    reason = _CELL_LINE.sub(r"line \1", reason.strip().rstrip("."))
    for template in known:
        if template.pattern.fullmatch(reason):
            return template.text
    pieces = reason.split("; ")
    if len(pieces) > 1:
        return "; ".join(normalise(piece, known) for piece in pieces)
    return re.sub(r"\d+", "N", reason)


NO_REASON = "(no reason given)"
UNAPPLIED = "(a fix is planned but was not applied)"
_CELL_LINE = re.compile(r"\bcell \d+ line (\d+)")


def reason_of(finding: dict) -> str:
    match = _REASON.search(finding.get("message", ""))
    if match:
        return match.group("reason")
    if finding.get("fix"):
        return UNAPPLIED
    return f"{NO_REASON} {finding.get('message', '')}"


# --- compiling ------------------------------------------------------------------------------

_MAGIC = re.compile(r"^(\s*)(?:[%!].*|\S.*\?)$")


def compiles(text: str, name: str) -> bool:
    try:
        compile(text, name, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
    except (SyntaxError, ValueError):
        return False
    return True


def units(rel: str, data: bytes) -> Optional[List[str]]:
    """The compilable units of a file: the module, or each code cell with magics masked."""
    text = data.decode("utf-8", errors="replace")
    if not rel.endswith(".ipynb"):
        return [text]
    try:
        cells = json.loads(text).get("cells", [])
    except (ValueError, AttributeError):
        return None
    out = []
    for cell in cells:
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else str(source)
        if source.lstrip().startswith("%%"):
            continue
        out.append("\n".join(_MAGIC.sub(r"\1pass", line) for line in source.splitlines()))
    return out


def compile_regressions(rel: str, before: bytes, after: bytes) -> List[str]:
    """Why the fixed file compiles less than the original (empty when it is as good)."""
    old, new = units(rel, before), units(rel, after)
    if new is None:
        return ["the fixed notebook is not JSON"]
    if old is None or len(old) != len(new):
        return [] if old is None else ["the fixed notebook has a different number of cells"]
    what = "code cell {}" if rel.endswith(".ipynb") else "the module"
    return [f"{what.format(i + 1)} no longer compiles"
            for i, (a, b) in enumerate(zip(old, new)) if compiles(a, rel) and not compiles(b, rel)]


# --- keywords the SDK rejects ----------------------------------------------------------------

# Run by an interpreter that has openai>=1 installed (--sdk-python): reads {path: source} as JSON
# on stdin; for every call on a name bound at module level to OpenAI()/AsyncOpenAI()/
# AzureOpenAI()/AsyncAzureOpenAI(), or on the module-level client (openai.chat...), prints "path:line: method(keyword=)" for each keyword the
# SDK's method does not take (v0 sent unknown keywords in the request body; v1 raises TypeError);
# also `openai.X` reads the 1.x module lacks (openai.api_base, openai.InvalidRequestError, a 0.x
# resource in an annotation) and `openai.X(...)` calls its signature refuses (an error class
# raised with a message alone).
SDK_CHECK = r"""
import ast, inspect, json, sys
import openai
kinds = {"OpenAI": lambda: openai.OpenAI(api_key="x"),
         "AsyncOpenAI": lambda: openai.AsyncOpenAI(api_key="x"),
         "AzureOpenAI": lambda: openai.AzureOpenAI(api_key="x", api_version="2024-02-01",
                                                   azure_endpoint="https://x"),
         "AsyncAzureOpenAI": lambda: openai.AsyncAzureOpenAI(api_key="x", api_version="2024-02-01",
                                                             azure_endpoint="https://x")}
def dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    return [node.id] + parts[::-1] if isinstance(node, ast.Name) else None
for path, text in json.load(sys.stdin).items():
    try:
        tree = ast.parse(text)
    except SyntaxError:
        continue
    imported = {alias.asname or alias.name: alias.name for node in tree.body
                if isinstance(node, ast.ImportFrom) and node.module == "openai"
                for alias in node.names if alias.name in kinds}
    clients = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            called = dotted(node.value.func) or []
            kind = (imported.get(called[0]) if len(called) == 1 else
                    called[1] if called[:1] == ["openai"] and len(called) == 2 else None)
            if kind in kinds:
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        clients[target.id] = kind
    rebound = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)
               and isinstance(n.ctx, ast.Store)}
    modules = {alias.asname or alias.name for node in tree.body if isinstance(node, ast.Import)
               for alias in node.names if alias.name == "openai"} - rebound
    def set_attr(node):
        return {t.attr for t in getattr(node, "targets", [getattr(node, "target", None)])
                if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                and t.value.id in modules}
    set_anywhere = set().union(*(set_attr(n) for n in ast.walk(tree)
                                 if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign))))
    set_first = {}  # attribute -> line of the first unconditional module-level assignment
    for statement in tree.body:
        if isinstance(statement, (ast.Assign, ast.AnnAssign)):
            for attr in set_attr(statement):
                set_first.setdefault(attr, statement.lineno)
    in_defs = {id(n) for d in ast.walk(tree)
               if isinstance(d, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
               for n in ast.walk(d)}
    for node in ast.walk(tree):
        # openai.X read where the 1.x module has no X and the code has not set it first
        if (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load)
                and isinstance(node.value, ast.Name) and node.value.id in modules
                and not hasattr(openai, node.attr)):
            early = id(node) not in in_defs and node.lineno < set_first.get(node.attr, 10**9)
            if node.attr not in set_anywhere or early:
                print(f"{path}:{node.lineno}: openai.{node.attr} does not exist"
                      + (" yet (read before the code sets it)" if node.attr in set_anywhere
                         else ""))
            continue
        # openai.X(...) whose 1.x signature does not take these arguments (error classes)
        called = dotted(node.func) if isinstance(node, ast.Call) else None
        if (called and len(called) == 2 and called[0] in modules
                and isinstance(getattr(openai, called[1], None), type)
                and not any(isinstance(a, ast.Starred) for a in node.args)
                and all(kw.arg is not None for kw in node.keywords)):
            try:
                inspect.signature(getattr(openai, called[1])).bind(
                    *node.args, **{kw.arg: kw.value for kw in node.keywords})
            except TypeError as exc:
                print(f"{path}:{node.lineno}: openai.{called[1]}(...): {exc}")
            except ValueError:
                pass
        parts = dotted(node.func) if isinstance(node, ast.Call) else None
        if parts and parts[0] in modules and len(parts) >= 3:
            # the 1.x module-level client: openai.chat.completions.create(...)
            method = openai
            try:
                for part in parts[1:]:
                    method = getattr(method, part)
                params = inspect.signature(method).parameters
            except Exception:  # a 0.x name (a proxy that raises), or not a function
                continue
        elif parts and parts[0] in clients and len(parts) >= 2:
            method = kinds[clients[parts[0]]]()
            try:
                for part in parts[1:]:
                    method = getattr(method, part)
                params = inspect.signature(method).parameters
            except (AttributeError, TypeError, ValueError):
                print(f"{path}:{node.lineno}: {'.'.join(parts)} does not exist")
                continue
        else:
            continue
        if any(p.kind == p.VAR_KEYWORD for p in params.values()):
            continue
        for kw in node.keywords:
            if kw.arg is not None and kw.arg not in params:
                print(f"{path}:{node.lineno}: {'.'.join(parts[1:])}({kw.arg}=)")
"""


def sdk_rejections(python: str, changed: Dict[str, bytes]) -> List[str]:
    """Calls on the clients in the changed files whose keywords the installed SDK rejects."""
    sources = {}
    for rel, data in changed.items():
        texts = units(rel, data)
        if texts is not None:
            sources[rel] = "\n".join(texts)
    proc = subprocess.run([python, "-c", SDK_CHECK], input=json.dumps(sources),
                          capture_output=True, text=True)
    if proc.returncode:
        tail = (proc.stderr.strip().splitlines() or ["failed"])[-1]
        return [f"(the SDK check failed: {tail})"]
    return proc.stdout.splitlines()


# --- one project ----------------------------------------------------------------------------

@dataclasses.dataclass
class Project:
    name: str
    notes: List[str]
    calls: int = 0
    rewritten: int = 0
    manual: int = 0
    unapplied: int = 0
    other_before: Dict[str, int] = dataclasses.field(default_factory=dict)
    other_after: Dict[str, int] = dataclasses.field(default_factory=dict)
    files_changed: int = 0
    not_compiling: List[str] = dataclasses.field(default_factory=list)
    second_run: List[str] = dataclasses.field(default_factory=list)
    sdk_rejects: List[str] = dataclasses.field(default_factory=list)
    refused: List[str] = dataclasses.field(default_factory=list)
    failures: List[str] = dataclasses.field(default_factory=list)
    remaining: List[dict] = dataclasses.field(default_factory=list)
    seconds: float = 0.0

    @property
    def share(self) -> Optional[float]:
        return self.rewritten / self.calls if self.calls else None


def _counts(findings: Iterable[dict], codes: Sequence[str]) -> collections.Counter:
    return collections.Counter((f["path"], f["code"]) for f in findings if f["code"] in codes)


def measure(project: Path, runner: Runner, work: Path, keep: Optional[Path]) -> Project:
    started = time.perf_counter()
    copy = work / project.name
    copy_project(project, copy)
    result = Project(project.name, force_v1(copy))
    original = sources(copy)
    before = runner.scan(copy, "--unsafe-fixes")
    fixed = runner.scan(copy, "--fix", "--unsafe-fixes")
    first = sources(copy)
    again = runner.scan(copy, "--fix", "--unsafe-fixes")
    second = sources(copy)
    for report in (before, fixed, again):
        if "failed" in report:
            result.failures.append(report["failed"])
    calls_before, calls_after = _counts(before["findings"], CALL_CODES), _counts(
        fixed["findings"], CALL_CODES)
    result.calls = sum(calls_before.values())
    result.rewritten = sum(max(0, n - calls_after.get(key, 0)) for key, n in calls_before.items())
    for finding in fixed["findings"]:
        if finding["code"] in CALL_CODES:
            finding = dict(finding, project=project.name, reason=reason_of(finding))
            result.remaining.append(finding)
            if finding.get("fix"):
                result.unapplied += 1
            else:
                result.manual += 1
    for code in OTHER_CODES:
        result.other_before[code] = sum(n for (_, c), n in _counts(before["findings"],
                                                                   (code,)).items())
        result.other_after[code] = sum(n for (_, c), n in _counts(fixed["findings"],
                                                                  (code,)).items())
    result.refused = [f"{e['path']}: {e['message']}" for e in fixed.get("errors", [])
                      if "fixes not applied" in e.get("message", "")]
    for rel, data in sorted(first.items()):
        if original.get(rel) == data:
            continue
        result.files_changed += 1
        if rel in original:
            result.not_compiling += [f"{rel}: {why}" for why in
                                     compile_regressions(rel, original[rel], data)]
    if runner.sdk_python:
        result.sdk_rejects = sdk_rejections(
            runner.sdk_python, {rel: data for rel, data in first.items()
                                if original.get(rel) != data})
    result.second_run = sorted(rel for rel in set(first) | set(second)
                               if first.get(rel) != second.get(rel))
    if keep is not None:
        target = keep / project.name
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(copy, target, symlinks=True)
    result.seconds = time.perf_counter() - started
    return result


# --- report ---------------------------------------------------------------------------------

def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def summarise(projects: List[Project], known: Sequence[Template]) -> dict:
    groups: Dict[str, List[dict]] = collections.defaultdict(list)
    for project in projects:
        for finding in project.remaining:
            groups[normalise(finding["reason"], known)].append(finding)
    reasons = [
        {"reason": key, "count": len(items),
         "projects": len({f["project"] for f in items}),
         "examples": [{"project": f["project"], "path": f["path"], "line": f["line"],
                       "code": f["code"], "reason": f["reason"]} for f in items]}
        for key, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
    total = {
        "calls": sum(p.calls for p in projects),
        "rewritten": sum(p.rewritten for p in projects),
        "manual": sum(p.manual for p in projects),
        "fix_not_applied": sum(p.unapplied for p in projects),
        **{f"{code}_before": sum(p.other_before.get(code, 0) for p in projects)
           for code in OTHER_CODES},
        **{f"{code}_after": sum(p.other_after.get(code, 0) for p in projects)
           for code in OTHER_CODES},
        "files_changed": sum(p.files_changed for p in projects),
        "not_compiling": sum(len(p.not_compiling) for p in projects),
        "second_run_changes": sum(len(p.second_run) for p in projects),
        "refused_files": sum(len(p.refused) for p in projects),
        "sdk_rejects": sum(len(p.sdk_rejects) for p in projects),
    }
    return {"total": total, "reasons": reasons}


def as_json(projects: List[Project], summary: dict, meta: dict) -> str:
    rows = []
    for p in projects:
        row = dataclasses.asdict(p)
        row["remaining"] = [{k: f.get(k) for k in ("path", "line", "code", "reason")}
                            for f in p.remaining]
        rows.append(row)
    return json.dumps({**meta, "projects": rows, **summary}, indent=2)


def as_text(projects: List[Project], summary: dict, meta: dict, top: int) -> str:
    out = [f"gptmigrate: {meta['gptmigrate']}", f"as of {meta['as_of']}, "
           f"{len(projects)} projects, {meta['seconds']:.0f} s", ""]
    head = (f"{'project':<40} {'calls':>5} {'rewr':>5} {'%':>4} {'manual':>6} {'unapp':>5} "
            f"{'GM202':>9} {'GM203':>9} {'files':>5} {'s':>4}")
    out += [head, "-" * len(head)]
    for p in projects:
        other = [f"{p.other_before.get(c, 0)}->{p.other_after.get(c, 0)}" for c in OTHER_CODES]
        out.append(f"{p.name[:40]:<40} {p.calls:>5} {p.rewritten:>5} "
                   f"{_pct(p.rewritten, p.calls):>4} {p.manual:>6} {p.unapplied:>5} "
                   f"{other[0]:>9} {other[1]:>9} {p.files_changed:>5} {p.seconds:>4.0f}")
    t = summary["total"]
    out += ["-" * len(head),
            f"{'total':<40} {t['calls']:>5} {t['rewritten']:>5} "
            f"{_pct(t['rewritten'], t['calls']):>4} {t['manual']:>6} {t['fix_not_applied']:>5} "
            f"{str(t['GM202_before']) + '->' + str(t['GM202_after']):>9} "
            f"{str(t['GM203_before']) + '->' + str(t['GM203_after']):>9} "
            f"{t['files_changed']:>5}", ""]
    out.append(f"Legacy call findings (GM101/GM102/GM201) rewritten: {t['rewritten']} of "
               f"{t['calls']} ({_pct(t['rewritten'], t['calls'])}); changed files that stopped "
               f"compiling: {t['not_compiling']}; files a second run changed: "
               f"{t['second_run_changes']}; files whose fixes were refused: {t['refused_files']}"
               + (f"; calls whose keywords the SDK rejects: {t['sdk_rejects']}"
                  if meta.get("sdk_python") else ""))
    out += ["", f"Why the rest stays manual (top {top} of {len(summary['reasons'])} reasons):"]
    for item in summary["reasons"][:top]:
        example = item["examples"][0]
        out.append(f"{item['count']:>5}  ({item['projects']} projects)  {item['reason']}")
        out.append(f"{'':>7}e.g. {example['project']}/{example['path']}:{example['line']}")
    problems = [(p.name, kind, line) for p in projects for kind, lines in
                (("does not compile", p.not_compiling), ("changed by a 2nd run", p.second_run),
                 ("fixes not applied", p.refused), ("scan failed", p.failures),
                 ("the SDK rejects", p.sdk_rejects))
                for line in lines]
    notes = [(p.name, note) for p in projects for note in p.notes]
    if problems:
        out += ["", "Problems:"] + [f"  {name}: {kind}: {line}" for name, kind, line in problems]
    if notes:
        out += ["", "Requirements changed in the copies:"]
        out += [f"  {name}: {note}" for name, note in notes]
    return "\n".join(out)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="project folders")
    parser.add_argument("--each", action="store_true",
                        help="every folder inside each PATH is one project")
    parser.add_argument("--as-of", default=dt.date.today().isoformat())
    parser.add_argument("--json", action="store_true", help="machine output")
    parser.add_argument("--keep", type=Path, help="leave the fixed copies in this folder")
    parser.add_argument("--source", type=Path,
                        help="measure the gptmigrate of this checkout (its src/) instead")
    parser.add_argument("--top", type=int, default=15, help="reasons listed in the table")
    parser.add_argument("--parallel", type=int, default=2, help="projects measured at once")
    parser.add_argument("--sdk-python", metavar="PYTHON",
                        help="an interpreter with openai>=1 installed: report calls on the "
                             "fixed clients whose keywords its SDK rejects")
    args = parser.parse_args(argv)
    projects_in = []
    for path in args.paths:
        if args.each:
            projects_in += sorted(p for p in path.iterdir() if p.is_dir())
        else:
            projects_in.append(path)
    runner = Runner(args.as_of, args.source.resolve() if args.source else None, args.sdk_python)
    started = time.perf_counter()
    known = templates(runner.package_dir())
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="measure-rewrites-") as tmp, \
            ThreadPoolExecutor(max(1, args.parallel)) as pool:
        def one(item: Tuple[int, Path]) -> Project:
            work = Path(tmp) / str(item[0])  # two projects may share a folder name
            work.mkdir()
            return measure(item[1].resolve(), runner, work, args.keep)

        projects = list(pool.map(one, enumerate(projects_in)))
    summary = summarise(projects, known)
    meta = {"gptmigrate": runner.describe(), "as_of": args.as_of, "sdk_python": args.sdk_python,
            "seconds": round(time.perf_counter() - started, 1)}
    print(as_json(projects, summary, meta) if args.json
          else as_text(projects, summary, meta, args.top))
    t = summary["total"]
    bad = t["not_compiling"] or t["second_run_changes"] or t["refused_files"]
    return 1 if bad or any(p.failures for p in projects) else 0


if __name__ == "__main__":
    sys.exit(main())
