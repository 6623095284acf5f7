"""The rule registry: stable codes, readable names and ruff-shaped documentation for each rule.

Codes never change meaning. GM0xx are model names, GM1xx retired endpoints, GM2xx SDK shape,
GM9xx the tool's own housekeeping. The registry is an explicit, ordered tuple (no discovery by
import side effect).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Optional, Tuple

DOCS_URL = "https://github.com/gptmigrate/gptmigrate/blob/main/README.md#rule-"


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    summary: str
    why: str
    example: str
    use_instead: str
    fix: str
    references: Tuple[str, ...] = ()

    @property
    def url(self) -> str:
        return DOCS_URL + self.code.lower()


_OAI_DEP = "https://developers.openai.com/api/docs/deprecations"
_V1_GUIDE = "https://github.com/openai/openai-python/discussions/742"

RULES: Tuple[Rule, ...] = (
    Rule(
        code="GM001",
        name="retired-model",
        summary="A string names a model that its provider has shut down.",
        why="Requests that name a retired model fail at run time with a 404 or model_not_found.",
        example='client.completions.create(model="text-davinci-003", prompt=p)',
        use_instead="The model the table resolves to as of today (`gptmigrate explain MODEL`).",
        fix="safe when the replacement serves the same API and every step of the chain is "
        "confirmed; unsafe for embeddings (vectors must be recomputed) and for API migrations; "
        "manual for fine-tuned and Azure deployment names.",
        references=(_OAI_DEP,),
    ),
    Rule(
        code="GM002",
        name="deprecated-model",
        summary="A string names a model whose shutdown is announced for a later day.",
        why="The code works today and fails from the shutdown date on.",
        example='client.chat.completions.create(model="gpt-5", messages=m)',
        use_instead="The announced replacement, before the shutdown date.",
        fix="as for GM001.",
        references=(_OAI_DEP,),
    ),
    Rule(
        code="GM003",
        name="legacy-model",
        summary="A string names a model its provider labels legacy, with no shutdown date yet.",
        why="Legacy models get no updates and are the next to be retired.",
        example='client.embeddings.create(model="text-embedding-ada-002", input=x)',
        use_instead="A current model of the same family.",
        fix="as for GM001.",
        references=(_OAI_DEP,),
    ),
    Rule(
        code="GM004",
        name="retired-fine-tuned-model",
        summary="A fine-tuned model id (ft:<base>:... or legacy <base>:ft-...) whose fine-tuned "
        "models no longer serve.",
        why="Fine-tuned models retire on their own day: legacy :ft- models died with "
        "/v1/fine-tunes on 2024-01-04; ft:gpt-3.5-turbo, ft:gpt-4, ft:babbage-002 and "
        "ft:davinci-002 models on 2026-10-23.",
        example='client.chat.completions.create(model="ft:gpt-3.5-turbo-0613:acme::8abc", ...)',
        use_instead="A model fine-tuned again on a served base (`gptmigrate explain BASE`).",
        fix="manual: a fine-tuned model cannot be renamed; it must be trained again.",
        references=(_OAI_DEP,),
    ),
    Rule(
        code="GM101",
        name="completions-endpoint",
        summary="A call to the Completions endpoint, which has no live model left.",
        why="gpt-3.5-turbo-instruct, babbage-002 and davinci-002, the last Completions models, "
        "shut down on 2026-09-28.",
        example='openai.Completion.create(model="text-davinci-003", prompt=p)',
        use_instead='client.chat.completions.create(model=..., messages=[{"role": "user", '
        '"content": p}])',
        fix="unsafe: the request and the response change shape.",
        references=(_OAI_DEP,),
    ),
    Rule(
        code="GM102",
        name="edits-endpoint",
        summary="A call to the Edits endpoint, shut down on 2024-01-04.",
        why="/v1/edits no longer exists; every call fails.",
        example='openai.Edit.create(model="text-davinci-edit-001", input=code, instruction=i)',
        use_instead="A Chat Completions call whose messages carry the instruction and the input.",
        fix="unsafe: the request and the response change shape.",
        references=(_OAI_DEP,),
    ),
    Rule(
        code="GM201",
        name="v0-sdk-call",
        summary="A module-level resource of openai-python < 1.0 (openai.ChatCompletion, "
        "openai.Embedding ...).",
        why="openai-python 1.0 removed them: using them raises APIRemovedInV1.",
        example='openai.ChatCompletion.create(model="gpt-4o", messages=m)',
        use_instead="client = OpenAI(); client.chat.completions.create(model=..., messages=m)",
        fix="unsafe: the call and the response access change shape.",
        references=(_V1_GUIDE,),
    ),
)

_BY_CODE: Dict[str, Rule] = {rule.code: rule for rule in RULES}
_BY_NAME: Dict[str, Rule] = {rule.name: rule for rule in RULES}


def get_rule(code_or_name: str) -> Optional[Rule]:
    """A rule by code (any case) or by readable name."""
    return _BY_CODE.get(code_or_name.upper()) or _BY_NAME.get(code_or_name.lower())


def matches_selector(code: str, selector: str) -> bool:
    """ruff-style selection: 'GM' matches every rule, 'GM1' the GM1xx rules, 'GM101' one rule."""
    rule = get_rule(selector)
    if rule is not None:
        return rule.code == code
    return code.startswith(selector.upper())
