"""openai.Model (GM201) -> client.models; openai.Engine (GM105) manual.

`Model.list()` -> `Models.list()` (a page: 0.x's `["data"]` is `.data`), `Model.retrieve(id)`
-> `Models.retrieve(model)`, `Model.delete(sid)` -> `Models.delete(model)` (openai 3.63.0,
`inspect.signature`: the id is the first positional parameter, named `model`). Reads: `["id"]`
-> `.id`, `["owned_by"]` -> `.owned_by`. A retrieve inside `try` that catches 0.x's
InvalidRequestError (or its GM202 rename BadRequestError) stays manual: 1.x raises NotFoundError
for an unknown model; unless GM202's fix adds NotFoundError to the clause (it does for a
clause that names `openai.error.InvalidRequestError` or `openai.InvalidRequestError` alone).

Engine is the /v1/engines endpoint, shut down on 2022-12-03: `Engine.list()` /
`Engine.retrieve(id)` become `client.models.list()` / `client.models.retrieve(id)` by hand,
because engine objects had fields models lack (`ready`, `owner` is `owned_by`), and
`Engine(id).generate()`/`.search()` have no successor. Fixtures:
tests/fixtures/GM201-v0-sdk-call/models*.py, GM105-engines-endpoint.
"""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING, List, Optional

import libcst as cst

from gptmigrate.migrations.base import Migration, Reads, Uncertain
from gptmigrate.migrations.v0_common import CODES, ModuleApiMigration, sync_method

if TYPE_CHECKING:
    from gptmigrate.rewrite import CallPlan

MODEL_READS = Reads(objects=frozenset({()}))


def _models(method: str, id_name: str, reads: Reads = MODEL_READS,
            kind: type = ModuleApiMigration) -> ModuleApiMigration:
    return kind(
        name=f"v0-models-{method}",
        summary=f"openai.Model.{method} -> client.models.{method}",
        codes=CODES,
        resources=frozenset({"Model"}),
        resource="models",
        fixtures=("GM201-v0-sdk-call",),
        methods=frozenset({method, f"a{method}"}),
        positional={method: (id_name,), f"a{method}": (id_name,)} if id_name else {},
        v1_name=method,
        id_name=id_name,
        reads=reads,
        example_read="model.id, page.data[0].id",
    )


class LookupMigration(ModuleApiMigration):
    """`Model.retrieve` as an availability check: 0.x raised InvalidRequestError for an unknown
    model, 1.x raises NotFoundError (a 404), which the GM202 rename (BadRequestError) misses."""

    def arguments(self, plan: "CallPlan") -> List[cst.Arg]:
        sem = plan.sem
        node: Optional[ast.AST] = plan.call
        while node is not None and not isinstance(node, (ast.FunctionDef,
                                                         ast.AsyncFunctionDef)):
            parent = sem.parent(node)
            if isinstance(parent, ast.Try) and node in parent.body and any(
                    handler.type is not None and _misses_not_found(sem.source(handler.type))
                    for handler in parent.handlers):
                raise Uncertain("openai>=1 raises openai.NotFoundError for an unknown model, "
                                "not BadRequestError (0.x's InvalidRequestError): catch "
                                "openai.NotFoundError around client.models.retrieve(...), then "
                                "run again")
            node = parent
        return super().arguments(plan)


def _misses_not_found(caught: str) -> bool:
    """Whether an except clause catches the unknown-model error as a 400 only. Spelled
    `openai.error.InvalidRequestError`, GM202's fix makes it catch NotFoundError too."""
    return bool(re.search(r"\b(InvalidRequestError|BadRequestError)\b", caught)) \
        and "NotFoundError" not in caught \
        and not re.fullmatch(r"\(?\s*openai\.(error\.)?InvalidRequestError\s*\)?", caught)


LIST = _models("list", "", Reads(objects=frozenset({(), ("data", "*")}),
                                 lists=frozenset({("data",)})))
RETRIEVE = _models("retrieve", "id", kind=LookupMigration)
DELETE = _models("delete", "sid")


class LegacyEngines(Migration):
    """The engines endpoint is gone: every call gets what to write instead."""

    def arguments(self, plan: "CallPlan") -> List[cst.Arg]:
        method = sync_method(plan.legacy)
        instead = {"list": "client.models.list() instead (read .data of the list; ",
                   "retrieve": "client.models.retrieve(id) instead ("}
        if method in instead:
            raise Uncertain(f"the engines endpoint was shut down on 2022-12-03: call "
                            f"{instead[method]}a model has owned_by where an engine had owner, "
                            f"and no ready)")
        raise Uncertain(f"the engines endpoint was shut down on 2022-12-03 and Engine.{method} "
                        f"has no successor: call a current API (client.chat.completions.create,"
                        f" client.embeddings.create) with model= instead")


ENGINES = LegacyEngines(
    name="legacy-engines",
    summary="openai.Engine: manual, with the client.models call",
    codes=frozenset({"GM105"}),
    resources=frozenset({"Engine", "engines"}),
    sdks=frozenset({"v0", "v1"}),
    resource="models",
    fixtures=("GM105-engines-endpoint",),
    rewrites=False,
    methods=frozenset({f"{prefix}{name}" for prefix in ("", "a") for name in (
        "list", "retrieve", "create", "generate", "search", "embeddings", "update", "modify")}),
    positional={"retrieve": ("id",), "aretrieve": ("id",)},
)
