"""The project around a file: what a rewrite needs when a model constant lives in another
module (`from settings import COMPLETION_MODEL`).

Files are planned one at a time, so a constant in settings.py and the call in assistant.py
that passes it can move together only if both files decide alike from the same facts: both
ask `constant_move`, which reads the module that defines the constant and every module of
the project that imports it. It answers only inside a run that scans both (`RUN_PATHS`, set
by `engine.run`): `gptmigrate scan assistant.py --fix` alone must not rewrite a call whose
constant stays behind. A file whose plan read other files is not cached (`CONSULTED`).
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import sys
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, FrozenSet, Iterable, Iterator, List, Optional, Set, Tuple
from urllib.parse import urlsplit

from gptmigrate.sdk import ROOT_MARKERS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# The real paths a run scans (folders and files), or None outside a run (tests, the editor).
RUN_PATHS: ContextVar[Optional[Tuple[str, ...]]] = ContextVar("gptmigrate_run_paths",
                                                              default=None)
# The other files a plan read, so its result is not cached against its own bytes alone.
CONSULTED: ContextVar[Optional[Set[str]]] = ContextVar("gptmigrate_consulted", default=None)
_SKIPPED_DIRS = frozenset({"node_modules", "__pycache__", "site-packages", "venv", ".venv",
                           "build", "dist"})


@dataclass(frozen=True)
class Definition:
    """`NAME = "literal"`, once, at the top level of a module file."""

    path: Path
    text: str
    tree: ast.Module
    literal: ast.Constant


def in_run(path: Path) -> bool:
    """Whether the running scan reads `path` (a file given, or one under a folder given)."""
    paths = RUN_PATHS.get()
    if not paths:
        return False
    real = os.path.realpath(path)
    return any(real == given or real.startswith(given.rstrip(os.sep) + os.sep)
               for given in paths)


def consulted(path: Path) -> None:
    seen = CONSULTED.get()
    if seen is not None:
        seen.add(str(path))


def project_root(path: Path) -> Path:
    """The nearest folder above `path` with a project marker (.git, pyproject.toml ...);
    without one, the folder that holds the outermost package `path` is in (where
    `python -m pkg.sub.run` runs from), else the file's own folder."""
    directory = path.resolve().parent
    root = _ROOTS.get(directory)
    if root is None:
        root = next((folder for folder in (directory, *directory.parents)
                     if any((folder / marker).exists() for marker in ROOT_MARKERS)), None) \
            or _package_root(directory)
        _ROOTS[directory] = root
    return root


_ROOTS: Dict[Path, Path] = {}  # a folder -> its project root, once per run


def _package_root(directory: Path) -> Path:
    """The folder holding the outermost package `directory` is in (itself if no package)."""
    top = directory
    while (top / "__init__.py").is_file() and top.parent != top:
        top = top.parent
    return top


def module_file(importer: Path, module: Optional[str], level: int) -> Optional[Path]:
    """The project file `from <module> import ...` in `importer` names: relative imports from
    the importer's package, absolute ones from its folder (a script's sys.path[0]), the
    project root, its `src` folder (the src layout, installed into the environment) or a
    folder pytest's `pythonpath` setting adds (`_test_paths`)."""
    parts = (module or "").split(".") if module else []
    if level:
        base = importer.resolve().parent
        for _ in range(level - 1):
            base = base.parent
        bases = [base]
    else:
        root = project_root(importer)
        bases = [importer.resolve().parent, root, root / "src", *_test_paths(root)]
    for base in bases:
        target = base.joinpath(*parts) if parts else base
        for candidate in (target.with_suffix(".py") if parts else None, target / "__init__.py"):
            if candidate is not None and candidate.is_file():
                return candidate.resolve()
    return None


def _test_paths(root: Path) -> List[Path]:
    """The folders pytest's `pythonpath` setting puts on sys.path (pytest.ini, tox.ini,
    setup.cfg, pyproject.toml's [tool.pytest.ini_options]): the project's tests import the
    modules there by their bare names. Read once per run."""
    if root not in _TEST_PATHS:
        entries: List[str] = []
        for name, section in (("pytest.ini", "pytest"), ("tox.ini", "pytest"),
                              ("setup.cfg", "tool:pytest")):
            config = root / name
            if not config.is_file():
                continue
            consulted(config)
            parser = configparser.ConfigParser(interpolation=None)
            try:
                parser.read_string(config.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, configparser.Error):
                continue
            entries += parser.get(section, "pythonpath", fallback="").split()
        pyproject = root / "pyproject.toml"
        if pyproject.is_file() and "pythonpath" in _file_text(pyproject):
            consulted(pyproject)
            try:
                options = tomllib.loads(_file_text(pyproject)).get("tool", {}).get(
                    "pytest", {}).get("ini_options", {})
            except tomllib.TOMLDecodeError:
                options = {}
            value = options.get("pythonpath", []) if isinstance(options, dict) else []
            entries += value.split() if isinstance(value, str) else [
                str(item) for item in value if isinstance(item, str)]
        _TEST_PATHS[root] = [root / entry for entry in entries if entry not in (".", "src")]
    return _TEST_PATHS[root]


_TEST_PATHS: Dict[Path, List[Path]] = {}


def definition(path: Path, name: str) -> Optional[Definition]:
    """The literal `name` is bound to at the top of the module file at `path` (or the default
    of the environment lookup it is bound to), if that is its only binding there;
    `Class.NAME`: the literal a class of the module binds in its body."""
    try:
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
    except (OSError, UnicodeDecodeError, SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    base, key = split_entry(name)
    if key is not None:
        return _dict_entry(path, text, tree, base, key)
    if "." in name:
        return _class_attribute(path, text, tree, *name.split(".", 1))
    found: List[ast.Constant] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names:
            return None
        if isinstance(node, ast.Name) and node.id == name and not isinstance(node.ctx, ast.Load):
            statement = next((s for s in tree.body if _holds(s, node)), None)
            literal = assigned_literal(statement.value) \
                if isinstance(statement, ast.Assign) and statement.targets == [node] else None
            if literal is None:
                return None
            found.append(literal)
        elif isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef,
                               ast.AsyncFunctionDef, ast.ClassDef)) and name in _bound(node):
            return None
    return Definition(path, text, tree, found[0]) if len(found) == 1 else None


def assigned_literal(value: ast.expr) -> Optional[ast.Constant]:
    """The string literal a module constant holds: `"gpt-4"`, or the default of an
    environment lookup, `os.getenv("MODEL", "gpt-4")` / `os.environ.get(...)` (what the
    code sends where the variable is unset, and what a rename changes), or of a dataclass or
    pydantic field, `field(default="gpt-4")` / `Field("gpt-4")`, also made by a factory,
    `field(default_factory=lambda: os.getenv("MODEL", "gpt-4"))`; `os.getenv("MODEL") or
    "gpt-4"` is such a default too."""
    if isinstance(value, ast.BoolOp) and isinstance(value.op, ast.Or) \
            and all(_environment_lookup(item) for item in value.values[:-1]):
        value = value.values[-1]
    if isinstance(value, ast.Call) and len(value.args) == 2 and not value.keywords \
            and _environment_lookup(value):
        value = value.args[1]
    elif isinstance(value, ast.Call) and ast.unparse(value.func) in (
            "field", "dataclasses.field", "Field", "pydantic.Field"):
        factory = next((k.value for k in value.keywords if k.arg == "default_factory"), None)
        if isinstance(factory, ast.Lambda) and not factory.args.args:
            return assigned_literal(factory.body)
        value = next((k.value for k in value.keywords if k.arg == "default"),
                     value.args[0] if value.args and ast.unparse(value.func).endswith("Field")
                     else value)
    return value if isinstance(value, ast.Constant) and isinstance(value.value, str) else None


def _environment_lookup(value: ast.expr) -> bool:
    """`os.getenv(...)`, `os.environ.get(...)`: a value the environment may set."""
    return isinstance(value, ast.Call) and ast.unparse(value.func) in (
        "os.getenv", "os.environ.get", "environ.get", "getenv")


def entry_name(name: str, key: str) -> str:
    """How `definition` and `constant_move` name the entry under `key` of the dict `name`."""
    return f'{name}["{key}"]'


def split_entry(name: str) -> Tuple[str, Optional[str]]:
    """`MODELS["chat"]` -> ("MODELS", "chat"); a plain name -> (name, None)."""
    if name.endswith('"]') and '["' in name:
        base, key = name[:-2].split('["', 1)
        return base, key
    return name, None


def _dict_entry(path: Path, text: str, tree: ast.Module, name: str,
                key: str) -> Optional[Definition]:
    """`MODELS = {"summary": "text-davinci-003", ...}` at the top of the module: the literal
    under `key`, where the module binds `name` once, to that display, and only reads it by key
    (nothing stores into it or calls its methods)."""
    tables = module_dicts(tree, name)
    if len(tables) != 1:
        return None
    looked_up = {id(node.value) for node in ast.walk(tree)
                 if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == name:
            if isinstance(node.ctx, ast.Load) and id(node) not in looked_up:
                return None  # read whole, or stored into (`MODELS["x"] = ...`, `.update`)
            if not isinstance(node.ctx, ast.Load) and not any(
                    isinstance(s, ast.Assign) and s.targets == [node] for s in tree.body):
                return None
        elif isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names \
                or isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef,
                                     ast.AsyncFunctionDef, ast.ClassDef)) and name in _bound(node):
            return None
    found = dict_entries(tree, name, key)
    if len(found) != 1 or not (isinstance(found[0], ast.Constant)
                               and isinstance(found[0].value, str)):
        return None
    return Definition(path, text, tree, found[0])


def _class_attribute(path: Path, text: str, tree: ast.Module, owner: str,
                     name: str) -> Optional[Definition]:
    """`class Config: MODEL = "gpt-4"` at the top of the module, or `self.model = "gpt-4"` in a
    method of the class: the literal, where the class binds `name` once and nothing else in
    the module stores an attribute `name`."""
    classes = [s for s in tree.body if isinstance(s, ast.ClassDef) and s.name == owner]
    stores = _class_stores(classes[0], name) if len(classes) == 1 else []
    if len(stores) != 1 or sum(isinstance(node, ast.Attribute) and node.attr == name
                               and not isinstance(node.ctx, ast.Load)
                               for node in ast.walk(tree)) > sum(
                                   isinstance(store, ast.Attribute) for store, _ in stores):
        return None
    literal = assigned_literal(stores[0][1]) if stores[0][1] is not None else None
    return Definition(path, text, tree, literal) if literal is not None else None


def _class_stores(cls: ast.ClassDef, name: str) -> List[Tuple[ast.expr, Optional[ast.expr]]]:
    """Where the class binds the attribute `name`, each target with the value bound: in its
    body (`model: str = "gpt-4"`, a dataclass field) and on the instance in its methods
    (`self.model = model`)."""
    found: List[Tuple[ast.expr, Optional[ast.expr]]] = []
    for statement in cls.body:
        if isinstance(statement, (ast.Assign, ast.AnnAssign)):
            targets = statement.targets if isinstance(statement, ast.Assign) \
                else [statement.target]
            found += [(target, statement.value) for target in targets
                      if isinstance(target, ast.Name) and target.id == name]
        elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                and statement.args.args:
            me = statement.args.args[0].arg
            found += [(target, node.value if isinstance(node, ast.Assign) else None)
                      for node in ast.walk(statement)
                      if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign))
                      for target in (node.targets if isinstance(node, ast.Assign)
                                     else [node.target])
                      if isinstance(target, ast.Attribute) and target.attr == name
                      and isinstance(target.value, ast.Name) and target.value.id == me]
    return found


def importers(defined: Path, name: str) -> Iterator[Tuple[Path, str, List[ast.alias]]]:
    """Every project module that imports `name` from the module file `defined`: its path,
    text and the aliases that bind it."""
    root = project_root(defined)
    for path in _python_files(root):
        if path == defined:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if name not in text:
            continue
        if path.suffix == ".ipynb":
            if defined.stem in text:  # `from <module> import`, `%run <module>.py` ...
                yield path, text, []  # a notebook's cells are not planned from here: a user
            continue
        tree = module_tree(path)  # (once per run)
        if tree is None:
            yield path, text, []  # cannot be read: treated as a user of the name
            continue
        aliases = [alias for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                   for alias in node.names if alias.name == name
                   and module_file(path, node.module, node.level) == defined]
        star = any(isinstance(node, ast.ImportFrom) and node.names[0].name == "*"
                   and module_file(path, node.module, node.level) == defined
                   for node in ast.walk(tree))
        plain = [alias for node in ast.walk(tree) if isinstance(node, ast.Import)
                 for alias in node.names if module_file(path, alias.name, 0) == defined] + [
            alias for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
            for alias in node.names if alias.name != name and module_file(
                path, f"{node.module}.{alias.name}" if node.module else alias.name,
                node.level) == defined]  # `from . import config`: the module, as `import`
        if aliases or star or plain:
            # `import config` binds the module: its aliases (names other than `name`) are
            # read as `config.NAME`
            yield path, text, aliases + plain if not star else []


def called_by_importers(defined: Path, name: str) -> Optional[Tuple[Path, int]]:
    """A project module that imports `name` from module file `defined` and calls it (by the
    name it binds, or as `module.name(...)` after importing the module): that file and the
    line of the first call. The file found is consulted."""
    for path, text, aliases in importers(defined, name):
        spelled = {alias.asname or alias.name for alias in aliases if alias.name == name}
        modules = {alias.asname or alias.name.split(".")[-1] for alias in aliases
                   if alias.name != name}
        patterns = [rf"(?<![\w.]){re.escape(local)}\s*\(" for local in spelled] + [
            rf"(?<![\w.]){re.escape(module)}\s*\.\s*{re.escape(name)}\s*\("
            for module in modules]
        if not aliases:  # a star import or a notebook: the name itself
            patterns.append(rf"(?<![\w.]){re.escape(name)}\s*\(")
        for pattern in patterns:
            match = re.search(pattern, text)
            if match is not None:
                consulted(path)
                return path, text.count("\n", 0, match.start()) + 1
    return None


_MATCHES: Dict[Tuple[Path, str], List[Tuple[Path, int]]] = {}


def patchers(defined: Path, pattern: "re.Pattern[str]", itself: bool = False,
             spelling: str = "") -> Optional[Tuple[Path, int]]:
    """A module of the project that reaches module file `defined` (imports it, or a module
    that imports it; `itself`: or is it; or is imported beside it by a module reaching it),
    whose text matches `pattern` (a test double put in
    place of a 0.x method) and spells `spelling`: that file and the line of the match; None
    where none does. The project's files are searched once per run and pattern."""
    me = defined.resolve()
    root = project_root(defined)
    key = (root, pattern.pattern + spelling)
    if key not in _MATCHES:
        found: List[Tuple[Path, int]] = []
        for other in _python_files(root):
            match = pattern.search(_file_text(other)) if other.suffix == ".py" \
                and spelling in _file_text(other) else None
            if match is not None:
                found.append((other, _file_text(other).count("\n", 0, match.start()) + 1))
        _MATCHES[key] = found
    for other, line in _MATCHES[key]:
        if itself and other == me:
            consulted(other)
            return other, line
        reached = _imported(other) | _imported_by_name(other) if other != me else set()
        if me in reached or any(me in _imported(step) for step in reached):
            consulted(other)
            return other, line
        beside = _importer_reaching(other, me, root) if other != me else None
        if beside is not None:  # tests/helpers.py's patch, used by a test importing the app
            consulted(other)
            consulted(beside)
            return other, line
    return None


def _importer_reaching(helper: Path, me: Path, root: Path) -> Optional[Path]:
    """A module of the project that imports module file `helper` and reaches `me` (imports
    it, or a module that imports it): the test using a helper module's patch on the app."""
    for third in _python_files(root):
        if third.suffix != ".py" or third in (helper, me) or helper not in _imported(third):
            continue
        reached = _imported(third)
        if me in reached or any(me in _imported(step) for step in reached):
            return third
    return None


def importers_spelling(defined: Path, words: Iterable[str]
                       ) -> Iterator[Tuple[Path, ast.Module]]:
    """The project modules that import module file `defined` and spell one of `words`
    (their text is checked before their imports are), with their trees."""
    me = defined.resolve()
    words = tuple(words)
    stem = _spelled_name(defined)
    for other in _python_files(project_root(defined)):
        if other == me or other.suffix != ".py" or stem not in _file_text(other) \
                or not any(word in _file_text(other) for word in words) \
                or me not in _imported(other):
            continue
        tree = module_tree(other)
        if tree is not None:
            yield other, tree


_NAMED: Dict[Path, bool] = {}  # a module file -> whether another file spells its name


def named_elsewhere(defined: Path) -> bool:
    """Whether another Python file of the project spells the module's name (its stem, or its
    package's for an `__init__.py`), as any import of it does: a cheap test before parsing
    the project for its importers."""
    me = defined.resolve()
    if me not in _NAMED:
        word = _spelled_name(defined)
        _NAMED[me] = any(word in _file_text(other)
                         for other in _python_files(project_root(defined)) if other != me)
    return _NAMED[me]


def _spelled_name(defined: Path) -> str:
    """The name an import of module file `defined` spells: its stem, or its package's for an
    `__init__.py`."""
    return defined.parent.name if defined.name == "__init__.py" else defined.stem


def reads_elsewhere(defined: Path, name: str
                    ) -> Optional[List[Tuple[Path, ast.expr, Dict[int, ast.AST]]]]:
    """Every read of the constant `name` of module file `defined` in other project modules
    (`NAME` after `from config import NAME` or `*`, `config.NAME` after `import config`; a
    notebook cell by cell), each with its file and the parents of its tree's nodes (by id);
    None where an importer cannot be read (a file or a cell that does not parse)."""
    found: List[Tuple[Path, ast.expr, Dict[int, ast.AST]]] = []
    if "." in name:  # `Config.MODEL`: the reads of the class, through that attribute
        owner, attribute = name.split(".", 1)
        reads = reads_elsewhere(defined, owner)
        if reads is None:
            return None
        return [(path, parents[id(read)], parents) for path, read, parents in reads
                if isinstance(parents.get(id(read)), ast.Attribute)
                and parents[id(read)].attr == attribute]  # type: ignore[attr-defined]
    for path, text, aliases in importers(defined, name):
        consulted(path)
        trees = _notebook_trees(text) if path.suffix == ".ipynb" else _module_tree(text)
        if trees is None:
            return None
        bound = {alias.asname or alias.name for alias in aliases if alias.name == name}
        modules = {alias.asname or alias.name for alias in aliases if alias.name != name}
        if not aliases:
            bound = {name}  # `from config import *`, or a notebook (its imports not listed)
        for tree in trees:
            parents = {id(child): node for node in ast.walk(tree)
                       for child in ast.iter_child_nodes(node)}
            for node in ast.walk(tree):
                if (isinstance(node, ast.Name) and node.id in bound
                        and isinstance(node.ctx, ast.Load)) or (
                        isinstance(node, ast.Attribute) and node.attr == name
                        and isinstance(node.ctx, ast.Load) and isinstance(node.value, ast.Name)
                        and (node.value.id in modules or not aliases)):
                    found.append((path, node, parents))
    return found


def module_importers(defined: Path, mention: str = ""
                     ) -> Iterator[Tuple[Path, Optional[ast.Module], str]]:
    """Every project module that imports module file `defined` in any form (`import config`,
    `from config import X`, `from . import config`), and every notebook that names it, with
    its tree (None for a notebook, or a module that does not parse) and text; only files
    whose text holds `mention`, when one is given."""
    for path in _python_files(project_root(defined)):
        if path == defined:
            continue
        if path.suffix == ".py" and defined not in _imported(path):
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if mention not in text or path.suffix == ".ipynb" and defined.stem not in text:
            continue
        yield path, (module_tree(path) if path.suffix == ".py" else None), text


def import_neighbours(path: Path) -> Set[Path]:
    """The project modules `path` imports or is imported by, and the notebooks that name it
    (listed once per run, each module's imports resolved once)."""
    found = set(_imported(path))
    for other in _python_files(project_root(path)):
        # an importer names the module (`import config`, `from . import config`): the text
        # tells which files to parse
        if other == path or path.stem not in _file_text(other):
            continue
        if other.suffix == ".ipynb" or path in _imported(other):
            found.add(other)
    return found


_TEXTS: Dict[Path, str] = {}
# answers other modules (cross_module) keep for the run: (what, path) -> answer
RUN_ANSWERS: Dict[Tuple[str, Path], bool] = {}
# why a call was found not rewritable when a constant's move asked (`constant_move`): (module
# path as planned, line, column) -> the reason, which that call's own plan then gives
REFUSALS: Dict[Tuple[Path, int, int], str] = {}


def _file_text(path: Path) -> str:
    """A project file's text, read once per run ("" where it cannot be read)."""
    return _cached_text(path, _TEXTS)


def _cached_text(path: Path, cache: Dict[Path, str]) -> str:
    """`path`'s text (a BOM dropped), read once into `cache` ("" where it cannot be read)."""
    if path not in cache:
        try:
            cache[path] = path.read_text(encoding="utf-8-sig", errors="replace")
        except OSError:
            cache[path] = ""
    return cache[path]


def attribute_reads_elsewhere(defined: Path, attribute: str
                              ) -> Optional[List[Tuple[Path, ast.expr, Dict[int, ast.AST]]]]:
    """Every read of an attribute named `attribute` (`settings.model`, `self.cfg.model`) in
    the project modules that import anything from module file `defined`, and in the project
    modules those import (an instance made in `main.py` is handed to `providers.py`, which
    never imports `defined`): where a class attribute of `defined` may be read through an
    instance or a name the scan cannot follow, each with its file and parents; None where
    such a module cannot be read."""
    found: List[Tuple[Path, ast.expr, Dict[int, ast.AST]]] = []
    importers = [path for path, _, _ in module_importers(defined) if path.suffix == ".py"]
    handed_to = {other for path in importers for other in _imported(path)} \
        - {defined, *importers}
    mention = f".{attribute}"
    for path in [*importers, *sorted(handed_to)]:
        if mention not in _file_text(path):
            continue
        tree = module_tree(path)
        if tree is None:
            return None
        found += _attribute_loads(path, tree, attribute)
    return found


def _attribute_loads(path: Path, tree: ast.Module, attribute: str
                     ) -> List[Tuple[Path, ast.expr, Dict[int, ast.AST]]]:
    """The reads of `.attribute` in `tree` (module file `path`, consulted), each with the
    tree's parent map."""
    consulted(path)
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    return [(path, node, parents) for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and node.attr == attribute
            and isinstance(node.ctx, ast.Load)]


def settings_reads(defined: Path, name: str
                   ) -> List[Tuple[Path, ast.expr, Dict[int, ast.AST]]]:
    """Where module file `defined` is imported by no module of its project (Django's
    settings.py, a module loaded by `importlib` or a framework), every read of an attribute
    spelled `name` in the project's other modules (`settings.OPENAI["MODEL"]` through
    `django.conf.settings`): the ways its top-level `name` may be read, which no import
    shows. Empty where some module imports `defined`."""
    defined = defined.resolve()
    if any(path.suffix == ".py" for path, _, _ in module_importers(defined)):
        return []
    found: List[Tuple[Path, ast.expr, Dict[int, ast.AST]]] = []
    spelled = re.compile(r"\.[ \t]*" + re.escape(name) + r"\b")
    for path, tree in _spelling_trees(project_root(defined), spelled):
        if tree is None or path.resolve() == defined:
            continue
        found += _attribute_loads(path, tree, name)
    return found


_CLASS_BINDINGS: Dict[Tuple[Path, str], Optional[List[Tuple[Path, str]]]] = {}


def class_binding(path: Path, attribute: str) -> Optional[Tuple[Path, str]]:
    """The one class of the project around `path` that binds `attribute` (`chat_model: str =
    "gpt-3.5-turbo"`, a dataclass field or a class attribute, or `self.chat_model = ...` in
    its methods), in another module: its file and `Class.attribute`. An attribute read the
    scan cannot type (`settings.chat_model` of an instance handed on) can only read that
    class's value, where no other class binds the name; None where none or several do, or a
    module that might cannot be read."""
    found = class_bindings(path, attribute)
    return found[0] if found is not None and len(found) == 1 \
        and found[0][0] != path.resolve() else None


def class_bindings(path: Path, attribute: str) -> Optional[List[Tuple[Path, str]]]:
    """Every class of the project around `path` that binds `attribute` (in its body or on its
    instances, `_class_stores`), with its module file (`Class.attribute`); None where a module
    that might cannot be read."""
    root = project_root(path)
    if (root, attribute) not in _CLASS_BINDINGS:
        binding = re.compile(rf"^[ \t]+{re.escape(attribute)}[ \t]*[:=]|"
                             rf"\.{re.escape(attribute)}[ \t]*(?::[^=\n]*)?=", re.M)
        found: Optional[List[Tuple[Path, str]]] = []
        for other in _python_files(root):
            if other.suffix != ".py" or not binding.search(_file_text(other)):
                continue
            tree = module_tree(other)
            if tree is None:
                found = None
                break
            found += [(other, f"{node.name}.{attribute}") for node in ast.walk(tree)
                      if isinstance(node, ast.ClassDef) and _class_stores(node, attribute)]
        _CLASS_BINDINGS[root, attribute] = found
    return _CLASS_BINDINGS[root, attribute]


_RELAYS: Dict[Path, Dict[str, FrozenSet[str]]] = {}


def imported_relay(importer: Path, module: Optional[str], level: int,
                   name: str) -> Optional[FrozenSet[str]]:
    """Where `from <module> import <name>` in `importer` names a relay helper of a project
    module (`detect.relaying_functions`: it only calls its function with its other arguments
    and returns the result): its keyword-only parameters; None otherwise."""
    defined = module_file(importer, module, level)
    if defined is None or defined == importer.resolve():
        return None
    if defined not in _RELAYS:
        from gptmigrate.detect import relaying_functions

        tree = module_tree(defined) if f"def {name}" in _file_text(defined) else None
        _RELAYS[defined] = relaying_functions(tree) if tree is not None else {}
    consulted(defined)
    return _RELAYS[defined].get(name)


_CONSTRUCTED: Dict[Tuple[Path, str], Optional[List[Tuple[Path, ast.expr]]]] = {}


def constructor_arguments(path: Path, attribute: str) -> Optional[List[Tuple[Path, ast.expr]]]:
    """What the project around `path` passes for `attribute` where a constructor takes it: a
    namedtuple's field (`Profile("gpt-4", 0.2)`), a dataclass or NamedTuple field, or an
    `__init__` parameter stored whole (`self.model = model`). An attribute read the scan
    cannot type (`profile.model` of a table's row) may be any of these; None where a module
    that might hold them cannot be read."""
    root = project_root(path)
    if (root, attribute) in _CONSTRUCTED:
        return _CONSTRUCTED[root, attribute]
    takers: Dict[str, Tuple[Optional[int], str]] = {}  # constructor -> (position, keyword)
    files = [other for other in _python_files(root) if other.suffix == ".py"]
    for other in files:
        if attribute not in _file_text(other):
            continue
        tree = module_tree(other)
        if tree is None:
            _CONSTRUCTED[root, attribute] = None
            return None
        for statement in tree.body:
            taken = constructor_field(statement, attribute)
            if taken is not None:
                takers[taken[0]] = taken[1]
    found: Optional[List[Tuple[Path, ast.expr]]] = []
    for other in files:
        if found is None or not any(f"{name}(" in _file_text(other) for name in takers):
            continue
        tree = module_tree(other)
        if tree is None:
            found = None
            break
        passed = constructor_passes(tree, takers)
        if passed:
            consulted(other)
            found += [(other, node) for node in passed]
    _CONSTRUCTED[root, attribute] = found
    return found


def constructor_passes(tree: ast.Module,
                       takers: Dict[str, Tuple[Optional[int], str]]) -> List[ast.expr]:
    """What the calls of `tree` pass to the constructors `takers` (name -> position, keyword,
    as `constructor_field` gives them) for the field they take, by name or attribute
    (`Profile(...)`, `llm.Profile(...)`)."""
    found: List[ast.expr] = []
    for node in ast.walk(tree):
        callee = node.func.id if isinstance(node, ast.Call) \
            and isinstance(node.func, ast.Name) else node.func.attr \
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) else None
        if callee not in takers or not isinstance(node, ast.Call):
            continue
        position, keyword = takers[callee]
        passed = [k.value for k in node.keywords if k.arg == keyword]
        if not passed and position is not None and len(node.args) > position \
                and not any(isinstance(a, ast.Starred) for a in node.args[:position + 1]):
            passed = [node.args[position]]
        if not passed:
            # a `*args` / `**options` that may hold it, as itself (no literal: unknown)
            passed = [a for a in node.args if isinstance(a, ast.Starred)][:1] \
                or [k.value for k in node.keywords if k.arg is None][:1]
        if passed:
            found.append(passed[0])
    return found


def constructor_field(statement: ast.stmt,
                      attribute: str) -> Optional[Tuple[str, Tuple[Optional[int], str]]]:
    """The constructor `statement` defines that takes `attribute` (its name, the argument's
    position where it is known, and its keyword), or None."""
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
            and isinstance(statement.targets[0], ast.Name) \
            and isinstance(statement.value, ast.Call) and len(statement.value.args) == 2 \
            and ast.unparse(statement.value.func) in ("namedtuple", "collections.namedtuple",
                                                      "NamedTuple", "typing.NamedTuple"):
        listed = statement.value.args[1]
        fields = listed.value.replace(",", " ").split() if isinstance(listed, ast.Constant) \
            and isinstance(listed.value, str) else [_field_name(element) for element in (
                listed.elts if isinstance(listed, (ast.List, ast.Tuple)) else [])]
        if attribute in fields:
            return statement.targets[0].id, (fields.index(attribute), attribute)
        return None
    if not isinstance(statement, ast.ClassDef):
        return None
    init = next((s for s in statement.body if isinstance(s, ast.FunctionDef)
                 and s.name == "__init__"), None)
    if init is not None:
        parameters = [a.arg for a in (*init.args.posonlyargs, *init.args.args)][1:]
        stored = [node.value.id for node in ast.walk(init) if isinstance(node, ast.Assign)
                  and isinstance(node.value, ast.Name) and node.value.id in parameters
                  and any(isinstance(t, ast.Attribute) and t.attr == attribute
                          and isinstance(t.value, ast.Name) and t.value.id == init.args.args[0].arg
                          for t in node.targets)] if init.args.args else []
        if len(stored) != 1:
            return None
        return statement.name, (parameters.index(stored[0]), stored[0])
    fields = [s.target.id for s in statement.body
              if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)]
    if attribute not in fields:
        return None
    plain = all(ast.unparse(base) in ("NamedTuple", "typing.NamedTuple", "object")
                for base in statement.bases)  # a base's fields would come first
    return statement.name, (fields.index(attribute) if plain else None, attribute)


def _field_name(element: ast.expr) -> str:
    """A namedtuple's field as listed: "model", or ("model", str) for typing.NamedTuple."""
    if isinstance(element, ast.Tuple) and element.elts:
        element = element.elts[0]
    return element.value if isinstance(element, ast.Constant) \
        and isinstance(element.value, str) else ""


def _module_tree(text: str) -> Optional[List[ast.Module]]:
    try:
        return [ast.parse(text)]
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def _notebook_trees(text: str) -> Optional[List[ast.Module]]:
    """A notebook's code cells as Python reads them (magics masked), one tree a cell; None
    when the notebook or a cell cannot be read."""
    from gptmigrate.magics import mask_cell
    from gptmigrate.notebook import NotebookError, read_cells

    try:
        cells = read_cells(text)
    except NotebookError:
        return None
    trees = []
    for cell in cells:
        masked = mask_cell(cell.source)
        if masked.broken:
            return None
        tree = _module_tree(masked.text)
        if tree is None:
            return None
        trees.extend(tree)
    return trees


_MOVES: Dict[Tuple[str, str], Optional[str]] = {}
# The files each answer read: a file whose plan reuses an answer consulted them too (else its
# result would be cached alone in one worker and not in another: results then depended on
# which worker had asked first).
_READ: Dict[Tuple[str, str], List[Path]] = {}
_PENDING: Set[Tuple[str, str]] = set()


def constant_move(defined: Path, name: str, target_of: Callable[[str], Optional[str]],
                  users_rewritten: Callable[[Path, str, List[ast.alias], str], bool]
                  ) -> Optional[str]:
    """The chat target the constant `name` of module file `defined` moves to, if it can:
    it is bound once to a model literal whose call must move API (`target_of`), both files
    are in the run, and every module that imports it passes it only as the model of calls
    that are rewritten (`users_rewritten`, asked per importer with its aliases: the names it
    imports, or the module itself for `import module`, read as `module.NAME`; a star import
    counts as a use that is not). While the answer is being worked out (an
    importer's own plan asks again), the move is assumed."""
    key = (str(defined), name)
    if key in _PENDING:
        pending = definition(defined, name)
        return target_of(pending.literal.value) if pending is not None else None
    if key in _MOVES and RUN_PATHS.get() is not None:
        for path in _READ.get(key, [defined]):
            consulted(path)
        return _MOVES[key]
    consulted(defined)
    read = [defined]
    found = definition(defined, name)
    target = target_of(found.literal.value) if found is not None else None
    answer: Optional[str] = None
    if target is not None and in_run(defined):
        _PENDING.add(key)
        try:
            users = list(importers(defined, split_entry(name)[0]))
            if users and all(in_run(path) and aliases
                             and users_rewritten(path, text, aliases, name)
                             for path, text, aliases in users):
                answer = target
            for path, _, _ in users:
                consulted(path)
                read.append(path)
        finally:
            _PENDING.discard(key)
    _MOVES[key] = answer
    _READ[key] = read
    return answer


_TREES: Dict[Path, Optional[ast.Module]] = {}


def module_dicts(tree: ast.Module, name: str) -> List[ast.Dict]:
    """The dict displays bound to `name` at the top of `tree` (`NAME = {...}`)."""
    return [statement.value for statement in tree.body
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name) and statement.targets[0].id == name
            and isinstance(statement.value, ast.Dict)]


def dict_entries(tree: ast.Module, name: str, key: str) -> List[ast.expr]:
    """The values under the string key `key` of the dict displays bound to `name` at the top
    of `tree`."""
    return [value for table in module_dicts(tree, name)
            for k, value in zip(table.keys, table.values)
            if k is not None and isinstance(k, ast.Constant) and k.value == key]


def module_tree(path: Path) -> Optional[ast.Module]:
    """The parsed module file at `path` (once per run), or None where it cannot be read. The
    file is consulted at each call, parsed or not: whether an earlier plan of the run parsed it
    must not decide whether this plan is cached."""
    consulted(path)
    if path not in _TREES:
        try:
            _TREES[path] = ast.parse(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, SyntaxError, ValueError, RecursionError,
                MemoryError):
            _TREES[path] = None
    return _TREES[path]


def forget() -> None:
    """Forget the answers (a new run: the files may have changed)."""
    _TREES.clear()
    _MOVES.clear()
    _READ.clear()
    _FILES.clear()
    _SETTINGS.clear()
    _IMPORTS.clear()
    _IMPORTS_BY_NAME.clear()
    _ROOTS.clear()
    _TEST_PATHS.clear()
    _TEXTS.clear()
    RUN_ANSWERS.clear()
    REFUSALS.clear()
    _ENVIRONMENTS.clear()
    _FIRST_READS.clear()
    _CLASS_BINDINGS.clear()
    _CONSTRUCTED.clear()
    _RELAYS.clear()
    _MATCHES.clear()
    _NAMED.clear()
    _IMPORTER_OF.clear()
    _INSTANCE_READS.clear()
    _COMPARED.clear()
    _COMPARED_TEXTS.clear()
    _COMPARED_TREES.clear()
    _METHODS.clear()
    _USERS.clear()
    _SENDERS.clear()
    _TABLES.clear()
    _NAMES.clear()
    _OPTIONS.clear()
    _DEFAULT_ONLY.clear()


def _holds(statement: ast.stmt, node: ast.AST) -> bool:
    return any(child is node for child in ast.walk(statement))


def _bound(node: ast.AST) -> Set[str]:
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return {alias.asname or alias.name.split(".")[0] for alias in node.names}
    return {getattr(node, "name", "")}


def other_user(path: Path, words: Tuple[str, ...]) -> Optional[Path]:
    """Another module of the project that spells one of `words` (an SDK's module name): it may
    rely on global settings this module makes (`genai.configure`, `vertexai.init`)."""
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
    me = path.resolve()
    for other in _python_files(project_root(path)):
        if other == me:
            continue
        try:
            text = other.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if pattern.search(text):
            return other
    return None


_IMPORTER_OF: Dict[Tuple[Path, str], Optional[Path]] = {}


def importer_of(defined: Path, name: str) -> Optional[Path]:
    """A project module (or notebook) that imports `name` from module file `defined`, or the
    module itself (`import helpers`, then `helpers.name`), if any: where a function's callers
    or an object's users may be out of sight. Searched once per run and name (a file no other
    file names the module in is imported by none); the answer depends on every file."""
    me = defined.resolve()
    consulted(me.parent)
    key = (me, name)
    if key not in _IMPORTER_OF:
        _IMPORTER_OF[key] = next((path for path, _, _ in importers(me, name)), None) \
            if named_elsewhere(me) else None
    return _IMPORTER_OF[key]


# (module file, class, attributes) -> where another module may read them, once per run
_INSTANCE_READS: Dict[Tuple[Path, str, FrozenSet[str]], Optional[Tuple[Path, int, str]]] = {}


def instance_reads_elsewhere(defined: Path, cls: str, attributes: FrozenSet[str]
                             ) -> Optional[Tuple[Path, int, str]]:
    """Where code outside module file `defined` may read one of `attributes` on an instance of
    its class `cls` (`llm.model` after `llm = GeminiLLM()` in main.py): the file, the line and
    what happens there; None where every other module that imports the class only constructs
    it, keeps the instance in a local name (bound once in its scope) or uses it on the spot,
    and reads or calls other attributes of it (`llm.generate(q)`), and no module imports an
    instance the defining module keeps at its top level. Anything the scan cannot follow
    counts as a read: the instance passed on, returned, stored, given to getattr() / vars(),
    a dunder read, a subclass, a star import, a notebook, a re-export, a file that does not
    parse. Searched once per run; the answer depends on every file of the project."""
    me = defined.resolve()
    consulted(me.parent)
    key = (me, cls, attributes)
    if key not in _INSTANCE_READS:
        _INSTANCE_READS[key] = _instance_reads(me, cls, attributes)
    return _INSTANCE_READS[key]


def _instance_reads(me: Path, cls: str, attributes: FrozenSet[str]
                    ) -> Optional[Tuple[Path, int, str]]:
    if not named_elsewhere(me):
        return None
    own = module_tree(me)
    if own is None:
        return me, 1, "the module cannot be read"
    for statement in own.body:  # `bot = Bot()` at the top: another module may import bot
        if isinstance(statement, (ast.Assign, ast.AnnAssign)) and any(
                isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == cls for node in ast.walk(statement)):
            targets = statement.targets if isinstance(statement, ast.Assign) \
                else [statement.target]
            for target in targets:
                for node in ast.walk(target):
                    if isinstance(node, ast.Name):
                        importer = importer_of(me, node.id)
                        if importer is not None:
                            return importer, 1, f"imports {node.id}, an instance of {cls}"
    parents = {id(child): node for node in ast.walk(own) for child in ast.iter_child_nodes(node)}
    for function in ast.walk(own):  # `def make(): return Bot()`, which another module imports
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                and isinstance(parents.get(id(function)), ast.Module) and any(
                    isinstance(node, ast.Return) and node.value is not None
                    and _returns_instance(node.value, function, cls)
                    for node in ast.walk(function)):
            importer = importer_of(me, function.name)
            if importer is not None:
                return importer, 1, f"imports {function.name}(), which returns a {cls}"
    for path, _, aliases in importers(me, cls):
        tree = module_tree(path) if path.suffix == ".py" else None
        if tree is None or not aliases or any("." in alias.name and not alias.asname
                                              for alias in aliases):
            return path, 1, f"imports {cls} in a way this scan cannot follow"
        bound = {alias.asname or alias.name for alias in aliases if alias.name == cls}
        modules = {alias.asname or alias.name.rsplit(".", 1)[-1] for alias in aliases
                   if alias.name != cls}
        parents = {id(child): node for node in ast.walk(tree)
                   for child in ast.iter_child_nodes(node)}
        references = [node for node in ast.walk(tree) if (
            isinstance(node, ast.Name) and node.id in bound and isinstance(node.ctx, ast.Load))
            or (isinstance(node, ast.Attribute) and node.attr == cls
                and isinstance(node.value, ast.Name) and node.value.id in modules)]
        if bound and not references and any(importer_of(path, name) is not None
                                            for name in bound):
            return path, 1, f"imports {cls} and hands it on to other modules"
        for reference in references:
            found = _instance_use(path, tree, parents, reference, cls, attributes)
            if found is not None:
                return path, found[0], found[1]
    return None


def _returns_instance(value: ast.expr, function: ast.AST, cls: str) -> bool:
    """Whether a returned value may be an instance of `cls`: a construction, or a name the
    function binds to one (or anything else holding a construction: a tuple, a dict)."""
    names = {target.id for node in ast.walk(function) if isinstance(node, ast.Assign)
             and any(isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name)
                     and inner.func.id == cls for inner in ast.walk(node.value))
             for target in node.targets if isinstance(target, ast.Name)}
    return any(isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
               and node.func.id == cls or isinstance(node, ast.Name) and node.id in names
               for node in ast.walk(value))


def _instance_use(path: Path, tree: ast.Module, parents: Dict[int, ast.AST], reference: ast.expr,
                  cls: str, attributes: FrozenSet[str]) -> Optional[Tuple[int, str]]:
    """Where one reference to the class (in another module) may lead to a read of one of
    `attributes`: (line, what), or None."""
    call = parents.get(id(reference))
    line = reference.lineno
    if isinstance(call, ast.Call) and call.args and call.args[-1] is reference \
            and isinstance(call.func, ast.Name) and call.func.id in ("isinstance", "issubclass"):
        return None
    if not (isinstance(call, ast.Call) and call.func is reference):
        return line, f"uses {cls} otherwise than by constructing it (a subclass, a factory ...)"
    up = parents.get(id(call))
    if isinstance(up, ast.Attribute) and up.value is call:
        return _attribute_use(up, attributes)
    if not (isinstance(up, ast.Assign) and len(up.targets) == 1
            and isinstance(up.targets[0], ast.Name)):
        return line, f"hands an instance of {cls} on (passed, returned or stored)"
    name = up.targets[0].id
    scope: ast.AST = tree
    current = parents.get(id(up))
    while current is not None:
        if isinstance(current, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda,
                                ast.ClassDef)):
            scope = current
            break
        current = parents.get(id(current))
    if isinstance(scope, ast.ClassDef):
        return line, f"keeps an instance of {cls} in a class attribute"
    if scope is tree and importer_of(path, name) is not None:
        return line, f"keeps an instance of {cls} in {name}, which another module imports"
    for node in ast.walk(scope):
        if isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names:
            return node.lineno, f"declares {name} global or nonlocal"
        if not (isinstance(node, ast.Name) and node.id == name) or node is up.targets[0]:
            continue
        if not isinstance(node.ctx, ast.Load):
            return node.lineno, f"assigns {name} (an instance of {cls}) more than once"
        parent = parents.get(id(node))
        if not (isinstance(parent, ast.Attribute) and parent.value is node):
            return node.lineno, f"hands {name}, an instance of {cls}, on (passed, returned, " \
                                f"stored, getattr(), vars() ...)"
        found = _attribute_use(parent, cls, attributes)
        if found is not None:
            return found
    return None


def _attribute_use(attribute: ast.Attribute, cls: str, attributes: FrozenSet[str]
                   ) -> Optional[Tuple[int, str]]:
    if attribute.attr in attributes or attribute.attr.startswith("__"):
        return attribute.lineno, f"uses .{attribute.attr} of an instance of {cls}"
    return None


_SETTING_NAMES = ("api_key", "api_base", "organization", "api_type", "api_version")
# openai>=1's names of the base URL, which an earlier fix round wrote for `openai.api_base`: a
# second run must see the same settings as the first.
_V1_BASE_NAMES = ("base_url", "azure_endpoint")
# (not in a comment: `# openai.api_type = "azure"` left from an Azure trial sets nothing)
_SETTING = re.compile(
    rf"^[^#\n]*?\bopenai\s*\.\s*({'|'.join(_SETTING_NAMES + _V1_BASE_NAMES)})\s*=(?!=)",
    re.MULTILINE)
_SETATTR = re.compile(r"^[^#\n]*?\bsetattr\(\s*openai\s*,", re.MULTILINE)
_SETTINGS: Dict[Path, Dict[str, List[Path]]] = {}


def settings_elsewhere(path: Path) -> Dict[str, List[Path]]:
    """The openai<1 module settings (`openai.api_key = ...`) other modules of the project make,
    each with a file that makes it: 0.x's settings were process-wide, so a module without
    settings of its own may run on another's (main.py sets the key, helpers.py calls). A file
    found here is consulted (the plan depends on it); one that adds a setting later is not
    seen by a cached result of this module until it changes too."""
    me = path.resolve()
    root = project_root(path)
    if root not in _SETTINGS:
        found: Dict[str, List[Path]] = {}
        for other in _python_files(root):
            try:
                text = other.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            if "openai" not in text:
                continue
            names = {"api_base" if match.group(1) in _V1_BASE_NAMES else match.group(1)
                     for match in _SETTING.finditer(text)}
            if _SETATTR.search(text):  # `setattr(openai, name, value)`: those it spells
                names |= {name for name in _SETTING_NAMES
                          if re.search(rf"[\"']{name}[\"']", text)}
            for name in names:
                found.setdefault(name, []).append(other)
        _SETTINGS[root] = found
    result = {name: [file for file in files if file != me]
              for name, files in _SETTINGS[root].items() if any(file != me for file in files)}
    for files in result.values():
        for file in files:
            consulted(file)
    return result


# Azure as openai<1 read it from the environment at import: OPENAI_API_TYPE=azure, or its
# endpoint (OPENAI_API_BASE; AZURE_OPENAI_ENDPOINT, which projects keep beside it).
_AZURE_HOSTS = (".openai.azure.com", ".cognitiveservices.azure.com")
_AZURE_BASES = ("OPENAI_API_BASE", "AZURE_OPENAI_ENDPOINT")
_ENV_FILE_LIMIT = 256 * 1024
# folder -> (its dotenv files, the first that configures Azure with what it sets, or None)
_ENVIRONMENTS: Dict[Path, Tuple[List[Path], Optional[Tuple[Path, str]]]] = {}


def azure_environment(path: Path) -> Optional[str]:
    """Where the project of the module at `path` configures Azure for openai<1 through the
    environment: a dotenv file (`.env`, `.env.template`, `.env.example`, `*.env`) of the
    module's folder or a folder above it, up to the project root (or, where no folder has a
    root marker, the folder holding its outermost package or the folder the run was given),
    that sets OPENAI_API_TYPE=azure, or, setting
    no OPENAI_API_TYPE, OPENAI_API_BASE / AZURE_OPENAI_ENDPOINT to an Azure OpenAI host. Said
    as "<file> sets <KEY>=<value>" (the file relative to the module's folder); None where no
    such file is found. Each folder is read once per run; every dotenv file read is consulted
    (the answer depends on them)."""
    module_dir = path.resolve().parent
    found: Optional[Tuple[Path, str]] = None
    for folder in _environment_folders(module_dir):
        if folder not in _ENVIRONMENTS:
            _ENVIRONMENTS[folder] = _read_environments(folder)
        files, azure = _ENVIRONMENTS[folder]
        for file in files:
            consulted(file)
        if azure is not None and found is None:
            found = azure
    if found is None:
        return None
    file, setting = found
    return f"{os.path.relpath(file, module_dir)} sets {setting}"


def _environment_folders(module_dir: Path) -> List[Path]:
    """The module's folder and those above it, up to the first with a root marker; where none
    has one, up to the folder holding the module's outermost package (`project_root`) or the
    outermost folder the run reads, whichever is higher."""
    folders: List[Path] = []
    for folder in (module_dir, *module_dir.parents):
        folders.append(folder)
        if any((folder / marker).exists() for marker in ROOT_MARKERS):
            return folders
    top = _package_root(module_dir)
    last = max(index for index, folder in enumerate(folders)
               if index == 0 or folder == top or in_run(folder))
    return folders[:last + 1]


def _read_environments(folder: Path) -> Tuple[List[Path], Optional[Tuple[Path, str]]]:
    from gptmigrate.formats import DOTENV, FormatError, reader_for

    files: List[Path] = []
    azure: Optional[Tuple[Path, str]] = None
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return files, None
    for entry in entries:
        try:
            if reader_for(entry.name) is not DOTENV or not entry.is_file() \
                    or entry.stat().st_size > _ENV_FILE_LIMIT:
                continue
            text = Path(entry.path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        file = Path(entry.path)
        files.append(file)
        try:
            document = DOTENV.read(text)
        except FormatError:
            continue
        if azure is None:
            setting = _azure_setting({value.keys[-1]: value.text for value in document.values
                                      if value.keys})
            if setting is not None:
                azure = (file, setting)
    return files, azure


def _azure_setting(values: Dict[str, str]) -> Optional[str]:
    """The setting of one dotenv file that makes openai<1 run on Azure, if any."""
    api_type = values.get("OPENAI_API_TYPE")
    if api_type is not None:
        return f"OPENAI_API_TYPE={api_type}" if api_type.strip().lower().startswith("azure") \
            else None
    for key in _AZURE_BASES:
        host = urlsplit(values.get(key, "").strip()).hostname or ""
        if host.endswith(_AZURE_HOSTS):
            return f"{key}={values[key].strip()}"
    return None


_IMPORTS: Dict[Path, Set[Path]] = {}


def imported_modules(path: Path) -> Set[Path]:
    """The project modules `path` imports (directly), read once per run."""
    return _imported(path)


def _imported(path: Path) -> Set[Path]:
    """The project modules `path` imports (directly)."""
    if path not in _IMPORTS:
        found: Set[Path] = set()
        try:
            tree = ast.parse(path.read_text(encoding="utf-8", errors="replace"))
        except (OSError, SyntaxError, ValueError, RecursionError, MemoryError):
            tree = ast.Module(body=[], type_ignores=[])
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                targets = [module_file(path, alias.name, 0) for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                targets = [module_file(path, node.module, node.level)] + [
                    module_file(path, f"{node.module}.{alias.name}" if node.module
                                else alias.name, node.level) for alias in node.names]
            else:
                continue
            found.update(target for target in targets if target is not None)
        _IMPORTS[path] = found
    return _IMPORTS[path]


_IMPORTS_BY_NAME: Dict[Path, Set[Path]] = {}


def _imported_by_name(path: Path) -> Set[Path]:
    """The project modules `path` imports by a literal name at run time
    (`importlib.import_module("app.llm")`): only where a test double is looked for (a test
    re-importing the app under a fake `sys.modules["openai"]`); the import graph of the other
    channels (`_imported`) leaves them out (a settings module loaded that way is read by its
    attributes, not imported)."""
    if path not in _IMPORTS_BY_NAME:
        found: Set[Path] = set()
        text = _file_text(path)
        if "import" in text and ("import_module" in text or "__import__" in text):
            try:
                tree = ast.parse(text)
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                tree = ast.Module(body=[], type_ignores=[])
            for node in ast.walk(tree):
                name = _dynamic_import(node)
                target = module_file(path, name, 0) if name is not None else None
                if target is not None:
                    found.add(target)
        _IMPORTS_BY_NAME[path] = found
    return _IMPORTS_BY_NAME[path]


def _dynamic_import(node: ast.AST) -> Optional[str]:
    """The absolute module name an `importlib.import_module("app.llm")` (or `import_module`,
    `__import__`) call imports by a literal, as a test re-importing the app under a fake does;
    None for anything else."""
    if not isinstance(node, ast.Call) or not node.args or len(node.args) > 1 and \
            not (isinstance(node.func, ast.Name) and node.func.id == "__import__"):
        return None
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr \
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
        and func.value.id == "importlib" else None
    first = node.args[0]
    if name not in ("import_module", "__import__") or not isinstance(first, ast.Constant) \
            or not isinstance(first.value, str) or not first.value \
            or first.value.startswith("."):
        return None
    return first.value


def same_process(path: Path, other: Path) -> bool:
    """Whether two modules of the project plainly run together: one imports the other, or a
    third imports both (main.py imports config and helpers)."""
    me, other = path.resolve(), other.resolve()
    if other in _imported(me) or me in _imported(other):
        return True
    return any(me in _imported(third) and other in _imported(third)
               for third in _python_files(project_root(path)) if third.suffix == ".py")


def _runs_with(path: Path, other: Path) -> bool:
    """Whether two modules run together: `same_process`, or one imports the other through
    other modules (main.py -> billing/llm.py -> billing/prices.py)."""
    return same_process(path, other) or other in _reached(path) or path in _reached(other)


def _reached(path: Path) -> Set[Path]:
    """The project modules `path` imports, directly or through the modules it imports."""
    seen: Set[Path] = set()
    todo = [path.resolve()]
    while todo:
        for module in _imported(todo.pop()):
            if module not in seen:
                seen.add(module)
                todo.append(module)
    return seen


_FILES: Dict[Path, List[Path]] = {}


def _python_files(root: Path) -> List[Path]:
    """The project's Python files and notebooks, listed once per run."""
    if root not in _FILES:
        found = []
        for folder, folders, files in os.walk(root):
            folders[:] = [f for f in folders if not f.startswith(".") and f not in _SKIPPED_DIRS]
            for file in files:
                if not file.endswith((".py", ".ipynb")):
                    continue
                try:
                    found.append(Path(folder, file).resolve())
                except (OSError, RuntimeError):  # a symlink loop: nothing to read there
                    continue
        _FILES[root] = found
    return _FILES[root]


# (root, name) -> (the places comparing it, each with the constants it goes through; the
# constants each module binds to it)
_COMPARED: Dict[Tuple[Path, str], Tuple[List[Tuple[Path, int, FrozenSet[str], str]],
                                        Dict[Path, Set[str]]]] = {}


def compared_elsewhere(path: Path, name: str, joined: bool = True, target: Optional[str] = None
                       ) -> Optional[Tuple[Path, int]]:
    """Where another Python module of `path`'s project that runs with it (`_runs_with`: one
    imports the other, maybe through others, or a third imports both; any module where not
    `joined`, for a data
    file that code anywhere may load) compares a value with model name `name`
    or looks one up by it: `model == "gpt-3.5-turbo"`, `model in ("gpt-4", ...)`, a `case`,
    a dict display keyed by it, a set display holding it, or the same through a module
    constant bound to it anywhere in the project (`if model == GPT_3_5_TURBO_MODEL:`, the
    constant in `openai_constants.py`). A value sent from `path` may reach that comparison:
    renamed there alone, it no longer passes. A comparison through a constant `path` itself
    binds to the name (`case constants.GPT35:` where `path` is constants.py) moves with the
    rename and holds nothing. A prefix test (`model.startswith("gpt-4")`) counts unless the
    new name `target` passes it too. The first such place (file, line), or None; searched once
    per run per name, and only inside a run (`RUN_PATHS`)."""
    if RUN_PATHS.get() is None:
        return None
    me = path.resolve()
    root = project_root(path)
    if (root, name) not in _COMPARED:
        files = [other for other in _python_files(root) if other.suffix == ".py"]
        quoted = re.compile(r"""["']""" + re.escape(name) + r"""["']""")
        spelling = [other for other in files if quoted.search(_compared_text(other))]
        # a constant by its spelling (`GPT_4_MODEL = "gpt-4"`): `model = "gpt-4"` names a
        # variable, and every `x.model` elsewhere is no comparison with it
        constant = re.compile(r"^[ \t]*([A-Z][A-Z0-9_]*)[ \t]*(?::[^=\n]*)?=[ \t]*[\"']"
                              + re.escape(name) + r"[\"'][ \t]*(?:#.*)?$", re.MULTILINE)
        bound = {other: {match.group(1) for match in constant.finditer(_compared_text(other))}
                 for other in spelling}
        constants = set().union(*bound.values())
        spelled = re.compile("|".join([quoted.pattern, *(rf"\b{re.escape(word)}\b"
                                                          for word in sorted(constants))]))
        found: List[Tuple[Path, int, FrozenSet[str], str]] = []
        for other, tree in _spelling_trees(root, spelled):
            # what a module no scan can parse compares is unknown, as for one it cannot read
            found.extend((other, line, through, prefix) for line, through, prefix
                         in (_comparisons(tree, name, constants) if tree else ()))
        _COMPARED[root, name] = (found, bound)
    places, bound = _COMPARED[root, name]
    own = bound.get(me, set())
    found = next(((other, line) for other, line, through, prefix in places
                  if other != me and not (through and through <= own)
                  and not (prefix and target is not None and target.startswith(prefix))
                  and (not joined or _runs_with(me, other))), None)
    if found is not None or places:
        # a hold, or one that depends on the imports: the result is not cached. Where no
        # module compares the name the fix stands, and a warm run (reports only: --fix reads
        # no cache) keeps it until this file changes
        consulted(root)
    return found


_COMPARED_TEXTS: Dict[Path, str] = {}
_COMPARED_TREES: Dict[Path, Optional[ast.Module]] = {}  # `_spelling_trees`, once per run
_SENDERS: Dict[Tuple[Path, FrozenSet[str]], List[Tuple[Path, int, Dict[str, Any]]]] = {}
_SENDING_METHODS = ("create", "acreate")  # 0.x resources' and 1.x clients' request methods
_MODEL_ARGUMENTS = ("model", "engine", "deployment_id")


def untraced_senders(path: Path, parameters: FrozenSet[str]
                     ) -> List[Tuple[Path, int, Dict[str, Any]]]:
    """The API calls of `path`'s project (`<x>.create(...)`, `acreate`) whose model is not a
    string literal (`model=CONFIG["model"]`: it may come from a data file) and that pass one of
    `parameters` (those a target model rejects or names otherwise): (file, line, the passed
    ones, each its literal value or None). Read once per run per set of names."""
    root = project_root(path)
    key = (root, parameters)
    if key not in _SENDERS:
        spelled = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(parameters))) + r")\s*=")
        found: List[Tuple[Path, int, Dict[str, Any]]] = []
        for other, tree in _spelling_trees(root, spelled):
            for call in ast.walk(tree) if tree else ():
                if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr in _SENDING_METHODS):
                    continue
                model = next((k.value for k in call.keywords if k.arg in _MODEL_ARGUMENTS), None)
                passed = {k.arg: k.value.value if isinstance(k.value, ast.Constant) else None
                          for k in call.keywords if k.arg in parameters}
                if model is not None and not isinstance(model, ast.Constant) and passed:
                    found.append((other, call.lineno, passed))
        _SENDERS[key] = found
    if _SENDERS[key]:
        consulted(root)
    return _SENDERS[key]
_USERS: Dict[Path, bool] = {}


def uses_provider(path: Path, roots: Iterable[str], addresses: Iterable[str]) -> bool:
    """Whether a Python file of `path`'s project imports one of the SDK `roots` at a line's
    start or spells one of the API `addresses` (a text test, once per run per project; a
    project with no Python file counts as a user: its data may feed code elsewhere)."""
    root = project_root(path)
    if root not in _USERS:
        imports = re.compile(r"^[ \t]*(?:import|from)[ \t]+(?:" + "|".join(
            map(re.escape, sorted(roots))) + r")\b", re.MULTILINE)
        files = _python_files(root)
        _USERS[root] = not files or any(
            imports.search(text) or any(address in text for address in addresses)
            for text in map(_compared_text, files))
    if not _USERS[root]:
        consulted(root)  # a hold: not cached (a user module may come)
    return _USERS[root]
_METHODS: Dict[Tuple[Path, str], Optional[bool]] = {}


def own_method(path: Path, name: str) -> Optional[bool]:
    """Whether the methods named `name` of the classes of `path`'s project take their keywords
    as their own parameters (True: none takes **kwargs: a cache key builder's `key(self,
    model, prompt, temperature, max_tokens)`), or one hands them on (False: a pass-through
    client's `chat(self, **kwargs)`); None where no class of the project defines one. Read
    once per run per name, from texts of its own (`_compared_text`)."""
    root = project_root(path)
    if (root, name) not in _METHODS:
        spelled = re.compile(r"\bdef[ \t]+" + re.escape(name) + r"[ \t]*\(")
        kinds: Set[bool] = set()
        for other, tree in _spelling_trees(root, spelled):
            if tree is None:
                kinds.add(False)  # unknown: as if it handed them on
                continue
            kinds.update(item.args.kwarg is None for cls in ast.walk(tree)
                         if isinstance(cls, ast.ClassDef) for item in cls.body
                         if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))
                         and item.name == name)
        _METHODS[root, name] = None if not kinds else all(kinds)
    return _METHODS[root, name]


# Files of records a data file may share its names with: a table whose cells name models
# (`votes.csv`'s winner column) is data, and tables are not rewritten.
_TABULAR_SUFFIXES = frozenset({".csv", ".tsv", ".jsonl", ".ndjson"})
_TABULAR_MAX_BYTES = 8 << 20


def tabular_sibling_spelling(path: Path, model: str) -> Optional[Path]:
    """A table (CSV, TSV, JSON Lines) in data file `path`'s folder whose text spells `model`
    as a whole name: the file's model names are labels of the same records, which a rename
    of the data file alone would set apart. None if no such table."""
    folder = path.parent
    if folder not in _TABLES:
        tables = []
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            entries = []
        for entry in entries:
            try:
                if entry.suffix.lower() in _TABULAR_SUFFIXES and entry.is_file() \
                        and entry.stat().st_size <= _TABULAR_MAX_BYTES:
                    tables.append((entry, _cached_text(entry, _COMPARED_TEXTS)))
            except OSError:
                continue
        _TABLES[folder] = tables
    whole = re.compile(r"(?<![\w.-])" + re.escape(model) + r"(?![\w-]|\.\w)")
    found = next((entry for entry, text in _TABLES[folder] if whole.search(text)), None)
    if found is not None:
        consulted(found)  # a hold that reads another file: not cached
    return found


_TABLES: Dict[Path, List[Tuple[Path, str]]] = {}


def file_named_after(path: Path, model: str) -> Optional[Path]:
    """A file or folder of `path`'s project whose name spells `model` as a whole name
    (`cache/text-davinci-003.json`, `runs/gpt-4/`): data an earlier run keyed by that model,
    which code building the name from the model finds by it. None if no such name."""
    root = project_root(path)
    if root not in _NAMES:
        names: List[Path] = []
        for folder, folders, files in os.walk(root):
            folders[:] = [f for f in folders if not f.startswith(".") and f not in _SKIPPED_DIRS]
            names += [Path(folder, name) for name in (*folders, *files)
                      if not name.endswith((".py", ".ipynb"))]
            if len(names) > _NAMES_MAX:
                break
        _NAMES[root] = names
    whole = re.compile(r"(?<![\w.-])" + re.escape(model) + r"(?![\w-]|\.\d)")
    found = next((name for name in _NAMES[root] if whole.search(name.name)), None)
    if found is not None:
        consulted(found)  # a hold that reads another file: not cached
    return found


_NAMES: Dict[Path, List[Path]] = {}  # a project root -> its data files and folders, per run
_NAMES_MAX = 20000


def option_definitions(path: Path, flag: str
                       ) -> List[Tuple[Path, ast.Module, ast.Call]]:
    """The `add_argument(flag, ...)` calls of `path`'s project (argparse options a command
    line the module writes may reach), with their module files and trees. Read once per run
    per flag, from texts of its own (`_compared_text`)."""
    root = project_root(path)
    if (root, flag) not in _OPTIONS:
        spelled = re.compile(r"add_argument\([^)]*[\"']" + re.escape(flag) + r"[\"']")
        _OPTIONS[root, flag] = [
            (other, tree, node) for other, tree in _spelling_trees(root, spelled)
            if tree is not None for node in ast.walk(tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute) and node.func.attr == "add_argument"
            and any(isinstance(arg, ast.Constant) and arg.value == flag for arg in node.args)]
        if _OPTIONS[root, flag]:
            consulted(root)
    return _OPTIONS[root, flag]


_OPTIONS: Dict[Tuple[Path, str], List[Tuple[Path, ast.Module, ast.Call]]] = {}


def default_only(defined: Path, function: str, parameter: str) -> bool:
    """Whether module file `defined`'s top-level function `function` gets `parameter` from
    its default only: every use of the name in the project (spelled anywhere, so also
    another function of that name) is a call passing no such keyword, no `**` spread and too
    few positions to reach it. The default then is the only value the parameter holds (a
    call sending it can take the default's new name)."""
    key = (defined, function, parameter)
    if key not in _DEFAULT_ONLY:
        _DEFAULT_ONLY[key] = _default_only(defined, function, parameter)
        consulted(project_root(defined))
    return _DEFAULT_ONLY[key]


def _default_only(defined: Path, function: str, parameter: str) -> bool:
    tree = module_tree(defined)
    found = [node for node in (tree.body if tree is not None else [])
             if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == function]
    if len(found) != 1 or found[0].decorator_list:
        return False
    arguments = found[0].args
    positional = [a.arg for a in (*arguments.posonlyargs, *arguments.args)]
    if parameter not in positional and parameter not in {a.arg for a in arguments.kwonlyargs}:
        return False
    reach = positional.index(parameter) if parameter in positional else None
    spelled = re.compile(r"\b" + re.escape(function) + r"\b")
    for path, other in _spelling_trees(project_root(defined), spelled):
        if other is None:
            return False
        calls = {id(node.func): node for node in ast.walk(other) if isinstance(node, ast.Call)}
        for node in ast.walk(other):
            named = (isinstance(node, ast.Name) and node.id == function) or (
                isinstance(node, ast.Attribute) and node.attr == function)
            if not named or isinstance(getattr(node, "ctx", None), ast.Store):
                continue
            call = calls.get(id(node))
            if call is None:
                return False  # handed on as a value (`partial(complete, ...)`, a registry)
            if any(k.arg is None or k.arg == parameter for k in call.keywords) or any(
                    isinstance(arg, ast.Starred) for arg in call.args) or (
                    reach is not None and len(call.args) > reach):
                return False
    return True


_DEFAULT_ONLY: Dict[Tuple[Path, str, str], bool] = {}


def _compared_text(path: Path) -> str:
    """A project file's text for the project-wide lookups (`compared_elsewhere`,
    `untraced_senders`, `own_method`, `uses_provider`), read once per run into a cache of its
    own: `_file_text` and `module_tree` must first read a file when a lookup needs it, which
    may be after this run's fixes wrote it (a call's max_tokens= renamed there)."""
    return _cached_text(path, _COMPARED_TEXTS)


def _spelling_trees(root: Path, pattern: "re.Pattern[str]"
                    ) -> Iterator[Tuple[Path, Optional[ast.Module]]]:
    """The project's Python modules whose text (`_compared_text`) `pattern` matches, each
    with its tree (None where it does not parse), parsed once per run."""
    for path in _python_files(root):
        if path.suffix != ".py" or not pattern.search(_compared_text(path)):
            continue
        if path not in _COMPARED_TREES:
            try:
                _COMPARED_TREES[path] = ast.parse(_compared_text(path))
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                _COMPARED_TREES[path] = None
        yield path, _COMPARED_TREES[path]


def _comparisons(tree: ast.Module, name: str, constants: Set[str]
                 ) -> List[Tuple[int, FrozenSet[str], str]]:
    """The lines of `tree` that compare with `name`, key a dict display by it or hold it in a
    set display, in order, each with the constants it goes through (empty: the literal
    itself; else names or attributes spelling some of `constants`) and, for a prefix test
    (`x.startswith("gpt-4")`), the prefix ("" for the others)."""
    def through(node: Optional[ast.expr]) -> Optional[FrozenSet[str]]:
        if isinstance(node, ast.Constant):
            return frozenset() if node.value == name else None
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            found = [part for part in map(through, node.elts) if part is not None]
            if not found:
                return None
            return frozenset().union(*found) if all(found) else frozenset()  # a literal: itself
        spelled = node.id if isinstance(node, ast.Name) else \
            node.attr if isinstance(node, ast.Attribute) else None
        return frozenset({spelled}) if spelled in constants else None

    places: List[Tuple[int, FrozenSet[str], str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "startswith" and node.args:
            tested = node.args[0].elts if isinstance(node.args[0], ast.Tuple) else node.args[:1]
            prefixes = [item.value for item in tested if isinstance(item, ast.Constant)
                        and isinstance(item.value, str) and item.value
                        and name.startswith(item.value)]
            places.extend((node.lineno, frozenset(), prefix) for prefix in prefixes)
            continue
        operands: List[Optional[ast.expr]] = []
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
        elif isinstance(node, ast.Dict):
            operands = list(node.keys)
        elif isinstance(node, ast.Set):  # a set is for membership
            operands = [node]
        elif isinstance(node, ast.MatchValue):
            operands = [node.value]
        found = [part for part in map(through, operands) if part is not None]
        if found:
            places.append((node.lineno, frozenset().union(*found) if all(found)
                           else frozenset(), ""))
    return sorted(places, key=lambda place: place[0])


_FIRST_READS: Dict[str, Tuple[Optional[Tuple[Path, int, str]], List[Path]]] = {}


def first_read(pattern: "re.Pattern[str]") -> Optional[Tuple[Path, int, str]]:
    """The first place in the run's Python files and notebooks where `pattern` matches: the
    file, the line and the match (None outside a run, or nowhere); searched once per run
    (fixes never write what it looks for). Every file read counts as consulted."""
    if RUN_PATHS.get() is None:
        return None
    if pattern.pattern not in _FIRST_READS:
        found: Optional[Tuple[Path, int, str]] = None
        read: List[Path] = []
        for given in RUN_PATHS.get() or ():
            root = Path(given)
            for path in _python_files(root) if root.is_dir() else [root.resolve()]:
                read.append(path)
                try:
                    text = path.read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError):
                    continue
                match = pattern.search(text)
                if match is not None:
                    found = path, text.count("\n", 0, match.start()) + 1, match.group(0)
                    break
            if found is not None:
                break
        _FIRST_READS[pattern.pattern] = found, read
    found, read = _FIRST_READS[pattern.pattern]
    for path in read:
        consulted(path)
    return found


__all__ = ["CONSULTED", "RUN_PATHS", "azure_environment", "called_by_importers",
           "compared_elsewhere", "constant_move", "constructor_arguments", "constructor_field", "constructor_passes",
           "definition", "first_read", "forget", "importer_of", "importers", "in_run",
           "instance_reads_elsewhere", "module_file", "module_tree", "other_user", "own_method",
           "reads_elsewhere", "same_process", "settings_elsewhere"]
