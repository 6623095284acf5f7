"""openai.File (GM201) -> client.files.

0.x (openai 0.28.1 api_resources/file.py and abstract/) -> openai 3.63.0, by
`inspect.signature`:
- `File.create(file, purpose, model=None, ..., user_provided_filename=None)` ->
  `Files.create(*, file, purpose, expires_after)`; `user_provided_filename=N` becomes
  `file=(N, file)`, the SDK's way to name an upload; `model=` has no v1 form (manual);
- `File.list(**params)` -> `Files.list(*, after, limit, order, purpose)`: a page whose `.data`
  is the list 0.x returned under `["data"]`;
- `File.retrieve(id)` -> `Files.retrieve(file_id)`, `File.delete(sid)` -> `Files.delete(file_id)`;
- `File.download(id)` (bytes) -> `Files.content(file_id).content` (the SDK returns a binary
  response; `.content` is its bytes);
- `File.wait_for_processing(id, max_wait_seconds)` (the status string) ->
  `Files.wait_for_processing(id, *, poll_interval, max_wait_seconds).status` (both poll every
  5 s; on time-out 0.x raised openai.error.OpenAIError, v1 raises RuntimeError: the fix says so).
`find_matching_files` has no v1 form and stays manual. 0.x uploaded every file under the name
"file" unless `user_provided_filename` named it; v1 sends the path's own name, which is kept:
the API tells file types by their extension today. The upload is
opened in binary mode (`v0_common.binary_uploads`): httpx refuses a text-mode file.
Fixtures: tests/fixtures/GM201-v0-sdk-call/files*.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, List

import libcst as cst

from gptmigrate.migrations.base import Migration, Reads, Uncertain, drop_last_argument
from gptmigrate.migrations.v0_common import CODES, ModuleApiMigration, binary_uploads

if TYPE_CHECKING:
    from gptmigrate.rewrite import CallPlan

FILE_READS = Reads(objects=frozenset({()}))
LIST_READS = Reads(objects=frozenset({(), ("data", "*")}), lists=frozenset({("data",)}))
BYTES = Reads(objects=frozenset())


class UploadMigration(ModuleApiMigration):
    def arguments(self, plan: "CallPlan") -> List[cst.Arg]:
        args = binary_uploads(plan, super().arguments(plan), {"file"})
        name = plan.keyword("user_provided_filename")
        if name is None:
            return args
        out: List[cst.Arg] = []
        for index, arg in enumerate(args):
            keyword = arg.keyword.value if arg.keyword is not None else ""
            if keyword == "user_provided_filename":
                if index == len(args) - 1 and out:
                    drop_last_argument(out, arg)
                continue
            if keyword == "file":
                arg = arg.with_changes(value=cst.Tuple([
                    cst.Element(name.value,
                                comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))),
                    cst.Element(arg.value)]))
            out.append(arg)
        return out


@dataclass(frozen=True)
class OneFieldMigration(ModuleApiMigration):
    """A v0 method that returned one field of the object v1's returns: v1's call, then that
    field (`files.content(id).content`, the bytes; `files.wait_for_processing(id).status`)."""

    field_read: str = "content"
    note: str = ""  # what else differs, for the fix's description

    def finish(self, plan: "CallPlan", call: cst.Call) -> cst.BaseExpression:
        return cst.Attribute(value=call, attr=cst.Name(self.field_read))

    def describe(self, plan: "CallPlan") -> str:
        return plan.default_description().replace(
            f".{self.v1_name} ", f".{self.v1_name}(...).{self.field_read} ", 1) + (
            f"; {self.note}" if self.note else "")


def _by_id(method: str, v1_name: str, id_name: str, reads: Reads = FILE_READS,
           kind: type = ModuleApiMigration) -> ModuleApiMigration:
    return kind(
        name=f"v0-files-{method}",
        summary=f"openai.File.{method} -> client.files.{v1_name}",
        codes=CODES,
        resources=frozenset({"File"}),
        resource="files",
        fixtures=("GM201-v0-sdk-call",),
        methods=frozenset({method, f"a{method}"}),
        positional={method: (id_name,), f"a{method}": (id_name,)},
        v1_name=v1_name,
        id_name=id_name,
        reads=reads,
        example_read="file.id, file.status",
    )


CREATE = UploadMigration(
    name="v0-files-create",
    summary="openai.File.create -> client.files.create",
    codes=CODES,
    resources=frozenset({"File"}),
    resource="files",
    fixtures=("GM201-v0-sdk-call",),
    positional={"create": ("file", "purpose"), "acreate": ("file", "purpose")},
    accepted=frozenset({"file", "purpose", "expires_after", "user_provided_filename"}),
    reads=FILE_READS,
    example_read="file.id, file.status",
)
LIST = ModuleApiMigration(
    name="v0-files-list",
    summary="openai.File.list -> client.files.list",
    codes=CODES,
    resources=frozenset({"File"}),
    resource="files",
    fixtures=("GM201-v0-sdk-call",),
    methods=frozenset({"list", "alist"}),
    v1_name="list",
    accepted=frozenset({"after", "limit", "order", "purpose"}),
    reads=LIST_READS,
    example_read="page.data[0].id",
)
WAIT = OneFieldMigration(
    name="v0-files-wait",
    summary="openai.File.wait_for_processing -> client.files.wait_for_processing(...).status",
    codes=CODES,
    resources=frozenset({"File"}),
    resource="files",
    fixtures=("GM201-v0-sdk-call",),
    methods=frozenset({"wait_for_processing"}),
    positional={"wait_for_processing": ("id", "max_wait_seconds")},
    v1_name="wait_for_processing",
    id_name="id",
    accepted=frozenset({"max_wait_seconds"}),
    reads=BYTES,
    field_read="status",
    note="on time-out it raises RuntimeError where openai<1 raised openai.error.OpenAIError",
)


class HelperInstructions(Migration):
    """0.x's client-side helper with no v1 form: the call gets what to write instead."""

    def arguments(self, plan: "CallPlan") -> List[cst.Arg]:
        raise Uncertain("openai>=1 has no find_matching_files: compare filename, bytes and "
                        "purpose of the files in client.files.list(purpose=...) yourself")


HELPERS = HelperInstructions(
    name="v0-files-helpers",
    summary="openai.File.find_matching_files: instructions",
    codes=CODES,
    resources=frozenset({"File"}),
    resource="files",
    fixtures=("GM201-v0-sdk-call",),
    methods=frozenset({"find_matching_files", "afind_matching_files"}),
    positional=dict.fromkeys(("find_matching_files", "afind_matching_files"),
                             ("name", "bytes", "purpose")),
    rewrites=False,
)
RETRIEVE = _by_id("retrieve", "retrieve", "id")
DELETE = _by_id("delete", "delete", "sid")
DOWNLOAD = _by_id("download", "content", "id", BYTES, OneFieldMigration)

__all__ = ["CREATE", "DELETE", "DOWNLOAD", "HELPERS", "LIST", "RETRIEVE", "WAIT"]
