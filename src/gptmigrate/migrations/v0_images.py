"""openai.Image (GM201) -> client.images: generate, edit; variations stay manual.

0.x -> openai 3.63.0 (each checked with `inspect.signature` and the method's docstring):
- `Image.create(**params)` -> `Images.generate(*, prompt, model, n, size, response_format,
  quality, style, user, ...)`: the method is renamed;
- `Image.create_edit(image, mask=None, **params)` -> `Images.edit(*, image, prompt, mask, ...)`;
- `Image.create_variation(image, **params)` -> `Images.create_variation`, whose docstring says
  "This endpoint is retired and no longer available": manual once dall-e-2 (its only model)
  is retired, with the edit call to write instead.

The model: 0.x's default was dall-e-2; dall-e-2 and dall-e-3 were retired on 2026-05-12, so a
retired or missing model becomes the table's images target (gpt-image-2). GPT image models
differ in what they return and accept (SDK docstrings): images come back base64-encoded only
(`data[i].b64_json`, never `url`), `response_format` and `style` are unsupported, `quality`
takes low/medium/high/auto (not standard/hd), and only the standard sizes 1024x1024,
1536x1024, 1024x1536 and auto are certain. So `response_format=` is dropped, a read of
`data[i].url` leaves the call manual (a URL cannot be made from the data), and the other
differences are manual with what to choose. Fixtures: tests/fixtures/GM201-v0-sdk-call/image*.py.
"""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING, List, Optional, Tuple

import libcst as cst

from gptmigrate import project
from gptmigrate.detect import literal_text
from gptmigrate.migrations.base import Reads, Uncertain
from gptmigrate.migrations.v0_common import (CODES, COMPUTED, ModuleApiMigration,
                                             binary_uploads, named_model, replacement,
                                             with_model, without)

if TYPE_CHECKING:
    from gptmigrate.rewrite import CallPlan

V0_DEFAULT_MODEL = "dall-e-2"  # what the API chose when a 0.x call named no model
GPT_IMAGE_SIZES = frozenset({"1024x1024", "1536x1024", "1024x1536", "auto"})
DALL_E_QUALITIES = {"standard": "auto", "hd": "high"}
# openai 3.63.0, inspect.signature(client.images.generate / .edit / .create_variation)
GENERATE_PARAMETERS = frozenset({
    "prompt", "background", "complexity", "frame_count", "frame_duration_ms", "model",
    "moderation", "n", "output_compression", "output_format", "partial_images", "quality",
    "response_format", "safety_identifier", "size", "stream", "style", "svg", "user"})
EDIT_PARAMETERS = frozenset({
    "image", "prompt", "background", "complexity", "frame_count", "frame_duration_ms",
    "input_fidelity", "markup", "mask", "model", "n", "output_compression", "output_format",
    "partial_images", "quality", "response_format", "safety_identifier", "size", "stream",
    "svg", "user"})
VARIATION_PARAMETERS = frozenset({"image", "model", "n", "response_format", "size", "user"})
UPLOADS = frozenset({"image", "mask"})  # sent as files: opened in binary mode
IMAGE_READS = Reads(objects=frozenset({(), ("data", "*"), ("usage",)}),
                    lists=frozenset({("data",)}))


def image_models(plan: "CallPlan") -> Tuple[Optional[str], str]:
    """The model the new call names (None: keep naming none) and the model that will serve it."""
    model = named_model(plan)
    if model == COMPUTED:
        raise Uncertain("the model is computed at run time: image models differ in what they "
                        "return (GPT image models give base64 data, not URLs); name one and "
                        "run again")
    served = model or V0_DEFAULT_MODEL
    target = replacement(plan, served, "images")
    return (target or model), (target or served)


def _literal(plan: "CallPlan", name: str) -> Tuple[bool, Optional[str]]:
    """Whether the call passes `name`, and its text when that is a plain string literal."""
    value = plan.ast_argument(name)
    if value is None:
        return False, None
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return True, literal_text(plan.sem.source(value))
    constant = _module_constant(plan, value)
    return True, constant.value if constant is not None else None


def _module_constant(plan: "CallPlan", value: ast.expr) -> Optional[ast.Constant]:
    """The string literal a module constant read as `value` holds (`IMAGE_SIZE`, bound once
    in this module, or imported from another project module that binds it once at its top
    level), where nothing assigns it as an attribute (`config.IMAGE_SIZE = ...`) here."""
    if not isinstance(value, (ast.Name, ast.Attribute)) or re.search(
            rf"\.{re.escape(value.id if isinstance(value, ast.Name) else value.attr)}[ \t]*=(?!=)",
            plan.sem.text):
        return None
    bound = plan._assigned(value) if isinstance(value, ast.Name) else None
    if bound is None:
        found = plan._other_module_constant(value)
        tree = project.module_tree(found[0]) if found is not None and found[0] else None
        name = found[1] if found is not None else ""
        assigned = [statement.value for statement in (tree.body if tree else ())
                    for target in getattr(statement, "targets", ())
                    if isinstance(target, ast.Name) and target.id == name]
        bound = assigned[0] if len(assigned) == 1 else None
    return bound if isinstance(bound, ast.Constant) and isinstance(bound.value, str) else None


class ImageMigration(ModuleApiMigration):
    """Images that a GPT image model makes: the arguments it does not take are settled."""

    def arguments(self, plan: "CallPlan") -> List[cst.Arg]:
        args = binary_uploads(plan, super().arguments(plan), UPLOADS)
        if plan.keyword("prompt") is None:
            raise Uncertain(f"the call has no prompt=, which client.images.{self.v1_name} "
                            f"requires")
        new_model, served = image_models(plan)
        if new_model is not None:
            plan.model = new_model
            args = with_model(plan, args, new_model)
        if served.startswith("dall-e"):
            return args
        passed, text = _literal(plan, "response_format")
        if passed and text not in ("url", "b64_json"):
            raise Uncertain(f"response_format= is computed: {served} returns base64 data only "
                            f"(data[i].b64_json); drop response_format= and read b64_json")
        plan.notes.append(f"{served} returns base64 images (data[i].b64_json), so "
                          f"response_format= is dropped")
        return without(args, {"response_format"})

    def finish(self, plan: "CallPlan", call: cst.Call) -> cst.BaseExpression:
        """The arguments a GPT image model does not take, checked after the response's reads
        (the planner follows them first), so that a read of data[i].url is the one named."""
        _, served = image_models(plan)
        if served.startswith("dall-e"):
            return call
        passed, text = _literal(plan, "size")
        if passed and text not in GPT_IMAGE_SIZES and not plan.parameter_holds(
                plan.ast_argument("size"), lambda value: isinstance(value, ast.Constant)
                and value.value in GPT_IMAGE_SIZES):
            # (a parameter whose default and every caller's value is such a size is one)
            shown = repr(text) if text is not None else "a computed size"
            raise Uncertain(f"{served} is not known to accept size={shown}: pass one of "
                            f"{', '.join(sorted(GPT_IMAGE_SIZES))} (resize the result if you "
                            f"need a smaller image), then run again")
        passed, text = _literal(plan, "quality")
        if passed and (text is None or text in DALL_E_QUALITIES):
            hint = f" ({DALL_E_QUALITIES[text]} is the nearest)" if text else ""
            raise Uncertain(f"quality= must be low, medium, high or auto for {served}{hint}: "
                            f"change it, then run again")
        if plan.keyword("style") is not None:
            raise Uncertain(f"{served} takes no style=: describe the style in the prompt, drop "
                            f"style=, then run again")
        return call

    def response_reads(self, plan: "CallPlan") -> Reads:
        _, served = image_models(plan)
        if served.startswith("dall-e"):
            return IMAGE_READS
        return Reads(objects=IMAGE_READS.objects, lists=IMAGE_READS.lists, refused={
            ("data", "*", "url"): (
                f"{served} returns images as base64 data (data[i].b64_json), never as URLs: "
                f"where the code reads data[i].url, use base64.b64decode(image.b64_json) (the "
                f"PNG bytes) instead, then rewrite the call as client.images.{self.v1_name}("
                f"model=\"{served}\", ...) without response_format="),
            ("data", "*", "revised_prompt"): (
                f"{served} returns no revised_prompt (it would be None): use the prompt you "
                f"sent instead, then run again")},
            shown_whole=f"{served} returns images as base64 data, never as URLs: shown whole, "
                        f"the response holds megabytes of it where openai<1 showed the URL; "
                        f"save or show base64.b64decode(image.b64_json) instead, then run again")


class VariationMigration(ModuleApiMigration):
    def arguments(self, plan: "CallPlan") -> List[cst.Arg]:
        args = binary_uploads(plan, super().arguments(plan), UPLOADS)
        target = replacement(plan, V0_DEFAULT_MODEL, "images")
        if target is not None:
            raise Uncertain(f"the image variations endpoint was retired with dall-e-2: call "
                            f"client.images.edit(model=\"{target}\", image=<the image>, "
                            f"prompt=\"A variation of this image\") instead; it returns base64 "
                            f"data (data[i].b64_json), not URLs")
        return args


GENERATE = ImageMigration(
    name="v0-images-generate",
    summary="openai.Image.create -> client.images.generate (dall-e-* -> a GPT image model)",
    codes=CODES,
    resources=frozenset({"Image"}),
    resource="images",
    fixtures=("GM201-v0-sdk-call",),
    v1_name="generate",
    accepted=GENERATE_PARAMETERS,
    reads=IMAGE_READS,
    example_read="resp.data[0].b64_json",
)

EDIT = ImageMigration(
    name="v0-images-edit",
    summary="openai.Image.create_edit -> client.images.edit (dall-e-2 -> a GPT image model)",
    codes=CODES,
    resources=frozenset({"Image"}),
    resource="images",
    fixtures=("GM201-v0-sdk-call",),
    methods=frozenset({"create_edit", "acreate_edit"}),
    positional={"create_edit": ("image", "mask"), "acreate_edit": ("image", "mask")},
    v1_name="edit",
    accepted=EDIT_PARAMETERS,
    reads=IMAGE_READS,
    example_read="resp.data[0].b64_json",
)

VARIATION = VariationMigration(
    name="v0-images-variation",
    summary="openai.Image.create_variation -> client.images.create_variation (while served)",
    codes=CODES,
    resources=frozenset({"Image"}),
    resource="images",
    fixtures=("GM201-v0-sdk-call",),
    methods=frozenset({"create_variation", "acreate_variation"}),
    positional={"create_variation": ("image",), "acreate_variation": ("image",)},
    v1_name="create_variation",
    accepted=VARIATION_PARAMETERS,
    reads=IMAGE_READS,
    example_read="resp.data[0].url",
)
