"""Files other than Python: configuration (.env, YAML, JSON, TOML, INI) and JavaScript/TypeScript.

One reader per format (a module of this package) turns a file into what detection needs: its
string values with their exact spans and the keys that name them, its comments (for
suppressions) and, for scripts, the findings of its own API rules. Model findings are made
from the values by `base.document_findings`, fixes are edits of the value's characters only,
and the engine applies them as it does for Python. The engine picks a reader by file name
(`reader_for`); each reader module, and the parser it wraps (PyYAML, tree-sitter), is imported
only when a file of its format has passed the prefilter.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from gptmigrate.formats.base import (Document, FormatError, document_findings, records_a_run,
                                     records_metrics)
from gptmigrate.matching import DetectOptions
from gptmigrate.prefilter import BARE, QUOTED, SCRIPT
from gptmigrate.types import Finding


@dataclass(frozen=True)
class Reader:
    """A file format: its name, the module that reads it (with `read(text)` and `check(text)`,
    and `api_findings` for formats with API rules), the grammar variant of that module (the
    JavaScript module reads TypeScript and TSX too) and how its values start (the prefilter's
    dialect)."""

    name: str
    module: str
    dialect: str
    variant: str = ""

    def _module(self) -> Any:
        return importlib.import_module(f"gptmigrate.formats.{self.module}")

    def read(self, text: str) -> Document:
        """The document (raises FormatError if the text cannot be read at all)."""
        module = self._module()
        return module.read(text, self.variant) if self.variant else module.read(text)

    def _load(self, text: str) -> Any:
        """The data of a JSON, YAML or TOML text (raises where it does not parse)."""
        if self is JSON:
            import json

            return json.loads(text)
        if self is TOML:
            from gptmigrate.formats.toml import tomllib

            return tomllib.loads(text)
        import yaml

        return yaml.safe_load(text)

    def check(self, text: str) -> Optional[str]:
        """The format's own parser's verdict on a whole text: None if it parses."""
        module = self._module()
        return module.check(text, self.variant) if self.variant else module.check(text)

    def findings(self, text: str, options: DetectOptions, path: str = "<string>"
                 ) -> Tuple[List[Finding], Document]:
        """The findings of a text (models, then API uses) and the document they come from;
        a data file at `path` that records a run (`base.records_a_run`) keeps its names."""
        document = self.read(text)
        recorded = self in _RECORDS and (_recorded(path) or records_metrics(text, self._load))
        found = document_findings(document, text, options, recorded, sections=self in (INI, TOML))
        if document.calls:
            found += self._module().api_findings(document.calls, text, options)
        found.sort(key=lambda f: (f.start.line, f.start.column, f.code))
        return found, document


DOTENV = Reader(".env", "dotenv", BARE)
YAML = Reader("YAML", "yaml", BARE)
JSON = Reader("JSON", "json", QUOTED)
TOML = Reader("TOML", "toml", QUOTED)
INI = Reader("INI", "ini", BARE)
JAVASCRIPT = Reader("JavaScript", "javascript", SCRIPT, "javascript")
TYPESCRIPT = Reader("TypeScript", "javascript", SCRIPT, "typescript")
TSX = Reader("TSX", "javascript", SCRIPT, "tsx")

_RECORDS = (YAML, JSON, TOML)  # the formats a run writes its results in


def _recorded(path: str) -> bool:
    """Whether the data file at `path` records a run, judged below its project's root (or,
    in a folder with no project marker, on the path as given)."""
    if path.startswith("<"):
        return False
    from pathlib import Path

    from gptmigrate.project import project_root

    given = Path(path)
    file = given.resolve()
    root = project_root(file)
    if root != file.parent:
        return records_a_run(file.relative_to(root))
    return records_a_run(given if not given.is_absolute() else Path(file.name))


_BY_SUFFIX: Dict[str, Reader] = {
    ".env": DOTENV,
    ".yaml": YAML, ".yml": YAML,
    ".json": JSON,
    ".toml": TOML,
    ".ini": INI, ".cfg": INI,
    ".js": JAVASCRIPT, ".mjs": JAVASCRIPT, ".cjs": JAVASCRIPT, ".jsx": JAVASCRIPT,
    ".ts": TYPESCRIPT, ".mts": TYPESCRIPT, ".cts": TYPESCRIPT,
    ".tsx": TSX,
}
# File name endings discovery picks up besides Python's; `.env.<anything>` by its start.
SUFFIXES: Tuple[str, ...] = tuple(_BY_SUFFIX)
ENV_PREFIX = ".env."


def reader_for(path: str) -> Optional[Reader]:
    """The reader of a file by its name, or None (a Python source or notebook)."""
    name = os.path.basename(path)
    dot = name.rfind(".")
    if dot < 0:
        return None
    reader = _BY_SUFFIX.get(name[dot:].lower())
    if reader is None and name.startswith(ENV_PREFIX):
        return DOTENV
    return reader


def wanted(name: str) -> bool:
    """Whether discovery reads a file of this name as one of these formats."""
    return name.endswith(SUFFIXES) or name.startswith(ENV_PREFIX)


__all__ = ["FormatError", "Reader", "SUFFIXES", "reader_for", "wanted"]
