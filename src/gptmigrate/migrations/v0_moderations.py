"""openai.Moderation (GM201) -> client.moderations.create.

`openai.Moderation.create(input=..., model=...)` (0.x: `create(input, model=None, api_key=None)`,
input may be positional) becomes `client.moderations.create(input=..., model=...)`; checked
against openai 3.63.0's `Moderations.create(*, input, model)`. A retired text-moderation-*
model becomes the table's target of the moderation API (omni-moderation-latest); the model
finding on the same literal then has nothing left to rename. Reads: `["results"][0]["flagged"]`
becomes `.results[0].flagged`, and the category keys that are no Python names become the
attributes the SDK gives them (`["self-harm"]` -> `.self_harm`, as `openai.types.moderation.
Categories` aliases them), and a category mapping read as a dict (`.items()`, `.get(k)`) is
`.model_dump(by_alias=True)`, the same keys and values (the new model's categories, in the
SDK's order: the fix says so).
Fixtures: tests/fixtures/GM201-v0-sdk-call/moderation*.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import libcst as cst

from gptmigrate.migrations.base import Reads
from gptmigrate.migrations.v0_common import (CODES, COMPUTED, ModuleApiMigration, named_model,
                                             replacement, with_model)

if TYPE_CHECKING:
    from gptmigrate.rewrite import CallPlan

# The category keys of 0.x's dicts that are no Python names, and v1's attribute for each.
CATEGORY_ATTRIBUTES = {
    key: key.replace("/", "_").replace("-", "_")
    for key in ("harassment/threatening", "hate/threatening", "illicit/violent", "self-harm",
                "self-harm/instructions", "self-harm/intent", "sexual/minors",
                "violence/graphic")
}


class ModerationMigration(ModuleApiMigration):
    def arguments(self, plan: "CallPlan") -> List[cst.Arg]:
        args = super().arguments(plan)
        model = named_model(plan)
        if model is not None and model != COMPUTED:
            target = replacement(plan, model, "moderation")
            if target is not None:
                plan.model = target
                plan.notes.append(f"{target} scores more categories than {model} did "
                                  f"(illicit, illicit/violent), and openai>=1 gives them in "
                                  f"its own order: code that walks every category sees both")
                return with_model(plan, args, target)
        return args


MODERATIONS = ModerationMigration(
    name="v0-moderations",
    summary="openai.Moderation -> client.moderations (retired text-moderation-* replaced)",
    codes=CODES,
    resources=frozenset({"Moderation"}),
    resource="moderations",
    fixtures=("GM201-v0-sdk-call",),
    positional={"create": ("input", "model"), "acreate": ("input", "model")},
    accepted=frozenset({"input", "model"}),
    reads=Reads(objects=frozenset({(), ("results", "*"), ("results", "*", "categories"),
                                   ("results", "*", "category_scores"),
                                   ("results", "*", "category_applied_input_types")}),
                lists=frozenset({("results",)}),
                attributes=CATEGORY_ATTRIBUTES,
                dicts=frozenset({("results", "*", "categories"),
                                 ("results", "*", "category_scores")})),
    example_read="resp.results[0].flagged, resp.results[0].categories.self_harm",
)
