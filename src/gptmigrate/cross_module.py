"""What other modules of the project do with a model name this module renames.

A module constant (`MODEL = "gpt-3.5-turbo"` in `config.py`) or a literal passed to another
module's function (`utils.create(model="gpt-3.5-turbo")`) reaches code this module cannot see:
a request dict or call sending it with a parameter the new model rejects, a comparison or a
lookup by the old name, a function that may look it up. Those readers keep the old name and
arguments, so the rename stays manual and names the read; a planner whose call sends such a
constant holds the call too (`constant_rename_blocked`). Only inside a run (`project`).
"""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Set, Tuple, Union

from gptmigrate import project
from gptmigrate.detect import (MODEL_KEYWORDS, OPENAI_WRAPPERS, RENAME_HELD, SDK_ROOTS,
                               call_arguments, classify_call,
                               defaulted_parameter, dict_arguments, dotted_name, lookup_default,
                               option_dest, parameter_default,
                               shows_argument, string_value)
from gptmigrate.table import Table
from gptmigrate.types import Finding, FixSafety


def hold_renames(findings: List[Finding], tree: ast.Module, text: str, path: str,
                 table: Table) -> List[Finding]:
    """The findings, with the model renames other modules' reads would break held back."""
    if project.RUN_PATHS.get() is None or path.startswith("<"):
        return findings
    findings = _hold_renames_in_lookalikes(findings, tree, text, path)
    findings = _hold_renames_read_elsewhere(findings, tree, text, path, table)
    findings = _hold_renames_importers_compare(findings, path)
    findings = _hold_sizes_asked_for_others(findings, tree, path)
    findings = _hold_tables_changed_for_others(findings, tree, path)
    findings = _hold_renames_callees_look_up(findings, tree, text, path, table)
    findings = _hold_command_line_values(findings, tree, text, path, table)
    findings = _hold_renames_naming_files(findings, tree, path)
    # last: the holds above name the read that breaks; this one, only a comparison somewhere
    return _hold_renames_compared_in_project(findings, path)


# What makes a module a user of an LLM provider: an SDK import, or the API's address.
_SDK_IMPORT_ROOTS = SDK_ROOTS | OPENAI_WRAPPERS | {
    "autogen", "crewai", "dspy", "instructor", "semantic_kernel", "haystack", "marvin",
    "llama_cpp", "guidance", "langchain_core", "langgraph"}
_API_ADDRESSES = ("api.openai.com", "openai.azure.com", "api.anthropic.com",
                  "generativelanguage.googleapis.com")
# Renames held this way: GM001/GM002 model names and GM106 api-versions.
_RENAME_CODES = ("GM001", "GM002", "GM106")


def _hold_renames_in_lookalikes(findings: List[Finding], tree: ast.Module, text: str,
                                path: str) -> List[Finding]:
    """A module that uses no LLM provider (no SDK import, no API address) and is joined by
    imports (either way, through other project modules) to none that does: what it names in
    its functions, classes and calls is its own (a record, a label, a stand-in, another
    service's setting), so those model names and api-versions are reported but not renamed.
    Its top-level settings (`MODEL = "gpt-4"`) are renamed: a module of settings is read by
    code the scan may not see; but a script's (top-level calls, loops, a `__main__` block)
    are its own too, and so are those of a module other project modules read where none of
    the project's modules uses a provider."""
    if not any(finding.code in _RENAME_CODES and finding.fix is not None
               for finding in findings) or _uses_provider(tree, text):
        return findings
    me = Path(path).resolve()
    project.consulted(me.parent)
    if _joined_to_provider_user(me):
        return findings
    # a script's top-level names are its own; so are those of a settings module that modules
    # of the project read where none of them uses a provider (an inventory of deployments,
    # printed); a settings module no module reads may be read by code out of sight
    settings = [] if _is_script(tree) or (project.import_neighbours(me) and not (
        project.uses_provider(me, _SDK_IMPORT_ROOTS, _API_ADDRESSES))) \
        else _module_settings(tree, text)
    held = [index for index, finding in enumerate(findings)
            if finding.code in _RENAME_CODES and finding.fix is not None
            and not any(start <= (finding.start.line, finding.start.column) < end
                        for start, end in settings)]
    if not held:
        return findings
    kept = list(findings)
    for index in held:
        finding = findings[index]
        kept[index] = replace(finding, fix=None, fix_safety=FixSafety.MANUAL,
                              message=f"{finding.message}{RENAME_HELD}this module uses no LLM "
                                      f"SDK, nor does any module of the project it imports or "
                                      f"is imported by: what it names is its own (a record, a "
                                      f"label, a stand-in), kept; rename it by hand where it "
                                      f"is sent to a provider")
    return kept


def _is_script(tree: ast.Module) -> bool:
    """A module that does its work when run: a top-level call, loop or `__main__` block (its
    top-level names are its own, not settings other code reads)."""
    return any((isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call))
               or isinstance(statement, (ast.For, ast.While, ast.AsyncFor))
               or (isinstance(statement, ast.If) and "__name__" in ast.unparse(statement.test))
               for statement in tree.body)


def _module_settings(tree: ast.Module, text: str) -> List[Tuple[Tuple[int, int],
                                                                  Tuple[int, int]]]:
    """The spans (line, character column) of the values a module's top-level assignments
    give: a constant, a table, an environment lookup (`MODEL = "gpt-4"`, `SETTINGS = {...}`),
    the settings a module holds for its users wherever they are (kept renamed)."""
    lines = text.splitlines()
    spans = []
    for statement in tree.body:
        value = statement.value if isinstance(statement, (ast.Assign, ast.AnnAssign)) else None
        if value is None or not (isinstance(value, (ast.Constant, ast.Dict, ast.List, ast.Tuple,
                                                     ast.Set))
                                 or project.assigned_literal(value) is not None):
            continue
        if isinstance(value, (ast.List, ast.Tuple)) and value.elts and all(
                isinstance(item, ast.Dict) for item in value.elts):
            continue  # `[{"id": "gpt-4", "price": 0.06}, ...]`: records, not settings
        end_line = value.end_lineno or value.lineno
        end = lines[end_line - 1] if end_line - 1 < len(lines) else ""
        spans.append((_char_position(lines, value), (end_line, len(end.encode("utf-8")[
            :value.end_col_offset or 0].decode("utf-8", "replace")) + 1)))
    return spans


def _uses_provider(tree: Optional[ast.Module], text: str) -> bool:
    """The module imports an LLM SDK (or a library wrapping one) or names an API's address;
    a module that cannot be read counts as one. An `import openai` whose only uses set
    openai<1's module settings (`openai.api_key = ...`) uses nothing: a module that calls the
    API, reads a setting (for a request of its own) or hands `openai` on does."""
    if tree is None or any(address in text for address in _API_ADDRESSES):
        return True
    settings_only: Set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "openai":
                    settings_only.add(alias.asname or alias.name)
                elif alias.name.split(".")[0] in _SDK_IMPORT_ROOTS:
                    return True
        elif isinstance(node, ast.ImportFrom) and not node.level \
                and (node.module or "").split(".")[0] in _SDK_IMPORT_ROOTS:
            return True
    return bool(settings_only) and not _only_settings_of(tree, settings_only)


# openai<1's module settings: a module that only sets these makes no request.
_V0_SETTINGS = frozenset({
    "api_key", "api_key_path", "organization", "api_base", "api_type", "api_version",
    "proxy", "verify_ssl_certs", "ca_bundle_path", "app_info", "log", "debug"})


def _only_settings_of(tree: ast.Module, names: Set[str]) -> bool:
    """Whether the names `import openai` binds are used, and every use sets a setting
    (`openai.api_key = ...`; an import never used counts as a use of the SDK)."""
    settings = {id(node.value) for node in ast.walk(tree)
                if isinstance(node, ast.Attribute) and node.attr in _V0_SETTINGS
                and isinstance(node.ctx, ast.Store)
                and isinstance(node.value, ast.Name) and node.value.id in names}
    uses = [node for node in ast.walk(tree) if isinstance(node, ast.Name) and node.id in names]
    return bool(uses) and all(id(node) in settings for node in uses)


def _joined_to_provider_user(defined: Path) -> bool:
    """Whether a project module that uses an LLM provider is joined to `defined` by imports,
    either way and through other project modules (a notebook that names one counts)."""
    answers = project.RUN_ANSWERS
    if ("joined", defined) in answers:
        return answers[("joined", defined)]
    seen, frontier = {defined}, [defined]
    while frontier:
        for path in project.import_neighbours(frontier.pop()):
            if path in seen:
                continue
            seen.add(path)
            if path.suffix == ".ipynb" or _provider_user(path) \
                    or answers.get(("joined", path)):
                answers[("joined", defined)] = True
                return True
            frontier.append(path)
    answers.update((("joined", path), False) for path in seen)  # one component, no user
    return False


def _provider_user(path: Path) -> bool:
    """`_uses_provider` of a project module file, once per run (`project.RUN_ANSWERS`)."""
    key = ("provider", path)
    if key not in project.RUN_ANSWERS:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return True  # cannot be read: may use one
        project.RUN_ANSWERS[key] = _uses_provider(project.module_tree(path), text)
    return project.RUN_ANSWERS[key]


def _hold_tables_changed_for_others(findings: List[Finding], tree: ast.Module,
                                    path: str) -> List[Finding]:
    """A rename that also changes the entries of another top-level dict of the module
    (`GEN_KWARGS = {"temperature": 0}` spread into the calls it reaches) is held where another
    project module reads that dict: its calls would get the changed entries too."""
    tables = [(statement.lineno, statement.end_lineno or statement.lineno,
               statement.targets[0].id) for statement in tree.body
              if isinstance(statement, ast.Assign) and len(statement.targets) == 1
              and isinstance(statement.targets[0], ast.Name)
              and isinstance(statement.value, ast.Dict)]
    if not tables:
        return findings
    held = list(findings)
    me = Path(path).resolve()
    for index, finding in enumerate(findings):
        if finding.code not in ("GM001", "GM002") or finding.fix is None:
            continue
        changed = {name for first, last, name in tables for edit in finding.fix.edits
                   if first <= edit.start_pos.line <= last
                   and not first <= finding.start.line <= last}
        for name in sorted(changed):
            reads = project.reads_elsewhere(me, name)
            if reads is None or reads:
                where = f"{reads[0][0].name}:{reads[0][1].lineno}" if reads else "a module " \
                    "that does not parse"
                held[index] = replace(finding, fix=None, fix_safety=FixSafety.MANUAL,
                                      message=f"{finding.message}{RENAME_HELD}the rename also "
                                              f"changes {name}'s entries, which {where} reads "
                                              f"too: change them there by hand, then rename it")
                break
    return held


def _hold_sizes_asked_for_others(findings: List[Finding], tree: ast.Module,
                                 path: str) -> List[Finding]:
    """The findings, with the embedding renames `size_asked_for_others` finds held back."""
    return _held(findings, lambda finding: size_asked_for_others(finding, tree,
                                                                 Path(path).resolve()))


def _held(findings: List[Finding], problem_of: Callable[[Finding], Optional[str]]
          ) -> List[Finding]:
    """The findings, each made manual where `problem_of` says why its fix must wait."""
    held = list(findings)
    for index, finding in enumerate(findings):
        problem = problem_of(finding)
        if problem:
            held[index] = replace(finding, fix=None, fix_safety=FixSafety.MANUAL,
                                  message=f"{finding.message}{RENAME_HELD}{problem}")
    return held


def size_asked_for_others(finding: Finding, tree: ast.Module, path: Path) -> Optional[str]:
    """Why an embedding rename that adds `dimensions=` to a call inside a module function
    (`embed(texts, engine)`, `Detector._callers_share_size`) breaks another module's calls:
    it judged the function's callers in this module only, and another module that imports
    it may pass models of other sizes. A planner whose call is that one asks too."""
    if finding.code != "GM001" or finding.fix is None:
        return None
    functions = [node for node in tree.body
                 if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
    for edit in finding.fix.edits:
        if not edit.content.startswith(", dimensions="):
            continue
        line = edit.start_pos.line
        function = next((node for node in functions
                         if node.lineno <= line <= (node.end_lineno or node.lineno)), None)
        if function is None or not _model_from_parameter(function, line):
            continue
        importer = next(project.importers(path, function.name), None)
        if importer is not None:
            return (f"{importer[0].name} imports {function.name}(), whose call would ask every "
                    f"model for {edit.content[2:]}: check the models it passes, then rename "
                    f"by hand")
    sizes = [edit.content[2:] for edit in finding.fix.edits
             if edit.content.startswith(", dimensions=")]
    constant = _constant_at(tree, finding.start.line)
    if sizes and constant is not None:
        sent = _sent_elsewhere(path, constant)
        if sent:
            return (f"{sent} sends {constant} to a call of its own, which would get the new "
                    f"model without {sizes[0]}: ask for the size there too, then rename by "
                    f"hand")
    return None


def _constant_at(tree: ast.Module, line: int) -> Optional[str]:
    """The module constant whose literal starts on `line` (`EMBED_MODEL = "..."`)."""
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
                and isinstance(statement.targets[0], ast.Name):
            literal = project.assigned_literal(statement.value)
            if literal is not None and literal.lineno == line:
                return statement.targets[0].id
    return None


def _sent_elsewhere(path: Path, name: str) -> Optional[str]:
    """The first other module that hands the constant `name` of `path` on: as an argument of
    a call (`create(model=NAME)`, `embed(texts, NAME)`) or a dict's value; any module where
    the reads cannot be listed counts."""
    reads = project.reads_elsewhere(path, name)
    if reads is None:
        return "another module"
    for where, read, parents in reads:
        parent = parents.get(id(read))
        if isinstance(parent, ast.keyword) or isinstance(parent, ast.Dict) \
                or (isinstance(parent, ast.Call) and read in parent.args
                    and not (isinstance(parent.func, ast.Name) and parent.func.id == "print")):
            return where.name
    return None


def _model_from_parameter(function: Union[ast.FunctionDef, ast.AsyncFunctionDef],
                          line: int) -> bool:
    """Whether the embeddings call on `line` inside `function` may send a model its
    callers choose: its model (`model=` / `engine=` / `deployment_id=`) reads a name the
    function binds (a parameter, or a local that may come from one), or the call has no such
    keyword to judge by. A model the callers cannot choose (a literal, a module constant) is
    the one this module's rename decides."""
    local = {arg.arg for arg in (*function.args.posonlyargs, *function.args.args,
                                 *function.args.kwonlyargs,
                                 *filter(None, (function.args.vararg, function.args.kwarg)))}
    local |= {node.id for node in ast.walk(function)
              if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load)}
    local |= {node.name for node in ast.walk(function) if node is not function
              and isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda,
                                    ast.ExceptHandler)) and getattr(node, "name", None)}
    calls = sorted((node for node in ast.walk(function) if isinstance(node, ast.Call)
                    and node.lineno <= line <= (node.end_lineno or node.lineno)),
                   key=lambda node: (node.end_lineno or node.lineno) - node.lineno)
    for call in calls:
        if any(keyword.arg is None for keyword in call.keywords):
            return True  # **kwargs may carry the model
        models = [keyword.value for keyword in call.keywords
                  if keyword.arg in ("model", "engine", "deployment_id")]
        if models:
            return any(isinstance(node, ast.Name) and node.id in local
                       for value in models for node in ast.walk(value))
    return True


def _hold_renames_read_elsewhere(findings: List[Finding], tree: ast.Module, text: str,
                                 path: str, table: Table) -> List[Finding]:
    """A module constant renamed (`MODEL = "gpt-5.6-terra"`) that other modules of the project
    read in a way the rename breaks: a call or a request dict that sends it with a parameter
    the new model rejects (`temperature=0.3`, `{"model": MODEL, "max_tokens": n}`), a
    comparison or a lookup by the old name (`if config.MODEL == "gpt-3.5-turbo"`,
    `PRICES[MODEL]`), or a function it is handed to that may do either. Those readers keep
    the old name and arguments, so the constant stays manual and the finding names the read.
    Only inside a run (`project`)."""
    constants = {literal.lineno: statement.targets[0].id for statement in tree.body
                 if isinstance(statement, ast.Assign) and len(statement.targets) == 1
                 and isinstance(statement.targets[0], ast.Name)
                 for literal in [project.assigned_literal(statement.value)] if literal}
    # `CANDIDATES = ["gpt-3.5-turbo", "gpt-4"]`, walked elsewhere (`for model in CANDIDATES`)
    constants.update({item.lineno: statement.targets[0].id for statement in tree.body
                      if isinstance(statement, ast.Assign) and len(statement.targets) == 1
                      and isinstance(statement.targets[0], ast.Name)
                      and isinstance(statement.value, (ast.List, ast.Tuple))
                      for item in statement.value.elts
                      if isinstance(item, ast.Constant) and isinstance(item.value, str)})
    # `class Config: MODEL = "gpt-3.5-turbo"`, read elsewhere as `Config.MODEL`
    # (a dataclass field too, `model: str = os.getenv("MODEL", "gpt-3.5-turbo")`)
    constants.update({literal.lineno: f"{owner.name}.{target.id}"
                      for owner in tree.body if isinstance(owner, ast.ClassDef)
                      for statement in owner.body
                      if isinstance(statement, (ast.Assign, ast.AnnAssign))
                      and statement.value is not None
                      for target in [statement.targets[0] if isinstance(statement, ast.Assign)
                                     and len(statement.targets) == 1 else getattr(
                                         statement, "target", None)]
                      if isinstance(target, ast.Name)
                      for literal in [project.assigned_literal(statement.value)] if literal})
    # `self.chat_model = os.getenv("CHAT_MODEL", "gpt-3.5-turbo")` in a method, read
    # elsewhere as `settings.chat_model`
    constants.update({literal.lineno: f"{owner.name}.{node.targets[0].attr}"
                      for owner in tree.body if isinstance(owner, ast.ClassDef)
                      for method in owner.body
                      if isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef))
                      for node in ast.walk(method)
                      if isinstance(node, ast.Assign) and len(node.targets) == 1
                      and isinstance(node.targets[0], ast.Attribute)
                      for literal in [project.assigned_literal(node.value)] if literal})
    lines = text.splitlines()
    # by position: a dict written on one line holds several models
    tables = {_char_position(lines, value): (statement.targets[0].id, string_value(key))
              for statement in tree.body if isinstance(statement, ast.Assign)
              and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name)
              and isinstance(statement.value, ast.Dict)
              for key, value in zip(statement.value.keys, statement.value.values)
              if key is not None and isinstance(value, ast.Constant)
              and isinstance(value.value, str)}
    held = list(findings)
    for index, finding in enumerate(findings):
        name = constants.get(finding.start.line)
        if finding.code not in ("GM001", "GM002") or finding.fix is None \
                or not finding.replacement:
            continue
        if name is not None:
            problem = constant_rename_blocked(Path(path).resolve(), name, finding.code,
                                              finding.replacement, table)
        elif (finding.start.line, finding.start.column) in tables:
            problem = table_rename_blocked(Path(path).resolve(),
                                           *tables[finding.start.line, finding.start.column],
                                           finding.code, finding.replacement, table)
        else:
            continue
        if problem:
            held[index] = replace(finding, fix=None, fix_safety=FixSafety.MANUAL,
                                  message=f"{finding.message}{RENAME_HELD}{problem}")
    return held


def _hold_renames_importers_compare(findings: List[Finding], path: str) -> List[Finding]:
    """A model renamed here that a module importing this one compares by its old name
    (`self.assertEqual(config.chat_model(), "gpt-3.5-turbo")` in the tests, `if
    llm.model() == "gpt-4":`): what this module hands out would no longer pass that
    comparison, so the rename stays manual and the finding names it."""
    renamed = {finding.model for finding in findings if finding.code in ("GM001", "GM002")
               and finding.fix is not None and finding.model}
    if not renamed:
        return findings
    me = Path(path).resolve()
    compared: Dict[str, str] = {}  # old name -> where an importer compares it
    for other, other_tree in project.importers_spelling(me, renamed):
        ours = _names_from(other, other_tree, me)
        for node in ast.walk(other_tree):
            values = [node.left, *node.comparators] if isinstance(node, ast.Compare) else \
                node.args if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr.startswith("assert") else []
            # the old name compared with a value of this module (`config.chat_model()`, or a
            # name bound to one, `model_name = get_model_name(...)`)
            if not any(isinstance(part, ast.Name) and part.id in ours
                       for value in values for part in ast.walk(value)):
                continue
            for value in values:
                name = string_value(value)
                if name in renamed:
                    compared.setdefault(name, f"{other.name}:{node.lineno}")  # type: ignore
    if not compared:
        return findings
    return [replace(finding, fix=None, fix_safety=FixSafety.MANUAL,
                    message=f"{finding.message}{RENAME_HELD}{compared[finding.model]} compares "
                            f"a value of this module with {finding.model}: renamed here, that "
                            f"comparison fails; rename both together by hand")
            if finding.fix is not None and finding.code in ("GM001", "GM002")
            and finding.model in compared else finding for finding in findings]


def _hold_renames_naming_files(findings: List[Finding], tree: ast.Module,
                               path: str) -> List[Finding]:
    """The findings, with the renames `names_a_file` finds held back."""
    parents: Dict[int, ast.AST] = {}
    return _held(findings, lambda finding: names_a_file(finding, tree, Path(path), parents))


def names_a_file(finding: Finding, tree: ast.Module, path: Path,
                 parents: Optional[Dict[int, ast.AST]] = None) -> Optional[str]:
    """Why a model renamed here breaks a file name: this module builds a name from it
    (`os.path.join("cache", MODEL + ".json")`, `f"preds_{MODEL}.jsonl"`) and the project holds
    a file or folder so named (`cache/text-davinci-003.json`, written by an earlier run).
    Renamed, the program would look for another file and silently lose what that one keeps
    (rt59), so the rename stays manual and names both; the file moves with it, by hand. A
    planner whose call sends that model asks too (a completions model's finding has no fix
    of its own: the call's rewrite would rename it). `parents`: a cache for the tree."""
    if finding.code not in ("GM001", "GM002") or not finding.model \
            or not finding.replacement or RENAME_HELD in finding.message:
        return None
    if parents is None:
        parents = {}
    if not parents:
        parents.update(_parents(tree))
    line = _name_built_from(tree, parents, finding)
    found = project.file_named_after(path, finding.model) if line else None
    if found is None:
        return None
    return (f"line {line} builds a name from it and the project holds {found.name}, named "
            f"after {finding.model}: renamed, the program would look for another file; "
            f"rename the file with it, by hand")


# Calls whose result is a name built from their arguments (a path, a formatted string).
_NAME_BUILDERS = frozenset({"join", "format", "format_map", "Path", "PurePath", "open"})


def _name_built_from(tree: ast.Module, parents: Dict[int, ast.AST],
                     finding: Finding) -> Optional[int]:
    """The line where the finding's literal, or a name bound to it, is part of a string or
    path this module builds (an f-string, `+`, `%`, `/`, `os.path.join`, `.format`), or
    None."""
    literals = [node for node in ast.walk(tree) if isinstance(node, ast.Constant)
                and node.value == finding.model and node.lineno == finding.line]
    names: Set[str] = set()
    for literal in literals:
        statement = parents.get(id(literal))
        if isinstance(statement, ast.Assign):
            names.update(t.id for t in statement.targets if isinstance(t, ast.Name))
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            names.add(statement.target.id)
    reads = literals + [node for node in ast.walk(tree) if isinstance(node, ast.Name)
                        and node.id in names and isinstance(node.ctx, ast.Load)]
    for read in reads:
        node: Optional[ast.AST] = parents.get(id(read))
        while node is not None and not isinstance(node, ast.stmt):
            if isinstance(node, ast.JoinedStr) or (
                    isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod,
                                                                         ast.Div))) or (
                    isinstance(node, ast.Call)
                    and (dotted_name(node.func) or "").split(".")[-1] in _NAME_BUILDERS):
                return read.lineno
            if isinstance(node, ast.Call) and classify_call(dotted_name(node.func) or ""):
                break  # sent to an API: not a name
            node = parents.get(id(node))
    return None


def _hold_renames_compared_in_project(findings: List[Finding], path: str) -> List[Finding]:
    """A model renamed here that another module of the project compares with, or looks up,
    by the old name (`if model == GPT_3_5_TURBO_MODEL:` in ChatGPT-in-Slack's token counter,
    fed by env.py's `DEFAULT_OPENAI_MODEL` through a context dict no scan can follow): a value
    sent from here may reach that comparison and no longer pass it, so the rename stays
    manual and the finding names the place. Both move together, by hand."""
    return _held(findings, lambda finding: compared_in_project(finding, Path(path)))


def compared_in_project(finding: Finding, path: Path) -> Optional[str]:
    """Why a model rename here breaks a comparison or a lookup by the old name in another
    module of the project (`project.compared_elsewhere`), or None. A planner whose call
    sends that model asks too: the call keeps its model, so it stays manual."""
    if finding.fix is None or finding.code not in ("GM001", "GM002") or not finding.model:
        return None
    return model_compared_elsewhere(path, finding.model, target=finding.replacement)


def _sent_with_rejected(path: Path, target: Optional[str], table: Table) -> Optional[str]:
    """Why a data file's model, renamed to `target`, may reach a call of the project that
    sends a parameter `target` rejects or names otherwise (`max_tokens=`, `temperature=0.7`)
    with a model that is not a literal (`model=CONFIG["model"]`, loaded from the file); None
    where no such call exists or `target` has no parameter rules."""
    rule = table.parameter_rule(target) if target else None
    if rule is None or not target:
        return None
    names = frozenset((*rule.renamed, *rule.defaults_only, *rule.unsupported))
    for other, line, passed in project.untraced_senders(path, names):
        verdict = rule.judge(target, passed)
        changed = [*verdict.renamed, *verdict.dropped, *verdict.unsupported]
        if changed:
            how = [*(f"{old}= as {new}=" for old, new in verdict.renamed.items()),
                   *(f"no {name}=" for name in (*verdict.dropped, *verdict.unsupported))]
            return (f"{other.name}:{line} sends a model this scan cannot trace, which may be "
                    f"this one, with {', '.join(name + '=' for name in changed)}, which "
                    f"{target} rejects or names otherwise: send {', '.join(how)} there, then "
                    f"rename the model")
    return None


def hold_data_renames(findings: List[Finding], path: str, table: Table, script: bool = False
                      ) -> List[Finding]:
    """The findings of a data file (YAML, JSON, TOML, INI, .env), with the model renames held
    that a comparison or a lookup by the old name in the project's code would break (openai/
    evals' registry YAML names `gpt-3.5-turbo`, which `is_chat_model` looks up in a set):
    any module may load the file; and, in a data file (not a `script`: JavaScript calls the
    API itself), all of them in a project none of whose Python modules uses an LLM provider
    (a saved leaderboard beside code that only reads it). Only inside a run."""
    if project.RUN_PATHS.get() is None or path.startswith("<"):
        return findings
    users = script or project.uses_provider(Path(path), _SDK_IMPORT_ROOTS, _API_ADDRESSES)

    def problem_of(finding: Finding) -> Optional[str]:
        if finding.fix is None or finding.code not in ("GM001", "GM002") or not finding.model:
            return None
        if not users:
            return ("no Python module of the project uses an LLM SDK or an API's address: the "
                    "file's model names are its own (a record, a label, another tool's "
                    "setting), kept; rename them by hand where something sends them to a "
                    "provider")
        return model_compared_elsewhere(Path(path), finding.model, joined=False,
                                        target=finding.replacement) \
            or _shared_with_table(Path(path), finding.model) \
            or _sent_with_rejected(Path(path), finding.replacement, table)

    return _held(findings, problem_of)


def _shared_with_table(path: Path, model: str) -> Optional[str]:
    """Why `model` in data file `path` names records a table beside it names too (a vote's
    labels and `votes.csv`'s winner column): renamed in one file only, they no longer match."""
    table = project.tabular_sibling_spelling(path, model)
    if table is None:
        return None
    return (f"{table.name} beside it names {model} too: the names label the same records, "
            f"and a rename of this file alone sets them apart; rename both by hand if the "
            f"names are settings")


def model_compared_elsewhere(path: Path, model: str, joined: bool = True,
                             target: Optional[str] = None) -> Optional[str]:
    """Why `model`, renamed in module file `path`, breaks a comparison or a lookup by that
    name in another module of the project (one that runs with it, where `joined`); None if
    none compares it. A planner whose call sends a constant of another module holding
    `model` asks it of that module."""
    place = project.compared_elsewhere(path, model, joined, target)
    if place is None:
        return None
    return (f"{place[0].name}:{place[1]} compares a model with {model} or looks one up by it, "
            f"and a value {'sent' if joined else 'read'} from here may reach it: renamed here "
            f"alone, it no longer matches; rename both together by hand")


def _names_from(importer: Path, tree: ast.Module, defined: Path) -> Set[str]:
    """The names module `importer` binds to module file `defined` or to what it imports
    from it (`import config`, `from app import config`, `from config import chat_model`),
    and the names it assigns from expressions that read one of them."""
    ours: Set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            ours.update(alias.asname or alias.name.split(".")[0] for alias in node.names
                        if project.module_file(importer, alias.name, 0) == defined)
        elif isinstance(node, ast.ImportFrom):
            whole = project.module_file(importer, node.module, node.level) == defined
            ours.update(alias.asname or alias.name for alias in node.names
                        if whole or project.module_file(
                            importer, f"{node.module}.{alias.name}" if node.module
                            else alias.name, node.level) == defined)
    ours.update(target.id for node in ast.walk(tree)
                if isinstance(node, ast.Assign) and any(
                    isinstance(part, ast.Name) and part.id in ours
                    for part in ast.walk(node.value))
                for target in node.targets if isinstance(target, ast.Name))
    return ours


def constant_rename_blocked(defined: Path, name: str, code: str, target: str,
                            table: Table) -> Optional[str]:
    """Why the rename (`code`, to `target`) of the model constant `name` of module file
    `defined` breaks a read of it in another project module, or None: a planner whose call
    sends that constant asks too (the call keeps a dead model where the constant keeps it)."""
    reads = project.reads_elsewhere(defined, name)
    # a class attribute is also read through instances and names (`settings.model`,
    # `self.config.MODEL`): any read of an attribute so named where the module is used, which
    # a call's rewrite does not trace to the constant (`_renamed_elsewhere`)
    stored = project.attribute_reads_elsewhere(defined, name.split(".", 1)[1]) \
        if "." in name and reads is not None else \
        project.settings_reads(defined, name) if reads == [] else []
    if reads is None or stored is None:
        return (f"a module or notebook of the project that imports {name} could not be read "
                f"(it does not parse): check what it does with {name}, then rename it by hand")
    seen = {(other, read.lineno, read.col_offset) for other, read, _ in reads}
    return next(filter(None, [
        *(_breaking_read(code, target, name, other, read, parents, table)
          for other, read, parents in reads),
        *(_breaking_read(code, target, name, other, read, parents, table, stored=True,
                         defined=defined)
          for other, read, parents in stored
          if (other, read.lineno, read.col_offset) not in seen)]), None)


def table_rename_blocked(defined: Path, name: str, key: Optional[str], code: str, target: str,
                         table: Table) -> Optional[str]:
    """Why renaming the model stored under `key` of the module-level dict `name` (`SETTINGS
    = {"model": "gpt-3.5-turbo", "max_tokens": 100}`) breaks a read of it in another project
    module, or None: a read of the model's key is judged as a read of a constant; a read of
    another key does not see the model; the dict read whole (`**SETTINGS`, handed on) may
    send it with anything the dict holds."""
    reads = project.reads_elsewhere(defined, name)
    if reads is None:
        return (f"a module or notebook of the project that imports {name} could not be read "
                f"(it does not parse): check what it does with {name}, then rename it by hand")
    # a module nobody imports (Django's settings.py): read as `settings.NAME` elsewhere, where
    # a call's rewrite cannot see what it holds
    stored = not reads and "." not in name
    if stored:
        reads = project.settings_reads(defined, name)
    rule = table.parameter_rule(target)
    for other, read, parents in reads:
        parent = parents.get(id(read))
        call = parents.get(id(parent))
        if isinstance(parent, ast.Subscript) and parent.value is read \
                and string_value(parent.slice) is not None:
            if key is None or string_value(parent.slice) != key:
                continue
            problem = _breaking_read(code, target, f'{name}["{key}"]', other, parent, parents,
                                     table, stored=stored)
        elif isinstance(parent, (ast.For, ast.AsyncFor, ast.comprehension)) \
                and parent.iter is read:
            continue  # `for task in TASK_MODELS:` walks the keys
        elif isinstance(parent, ast.Subscript) and parent.value is read \
                and isinstance(parent.ctx, ast.Load):
            # `TASK_MODELS[task]`: any entry, this one among them; its call cannot see the
            # new name, so what it sends is judged here
            problem = _breaking_read(code, target, f"{name}[{ast.unparse(parent.slice)}]",
                                     other, parent, parents, table, through_parameter=True)
        elif isinstance(parent, ast.keyword) and parent.arg is None \
                and isinstance(call, ast.Call) and (_v0_chat_call(call) or dotted_name(
                    call.func).endswith(".chat.completions.create")):
            # `openai.ChatCompletion.create(**SETTINGS, temperature=0)`, or the same call
            # already rewritten (`client.chat.completions.create`): what else it sends
            verdict = rule.judge(target, call_arguments(call)) if rule else None
            changed = [*verdict.dropped, *verdict.renamed, *verdict.unsupported] \
                if verdict else []
            problem = (f"{other.name}:{read.lineno} sends **{name} with "
                       f"{', '.join(n + '=' for n in changed)}, which {target} rejects or "
                       f"names otherwise: change them there, then rename it") if changed else None
        else:
            problem = (f"{other.name}:{read.lineno} reads {name} whole, which may send the "
                       f"model with parameters {target} rejects: check it, then rename the "
                       f"model by hand")
        if problem:
            return problem
    return None


def _breaking_read(code: str, target: str, name: str, other: Path, read: ast.expr,
                   parents: Dict[int, ast.AST], table: Table,
                   stored: bool = False, depth: int = 0,
                   defined: Optional[Path] = None,
                   through_parameter: bool = False) -> Optional[str]:
    """Why the read `read` of `name` in module `other` breaks when what it names is renamed
    (`code`, to `target`), or None. `stored`: read back from the attribute it was stored in,
    where the call's rewrite cannot see what it holds, unless that attribute can only be the
    class attribute `name` of module file `defined` (`project.class_binding`).
    `through_parameter`: it reaches `read` as a function's parameter (its default, or a
    caller's argument), which the calls sending that parameter cannot see: their rewrite
    keeps their arguments, so they are judged here."""
    where = f"{other.name}:{read.lineno}"
    rule = table.parameter_rule(target)
    parent = parents.get(id(read))
    arguments: Optional[Dict[str, Any]] = None
    if isinstance(parent, ast.Call) and lookup_default(parent) is read and depth < 4:
        # `params.get("model", DEFAULT_MODEL)`: where the lookup's value goes
        return _breaking_read(code, target, name, other, parent, parents, table, stored,
                              depth + 1, defined)
    option = parents.get(id(parent)) if isinstance(parent, ast.keyword) \
        and parent.arg == "default" else None
    dest = option_dest(option) if isinstance(option, ast.Call) else None
    if dest is not None and depth < 4:
        # `add_argument("--model", default=DEFAULT_MODEL)`: where `args.model` goes
        root: ast.AST = option  # type: ignore[assignment]
        while id(root) in parents:
            root = parents[id(root)]
        reads = [node for node in ast.walk(root) if isinstance(node, ast.Attribute)
                 and node.attr == dest and isinstance(node.ctx, ast.Load)]
        if not reads:  # `args.func(args)`: the parsed options go to code of other modules
            return (f"{where} makes {name} the default of an option (args.{dest}) that this "
                    f"module never reads: the code it hands the parsed options to sends it; "
                    f"check what that code sends with it, then rename it by hand")
        # the calls sending `args.<dest>` cannot see that it defaults to `name` (a parsed
        # option is traced to literals of its own module only): judged here
        return next(filter(None, (
            _breaking_read(code, target, name, other, node, parents, table, stored, depth + 1,
                           through_parameter=True)
            for node in reads)), None)
    if isinstance(parent, ast.keyword) and parent.arg in MODEL_KEYWORDS:
        call = parents.get(id(parent))
        kept = _model_kept_by(call, target) if isinstance(call, ast.Call) else None
        if kept:
            return f"{where} sends {name} to {kept}"
        if isinstance(call, ast.Call):
            target_row = table.get(target)
            if target_row is not None and target_row.api == "messages" \
                    and any(keyword.arg == "prompt" for keyword in call.keywords):
                # Anthropic's Text Completions (`prompt=`): no Messages model is served there
                return (f"{where} sends {name} to Anthropic's Text Completions API, which "
                        f"does not serve {target}: move that call to the Messages API, then "
                        f"rename it")
            if code == "GM001" and _v0_chat_call(call) and not stored and not through_parameter:
                return None  # its rewrite sends what the new model takes (`_renamed_elsewhere`)
            arguments = call_arguments(call)
            verdict = rule.judge(target, arguments) if rule is not None else None
            if code == "GM001" and _v0_chat_call(call) and isinstance(read, ast.Attribute) \
                    and defined is not None and verdict is not None \
                    and not verdict.dropped and not verdict.unsupported \
                    and project.class_binding(other, read.attr) == (defined, name):
                # `model=settings.chat_model, max_tokens=...`: its rewrite sends the names the
                # new model takes (`CallPlan._check_class_attribute_model`)
                return None
    elif isinstance(parent, ast.Assign) and parent.value is read and len(parent.targets) == 1 \
            and isinstance(parent.targets[0], ast.Attribute) \
            and isinstance(parent.targets[0].value, ast.Name):
        # `self.model = model` in a method: what the class's methods do with `self.model`
        owner: Optional[ast.AST] = parent
        while owner is not None and not isinstance(owner, ast.ClassDef):
            owner = parents.get(id(owner))
        if owner is None:
            return None
        attribute, holder = parent.targets[0].attr, parent.targets[0].value.id
        return next(filter(None, (
            _breaking_read(code, target, name, other, node, parents, table, stored=True)
            for node in ast.walk(owner) if isinstance(node, ast.Attribute)
            and node.attr == attribute and isinstance(node.ctx, ast.Load)
            and isinstance(node.value, ast.Name) and node.value.id == holder)), None)
    elif isinstance(parent, (ast.Tuple, ast.List, ast.Set)) and depth < 4 and isinstance(
            parents.get(id(parent)), (ast.For, ast.AsyncFor, ast.comprehension)) \
            and parents[id(parent)].iter is parent:  # type: ignore[attr-defined]
        # `for model in (DEFAULT_CHAT, DEFAULT_COMPLETION):` walks it with the others
        return _breaking_read(code, target, name, other, parent, parents, table, stored,
                              depth + 1, through_parameter=through_parameter)
    elif isinstance(parent, (ast.For, ast.AsyncFor, ast.comprehension)) \
            and parent.iter is read and depth < 4:
        # `for model in CANDIDATES:`: what the loop does with each item
        if not isinstance(parent.target, ast.Name):
            return (f"{where} unpacks the items of {name}: check what it does with them, "
                    f"then rename it by hand")
        scope = parents.get(id(parent)) if isinstance(parent, ast.comprehension) else parent
        return next(filter(None, (
            _breaking_read(code, target, name, other, node, parents, table, stored,
                           depth + 1, through_parameter=through_parameter)
            for node in ast.walk(scope) if isinstance(node, ast.Name)  # type: ignore[arg-type]
            and node.id == parent.target.id and isinstance(node.ctx, ast.Load))), None)
    elif isinstance(parent, (ast.Assign, ast.AnnAssign)) and parent.value is read \
            and isinstance(parents.get(id(parent)), ast.ClassDef) and depth < 4:
        # `chat_model: str = CHAT_MODEL` in a (data)class body: read through its instances
        # (`self.config.chat_model`) where the module and its importers use them
        owner = parents[id(parent)]
        targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
        for attribute in (target.id for target in targets if isinstance(target, ast.Name)):
            elsewhere = project.attribute_reads_elsewhere(other, attribute)
            if elsewhere is None:
                return (f"a module that uses {owner.name}.{attribute} ({other.name}) could not "
                        f"be read: check what it sends with it, then rename it by hand")
            root: ast.AST = read  # the tree `parents` maps: this module's reads too
            while id(root) in parents:
                root = parents[id(root)]
            own = [(other, node, parents) for node in ast.walk(root) if isinstance(
                node, ast.Attribute) and node.attr == attribute and isinstance(
                    node.ctx, ast.Load)]
            problem = next(filter(None, (
                _breaking_read(code, target, f"{owner.name}.{attribute}", path, node,
                               node_parents, table, stored=True, depth=depth + 1)
                for path, node, node_parents in [*own, *elsewhere])), None)
            if problem:
                return problem
        return None
    elif isinstance(parent, ast.Dict) and any(
            value is read and key is not None and isinstance(key, ast.Constant)
            and key.value in MODEL_KEYWORDS for key, value in zip(parent.keys, parent.values)):
        arguments = dict_arguments(parent)  # `{"model": MODEL, "temperature": 0}`
    elif isinstance(parent, ast.Compare) or (isinstance(parent, ast.Subscript)
                                             and parent.slice is read):
        return (f"{where} compares or looks up {name} by the old name: rename it there "
                f"too, then rename it here")
    elif isinstance(parent, ast.Call) and read in parent.args and not shows_argument(parent):
        # `openai.Audio.translate(WHISPER_MODEL, f)`: 0.x's audio methods took the model first
        kept = _model_kept_by(parent, target) if parent.args[0] is read else None
        if kept:
            return f"{where} sends {name} to {kept}"
        method = _own_method(parent, parents)
        if method is not None and depth < 4:
            # `self._call(self.fallback, prompt)`: what that method does with its parameter
            positional = [*method.args.posonlyargs, *method.args.args][
                0 if isinstance(parent.func, ast.Name) else 1:]
            index = parent.args.index(read)
            if index < len(positional) and not any(
                    isinstance(item, ast.Starred) for item in parent.args[:index + 1]):
                parameter = positional[index].arg
                return next(filter(None, (
                    _breaking_read(code, target, name, other, node, parents, table, stored,
                                   depth + 1, through_parameter=through_parameter
                                   or isinstance(parent.func, ast.Name))
                    for node in ast.walk(method) if isinstance(node, ast.Name)
                    and node.id == parameter and isinstance(node.ctx, ast.Load))), None)
        return (f"{where} hands {name} to {ast.unparse(parent.func)}(), which may compare it "
                f"or look it up (a price, a tokenizer): check it, then rename it by hand")
    elif isinstance(parent, ast.arguments):
        # `def generate(prompt, model=DEFAULT_MODEL)`: what the function does with it
        function = parents.get(id(parent))
        parameter = defaulted_parameter(parent, read)
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) and parameter:
            # (a call sending the parameter cannot see the default's new name: judged here,
            # unless no caller ever passes it: the call then takes the default as its model)
            sole = isinstance(parents.get(id(function)), ast.Module) \
                and project.default_only(other, function.name, parameter)
            return next(filter(None, (
                _breaking_read(code, target, name, other, node, parents, table, stored,
                               depth + 1, through_parameter=not sole)
                for node in ast.walk(function) if isinstance(node, ast.Name)
                and node.id == parameter and isinstance(node.ctx, ast.Load))), None)
    if arguments is None or rule is None:
        return None
    verdict = rule.judge(target, arguments)
    changed = [*verdict.dropped, *verdict.renamed, *verdict.unsupported]
    if not changed:
        return None
    return (f"{where} sends {name} with {', '.join(n + '=' for n in changed)}, which {target} "
            f"rejects or names otherwise: change them there, then rename it")


def _model_kept_by(call: ast.Call, target: str) -> Optional[str]:
    """What keeps the model a call sends (the same judgement as `Detector.
    _keep_models_in_place`, for a model another module holds): a fine-tuning job's base (its
    successor need not be fine-tunable), a translation (only whisper-1 serves it), a
    transcription in a format the successor is not known to answer."""
    name = dotted_name(call.func)
    if name.endswith(("FineTuningJob.create", "FineTuningJob.acreate", "FineTune.create",
                      "FineTune.acreate", "fine_tuning.jobs.create")):
        return (f"a fine-tuning job as its base model, and {target} is not known to be "
                f"fine-tunable (choose a model fine-tuning supports)")
    if name.endswith(("Audio.translate", "Audio.atranslate", "audio.translations.create")):
        return (f"the translations endpoint, which {target} does not serve (move to the "
                f"realtime translations API)")
    fmt = next((k.value for k in call.keywords if k.arg == "response_format"), None)
    if name.endswith(("Audio.transcribe", "Audio.atranscribe", "audio.transcriptions.create")) \
            and fmt is not None and string_value(fmt) not in ("json", "text"):
        return f"a transcription in a response_format {target} is not known to answer"
    return None


def _hold_renames_callees_look_up(findings: List[Finding], tree: ast.Module, text: str,
                                  path: str, table: Table) -> List[Finding]:
    """A model literal passed to a function of another project module (`utils.create(
    model="gpt-3.5-turbo")`, `from utils import create`) whose parameter that function
    compares, looks up or hands on (`if model == "gpt-3.5-turbo":` picking the endpoint): the
    rename would change what the function does, so it stays manual and names the read. Only
    inside a run (`project`)."""
    lines = text.splitlines()
    passed: Dict[Tuple[int, int], List[_Site]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for position, arg in enumerate(node.args):
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                passed.setdefault(_char_position(lines, arg), []).append((node, None, position))
        for keyword in node.keywords:
            if keyword.arg and isinstance(keyword.value, ast.Constant):
                passed.setdefault(_char_position(lines, keyword.value), []).append(
                    (node, keyword.arg, -1))
        for value in _option_values(node):  # `choices=("gpt-3.5-turbo", "gpt-4")`
            passed.setdefault(_char_position(lines, value), []).extend(
                _option_sites(tree, node))
    for default, site in _defaults_handed_on(tree):
        passed.setdefault(_char_position(lines, default), []).append(site)
    if not passed:
        return findings
    imports = _imported_names(tree)
    me = Path(path).resolve()

    def problem_of(finding: Finding) -> Optional[str]:
        if finding.code not in ("GM001", "GM002") or finding.fix is None:
            return None
        sites = passed.get((finding.start.line, finding.start.column), [])
        return next(filter(None, (_callee_breaks(me, site, imports, finding, table)
                                  or _offline_callee(me, site, imports)
                                  for site in sites)), None)

    return _held(findings, problem_of)


def _defaults_handed_on(tree: ast.Module) -> List[Tuple[ast.Constant, _Site]]:
    """A parameter's literal default that its function hands on by name to another call
    (`def create_agent(task, model="gpt-3.5-turbo"): return generate(..., model=model)`),
    with that call's site: the callee sends it as a caller's literal would be sent. Only
    parameters the function never rebinds."""
    found: List[Tuple[ast.Constant, _Site]] = []
    for function in ast.walk(tree):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        rebound = {node.id for node in ast.walk(function)
                   if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load)}
        for node in ast.walk(function):
            if not isinstance(node, ast.Call):
                continue
            named = [(arg, None, position) for position, arg in enumerate(node.args)]
            named += [(keyword.value, keyword.arg, -1) for keyword in node.keywords
                      if keyword.arg]
            for value, keyword, position in named:
                if not isinstance(value, ast.Name) or value.id in rebound:
                    continue
                default = parameter_default(function.args, value.id)
                if isinstance(default, ast.Constant) and isinstance(default.value, str):
                    found.append((default, (node, keyword, position)))
    return found


def _offline_callee(me: Path, site: _Site, imports: Dict[str, Tuple[Optional[str], int,
                                                                       Optional[str]]]
                    ) -> Optional[str]:
    """Why a model keyword given to a stand-in of another project module with the SDK's call
    shape (`botkit.ChatCompletion.create(model=...)`) is its own: neither its module nor any
    module that module imports uses an LLM SDK or names an API's address, and the call hands
    it no object of one."""
    call, keyword, _ = site
    parts = dotted_name(call.func).split(".")
    if keyword not in MODEL_KEYWORDS or len(parts) < 2 or parts[-1] not in ("create", "acreate") \
            or parts[-2] not in _V0_RESOURCES:
        return None  # only the SDK's call shape (a settings class's field flows back out)
    found = _callee_function(me, call, imports)
    if found is None or _reaches_provider(found[0]):
        return None
    if any(isinstance(node, ast.Name) and node.id in ("openai", "client", "llm_client")
           for argument in (*call.args, *(k.value for k in call.keywords))
           for node in ast.walk(argument)):
        return None
    return (f"{ast.unparse(call.func)}() is the project's own ({found[0].name}), which neither "
            f"uses an LLM SDK nor imports a module that does: the model it is given is its "
            f"own (a stand-in, a label); rename it by hand where it reaches a provider")


# openai<1's resources whose call shape a stand-in copies (`botkit.ChatCompletion.create`).
_V0_RESOURCES = frozenset({"ChatCompletion", "Completion", "Embedding", "Edit", "Moderation",
                           "Image", "Audio"})


def _reaches_provider(module: Path) -> bool:
    """Whether project module file `module`, or a project module it imports (directly or
    through others), uses an LLM SDK or names an API's address."""
    seen, frontier = {module}, [module]
    while frontier:
        current = frontier.pop()
        if _provider_user(current):
            return True
        for imported in project.imported_modules(current):
            if imported not in seen:
                seen.add(imported)
                frontier.append(imported)
    return False


# A call handing a value on: the call, the keyword or None, the position (-1 for a keyword).
_Site = Tuple[ast.Call, Optional[str], int]


def _callee_breaks(me: Path, site: _Site, imports: Dict[str, Tuple[Optional[str], int,
                                                                      Optional[str]]],
                   finding: Finding, table: Table) -> Optional[str]:
    """Why the renamed model of `finding`, handed on at `site` to a function of another
    project module, breaks what that function does with its parameter; None if nothing."""
    call, keyword, position = site
    found = _callee_parameter(me, call, keyword, position, imports)
    if found is None and keyword in MODEL_KEYWORDS:
        # `chat2(model="gpt-4")` into `def chat2(**kwargs)`: where the keywords go
        function = _callee_function(me, call, imports)
        if function is not None and not isinstance(function[2], ast.ClassDef) \
                and function[2].args.kwarg is not None:
            defined, tree, callee, _ = function
            return _kwargs_problem(finding.replacement or "", defined, callee, _parents(tree),
                                   table, {k: v for k, v in call_arguments(call).items()
                                           if k not in MODEL_KEYWORDS}, caller=call)
    if found is None:
        return None
    other, parameter, reads = found
    # a parameter whose default is a shut-down model of the callee's module: that
    # default's own fix makes the call send what the new model takes, unless the call sends
    # a parameter the new model rejects at any value (then that default is held too)
    adapted = any(_shut_down_default(read, parameter, parents, table)
                  and not _sends_unsupported(read, parents, finding.replacement or "", table)
                  for read, parents in reads[:1])
    return next(filter(None, (_breaking_read(finding.code, finding.replacement or "",
                                             parameter, other, read, parents, table,
                                             through_parameter=not adapted)
                              for read, parents in reads)), None)


def _option_values(call: ast.Call) -> List[ast.Constant]:
    """The literal values a command-line option may take (`add_argument("--model",
    choices=("gpt-3.5-turbo", "gpt-4"))`): its choices."""
    if option_dest(call) is None:
        return []
    return [item for keyword in call.keywords if keyword.arg == "choices"
            and isinstance(keyword.value, (ast.Tuple, ast.List, ast.Set))
            for item in keyword.value.elts
            if isinstance(item, ast.Constant) and isinstance(item.value, str)]


def _option_sites(tree: ast.Module, option: ast.Call) -> List[_Site]:
    """Where module `tree` hands option `option`'s parsed value on (`ask(q, model=args.model)`)."""
    dest = option_dest(option)
    sites: List[_Site] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            sites.extend((node, None, position) for position, arg in enumerate(node.args)
                         if _reads_dest(arg, dest))
            sites.extend((node, keyword.arg, -1) for keyword in node.keywords
                         if keyword.arg and _reads_dest(keyword.value, dest))
    return sites


def _reads_dest(node: ast.expr, dest: Optional[str]) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == dest \
        and isinstance(node.ctx, ast.Load) and isinstance(node.value, ast.Name)


def _hold_command_line_values(findings: List[Finding], tree: ast.Module, text: str,
                              path: str, table: Table) -> List[Finding]:
    """A model in a command line a module writes (`run(["--model", "gpt-4", question])`):
    the project module whose parser defines that option (`cli.py`'s `add_argument("--model",
    choices=...)`) decides what the value becomes; where that module hands it to a function
    that the new name breaks, the argv literal is held as its choice is."""
    lines = text.splitlines()
    values: Dict[Tuple[int, int], str] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.List, ast.Tuple)):
            for flag, value in zip(node.elts, node.elts[1:]):
                if isinstance(flag, ast.Constant) and isinstance(flag.value, str) \
                        and flag.value.startswith("-") and isinstance(value, ast.Constant) \
                        and isinstance(value.value, str):
                    values[_char_position(lines, value)] = flag.value
    if not values:
        return findings
    me = Path(path).resolve()

    def problem_of(finding: Finding) -> Optional[str]:
        flag = values.get((finding.start.line, finding.start.column))
        if flag is None or finding.code not in ("GM001", "GM002") or finding.fix is None:
            return None
        for parser, parser_tree, option in project.option_definitions(me, flag):
            imports = _imported_names(parser_tree)
            problem = next(filter(None, (
                _callee_breaks(parser, site, imports, finding, table)
                for site in _option_sites(parser_tree, option))), None)
            if problem:
                return (f"it is a value of {flag}, which {parser.name}:{option.lineno} "
                        f"parses and hands on: {problem}")
        return None

    return _held(findings, problem_of)


def _char_position(lines: List[str], node: ast.expr) -> Tuple[int, int]:
    """A node's (line, 1-based character column): ast counts UTF-8 bytes."""
    line = lines[node.lineno - 1] if node.lineno - 1 < len(lines) else ""
    return node.lineno, len(line.encode("utf-8")[:node.col_offset].decode("utf-8", "replace")) + 1


def _imported_names(tree: ast.Module) -> Dict[str, Tuple[Optional[str], int, Optional[str]]]:
    """Top-level imports: bound name -> (module, level, name imported from it or None for the
    module itself)."""
    names: Dict[str, Tuple[Optional[str], int, Optional[str]]] = {}
    for statement in tree.body:
        if isinstance(statement, ast.ImportFrom):
            for alias in statement.names:
                names[alias.asname or alias.name] = (statement.module, statement.level,
                                                     alias.name)
        elif isinstance(statement, ast.Import):
            for alias in statement.names:
                if alias.asname or "." not in alias.name:
                    names[alias.asname or alias.name] = (alias.name, 0, None)
    return names


def _callee_parameter(me: Path, call: ast.Call, keyword: Optional[str], position: int,
                      imports: Dict[str, Tuple[Optional[str], int, Optional[str]]]
                      ) -> Optional[Tuple[Path, str, List[Tuple[ast.expr, Dict[int, ast.AST]]]]]:
    """The project module, parameter and reads of that parameter (with their parents) of the
    function of another module that `call` calls, when it is one."""
    found = _callee_function(me, call, imports)
    if found is None:
        return None
    defined, tree, function, skipped = found
    if isinstance(function, ast.ClassDef):  # `Settings(chat_model=...)` of a dataclass: its field
        return _field_reads(defined, tree, function, keyword, position)
    positional = [*function.args.posonlyargs, *function.args.args][skipped:]
    if keyword is not None:
        parameter = keyword if keyword in {a.arg for a in (*positional,
                                                            *function.args.kwonlyargs)} else None
    else:
        parameter = positional[position].arg if position < len(positional) else None
    if parameter is None:
        return None
    parents = _parents(tree)  # the module's: a stored parameter is read by its class
    reads = [(node, parents) for node in ast.walk(function) if isinstance(node, ast.Name)
             and node.id == parameter and isinstance(node.ctx, ast.Load)]
    return defined, parameter, reads


def _callee_function(me: Path, call: ast.Call,
                     imports: Dict[str, Tuple[Optional[str], int, Optional[str]]]
                     ) -> Optional[Tuple[Path, ast.Module, Union[ast.FunctionDef,
                                                                   ast.AsyncFunctionDef,
                                                                   ast.ClassDef], int]]:
    """The module file and tree of the function of another project module that `call` calls
    (a class: its `__init__`, or the class itself where it has none), and how many leading
    parameters the call does not fill (`self`)."""
    func = call.func
    if isinstance(func, ast.Name) and func.id in imports and imports[func.id][2] is not None:
        module, level, name = imports[func.id]
        defined = project.module_file(me, module, level)
        if defined is None:  # `from package import module` then module.f(): not this shape
            return None
    elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
            and func.value.id in imports:
        module, level, imported = imports[func.value.id]
        if imported is not None:
            module = f"{module}.{imported}" if module else imported
        defined, name = project.module_file(me, module, level), func.attr
    elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Attribute) \
            and isinstance(func.value.value, ast.Name) and func.value.value.id in imports:
        # `botkit.ChatCompletion.create(...)`: a class of a project module (or one its
        # package re-exports), then its method
        module, level, imported = imports[func.value.value.id]
        if imported is not None:
            module = f"{module}.{imported}" if module else imported
        package = project.module_file(me, module, level)
        found = _class_of(package, func.value.attr) if package is not None else None
        if found is None:
            return None
        holder, tree, cls = found
        method = next((node for node in cls.body if isinstance(
            node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == func.attr), None)
        if method is None:
            return None
        plain = any(dotted_name(item) in ("classmethod", "staticmethod")
                    for item in method.decorator_list)
        return holder, tree, method, 1 if plain or method.args.args else 0
    else:
        return None
    if defined is None or defined == me:
        return None
    tree = project.module_tree(defined)
    if tree is None:
        return None
    function = next((node for node in tree.body if isinstance(
        node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == name), None)
    if isinstance(function, ast.ClassDef):  # `ChatBot(model=...)`: its __init__, after self
        init = next((node for node in function.body if isinstance(node, ast.FunctionDef)
                     and node.name == "__init__"), None)
        return (defined, tree, init, 1) if init is not None else (defined, tree, function, 0)
    return (defined, tree, function, 0) if function is not None else None


def _class_of(module: Path, name: str, depth: int = 0
              ) -> Optional[Tuple[Path, ast.Module, ast.ClassDef]]:
    """The class `name` of project module file `module`, defined there or imported into it
    from another project module (a package's `from .completion import ChatCompletion`)."""
    tree = project.module_tree(module)
    if tree is None or depth > 2:
        return None
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == name:
            return module, tree, node
        if isinstance(node, ast.ImportFrom):
            alias = next((a for a in node.names if (a.asname or a.name) == name), None)
            source = project.module_file(module, node.module, node.level) \
                if alias is not None else None
            if source is not None and alias is not None:
                return _class_of(source, alias.name, depth + 1)
    return None


def _parents(tree: ast.Module) -> Dict[int, ast.AST]:
    return {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _kwargs_problem(target: str, defined: Path, function: Union[ast.FunctionDef,
                                                                 ast.AsyncFunctionDef],
                    parents: Dict[int, ast.AST], table: Table, added: Dict[str, Any],
                    caller: Optional[ast.Call] = None, depth: int = 0) -> Optional[str]:
    """Why a model handed to `function` (of module file `defined`) through its `**kwargs`
    breaks where those keywords go, with the keywords `added` on the way: an SDK call that
    then sends a parameter `target` rejects (`chat(max_tokens=6, **kwargs)` into
    `create(**kwargs)`), or a use this scan does not follow. None where every use is an
    openai<1 chat or completion call sending only what `target` takes (its rewrite moves it),
    also one the `caller` passes in as a function (`with_retries(openai.ChatCompletion.create,
    model=...)`), or a lookup (`kwargs.get("model")`, logged)."""
    rule = table.parameter_rule(target)
    kwarg = function.args.kwarg.arg if function.args.kwarg is not None else None
    reads = [node for node in ast.walk(function) if isinstance(node, ast.Name)
             and node.id == kwarg and isinstance(node.ctx, ast.Load)]
    added = dict(added)
    spreads: List[Tuple[ast.Name, ast.keyword, Dict[str, Any]]] = []
    for read in reads:
        holder = parents.get(id(read))
        unfollowed = (f"{function.name}() ({defined.name}) takes it in **{kwarg}, which "
                      f"{defined.name}:{read.lineno} uses in a way this scan does not "
                      f"follow: check that what it sends there is taken by {target}, then "
                      f"rename it by hand")
        if isinstance(holder, ast.keyword) and holder.arg is None:
            spreads.append((read, holder, {}))
        elif isinstance(holder, ast.Dict) and any(
                key is None and value is read for key, value in zip(holder.keys, holder.values)):
            outer = parents.get(id(holder))  # `**{"max_tokens": 6, **kwargs}`
            if not (isinstance(outer, ast.keyword) and outer.arg is None):
                return unfollowed
            spreads.append((read, outer, dict_arguments(holder)))
        elif isinstance(holder, ast.Subscript) and holder.value is read \
                and isinstance(holder.ctx, ast.Store) and string_value(holder.slice):
            added[string_value(holder.slice) or ""] = None  # `kwargs["max_tokens"] = n`
        elif isinstance(holder, ast.Attribute) and holder.value is read \
                and holder.attr == "setdefault":
            lookup = parents.get(id(holder))
            key = string_value(lookup.args[0]) if isinstance(lookup, ast.Call) \
                and lookup.args else None
            if key is None:
                return unfollowed
            added[key] = None
        elif not ((isinstance(holder, ast.Attribute) and holder.value is read
                   and holder.attr in ("get", "pop", "keys", "items", "values"))
                  or (isinstance(holder, ast.Subscript) and holder.value is read)
                  or (isinstance(holder, ast.Compare) and holder.left is not read)):
            return unfollowed  # `kwargs.update(...)`, handed on whole ...
        else:
            lookup = parents.get(id(holder)) if isinstance(holder, ast.Attribute) else holder
            if isinstance(parents.get(id(lookup)), ast.Compare):
                return unfollowed  # `kwargs.get("model") == "gpt-4"`
    for read, spread, extra in spreads:
        call = parents.get(id(spread))
        where = f"{defined.name}:{read.lineno}"
        if not isinstance(call, ast.Call):  # `class Handler(Base, **kwargs)`
            return (f"{function.name}() ({defined.name}) hands **{kwarg} on at {where}, "
                    f"which this scan does not follow: rename it by hand")
        arguments = {**added, **extra, **call_arguments(call)}
        sdk = call if _v0_chat_call(call) or _v1_chat_call(call) \
            else _passed_function(call, function, caller)
        if sdk is not None:
            verdict = rule.judge(target, arguments) if rule is not None else None
            changed = [*verdict.dropped, *verdict.renamed, *verdict.unsupported] \
                if verdict is not None else []
            if changed:
                return (f"{where} sends it through {function.name}()'s **{kwarg} with "
                        f"{', '.join(name + '=' for name in changed)}, which {target} rejects "
                        f"or names otherwise: change them there, then rename it")
            continue
        inner = _own_method(call, parents)
        if inner is not None and inner.args.kwarg is not None and depth < 3 and not any(
                a.arg in MODEL_KEYWORDS for a in (*inner.args.args, *inner.args.kwonlyargs)):
            problem = _kwargs_problem(target, defined, inner, parents, table, arguments,
                                      depth=depth + 1)
            if problem:
                return problem
            continue
        return (f"{function.name}() ({defined.name}) hands it on through **{kwarg} to "
                f"{ast.unparse(call.func)}() ({where}), which this scan does not follow: check "
                f"that what reaches the API there is taken by {target}, then rename it by hand")
    return None


def _v1_chat_call(call: ast.Call) -> bool:
    """`client.chat.completions.create(...)`: a chat call already on a client (this run's fix
    of another module may have written it)."""
    return dotted_name(call.func).endswith((".chat.completions.create",
                                            ".chat.completions.acreate"))


def _passed_function(call: ast.Call, function: Union[ast.FunctionDef, ast.AsyncFunctionDef],
                     caller: Optional[ast.Call]) -> Optional[ast.expr]:
    """The chat or completion method `caller` passes to `function` as the parameter `call`
    calls (`fn(*args, **kwargs)` in `with_retries(fn, ...)`), if it is one: openai<1's, a
    client's, or a lambda calling a client's (how this run rewrites openai<1's)."""
    if caller is None or not isinstance(call.func, ast.Name):
        return None
    positional = [*function.args.posonlyargs, *function.args.args]
    names = [parameter.arg for parameter in positional]
    if call.func.id not in names:
        return None
    index = names.index(call.func.id)
    given = caller.args[index] if index < len(caller.args) and not any(
        isinstance(arg, ast.Starred) for arg in caller.args[:index + 1]) else next(
        (k.value for k in caller.keywords if k.arg == call.func.id), None)
    if isinstance(given, ast.Lambda):  # this run's fix of the caller's module wrote it
        return next((node for node in ast.walk(given.body) if isinstance(node, ast.Call)
                     and _v1_chat_call(node)), None)
    if given is None:
        return None
    legacy = classify_call(dotted_name(given))
    return given if legacy is not None and legacy.sdk == "v0" \
        and legacy.resource in ("ChatCompletion", "Completion") \
        and legacy.method in ("create", "acreate") \
        or dotted_name(given).endswith(".chat.completions.create") else None


def _field_reads(defined: Path, tree: ast.Module, cls: ast.ClassDef, keyword: Optional[str],
                 position: int) -> Optional[Tuple[Path, str, List[Tuple[ast.expr,
                                                                     Dict[int, ast.AST]]]]]:
    """For a call of a dataclass of module file `defined` (`Settings(chat_model="gpt-4")`):
    the field the argument sets and its reads in the class's own methods (`self.chat_model`
    in `__post_init__`), with their parents."""
    if not any(dotted_name(item.func if isinstance(item, ast.Call) else item).split(".")[-1]
               == "dataclass" for item in cls.decorator_list):
        return None
    fields = [statement.target.id for statement in cls.body
              if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)]
    field = keyword if keyword in fields else (
        fields[position] if keyword is None and 0 <= position < len(fields) else None)
    if field is None:
        return None
    parents = _parents(tree)
    reads = [(node, parents) for node in ast.walk(cls) if isinstance(node, ast.Attribute)
             and node.attr == field and isinstance(node.ctx, ast.Load)
             and isinstance(node.value, ast.Name) and node.value.id == "self"]
    return defined, field, reads


def _sends_unsupported(read: ast.expr, parents: Dict[int, ast.AST], target: str,
                       table: Table) -> bool:
    """Whether the call that sends `read` as its model keyword also passes a parameter
    `target` rejects at any value (`stop=stop` to a reasoning model)."""
    keyword = parents.get(id(read))
    call = parents.get(id(keyword)) if isinstance(keyword, ast.keyword) else None
    rule = table.parameter_rule(target) if target else None
    if not isinstance(call, ast.Call) or rule is None:
        return False
    return bool(rule.judge(target, call_arguments(call)).unsupported)


def _shut_down_default(read: ast.expr, parameter: str, parents: Dict[int, ast.AST],
                       table: Table) -> bool:
    """Whether `parameter`, read at `read` in its function, defaults to a literal the table
    knows as no longer current (`def call_chat(prompt, model="gpt-3.5-turbo")`)."""
    function: Optional[ast.AST] = read
    while function is not None and not isinstance(function, (ast.FunctionDef,
                                                              ast.AsyncFunctionDef)):
        function = parents.get(id(function))
    default = parameter_default(function.args, parameter) \
        if function is not None else None  # type: ignore[attr-defined]
    row = table.get(default.value) if isinstance(default, ast.Constant) \
        and isinstance(default.value, str) else None
    return row is not None and not row.current


def _own_method(call: ast.Call, parents: Dict[int, ast.AST]
                ) -> Optional[Union[ast.FunctionDef, ast.AsyncFunctionDef]]:
    """The method of the enclosing class that `call` calls on the instance (`self._call(...)`
    inside a method whose first parameter is `self`), when the class defines it; or the
    module's own function `call` calls by its name (`ask(model, q)`)."""
    func = call.func
    function: Optional[ast.AST] = parents.get(id(call))
    while function is not None and not isinstance(function, (ast.FunctionDef,
                                                              ast.AsyncFunctionDef)):
        function = parents.get(id(function))
    owner = parents.get(id(function)) if function is not None else None
    if isinstance(func, ast.Name):  # `ask(model, q)`: a plain function of the module
        root: Optional[ast.AST] = call
        while root is not None and not isinstance(root, ast.Module):
            root = parents.get(id(root))
        found = [node for node in getattr(root, "body", [])
                 if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                 and node.name == func.id]
        return found[0] if len(found) == 1 and not found[0].decorator_list \
            and not found[0].args.posonlyargs else None
    if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
            and isinstance(owner, ast.ClassDef) and function.args.args  # type: ignore[union-attr]
            and func.value.id == function.args.args[0].arg):  # type: ignore[union-attr]
        return None
    return next((node for node in owner.body
                 if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                 and node.name == func.attr and not node.decorator_list), None)


def _v0_chat_call(call: ast.Call) -> bool:
    """`openai.ChatCompletion.create(...)` or `openai.Completion.create(...)` (`acreate`),
    spelled so: their rewrites send what the model they get takes."""
    legacy = classify_call(dotted_name(call.func))
    return legacy is not None and legacy.sdk == "v0" \
        and legacy.resource in ("ChatCompletion", "Completion") \
        and legacy.method in ("create", "acreate")
