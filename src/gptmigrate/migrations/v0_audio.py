"""openai.Audio (GM201) -> client.audio.transcriptions / client.audio.translations.

0.x took the model and the file by position (`Audio.transcribe(model, file, api_key=None, ...,
**params)`, openai 0.28.1 api_resources/audio.py); openai 3.63.0 takes keywords only
(`Transcriptions.create(*, file, model, language, prompt, response_format, temperature, ...)`,
`Translations.create(*, file, model, prompt, response_format, temperature)`, by
`inspect.signature`). `transcribe`/`translate` become `create(model=..., file=...)`;
`transcribe_raw(model, data, filename)` passes `file=(filename, data)`. Reads: `["text"]` ->
`.text` (json, verbose_json); `response_format="text"` (or srt, vtt) answers a plain string in
both generations, so it is used as it is. whisper-1 has an announced shutdown (2027-02-26,
its own GM002 finding): it is kept until then. Once it is retired, a transcription moves to
the table's audio target if the response format is json or text; a translation stays manual:
the SDK's docstring says the translations endpoint serves only whisper-1 and shuts down with
it. Fixtures: tests/fixtures/GM201-v0-sdk-call/audio*.py.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, List, Optional

import libcst as cst

from gptmigrate.detect import literal_text
from gptmigrate.migrations.base import Reads, Uncertain
from gptmigrate.migrations.v0_common import (CODES, COMPUTED, ModuleApiMigration,
                                             binary_uploads, named_model, replacement,
                                             with_model, without)

if TYPE_CHECKING:
    from gptmigrate.rewrite import CallPlan

_SETTINGS = ("api_key", "api_base", "api_type", "api_version", "organization")
POSITIONAL = {
    **{method: ("model", "file", *_SETTINGS) for method in
       ("transcribe", "atranscribe", "translate", "atranslate")},
    **{method: ("model", "file", "filename", *_SETTINGS) for method in
       ("transcribe_raw", "atranscribe_raw", "translate_raw", "atranslate_raw")},
}
TRANSCRIBE_PARAMETERS = frozenset({
    "file", "model", "chunking_strategy", "include", "keywords", "known_speaker_names",
    "known_speaker_references", "language", "languages", "prompt", "response_format", "stream",
    "temperature", "timestamp_granularities"})
TRANSLATE_PARAMETERS = frozenset({"file", "model", "prompt", "response_format", "temperature"})
RAW = frozenset({"filename"})  # *_raw's own: it becomes part of file=
TEXT_FORMATS = frozenset({"text", "srt", "vtt"})
JSON_READS = Reads(objects=frozenset({()}))
VERBOSE_READS = Reads(objects=frozenset({(), ("segments", "*"), ("words", "*")}),
                      lists=frozenset({("segments",), ("words",)}))
TEXT_READS = Reads(objects=frozenset())


def response_format(plan: "CallPlan") -> Optional[str]:
    """The response format the call asks for ("json" when it names none)."""
    value = plan.ast_argument("response_format")
    if value is None:
        return "json"
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return literal_text(plan.sem.source(value))
    return None


class AudioMigration(ModuleApiMigration):
    def arguments(self, plan: "CallPlan") -> List[cst.Arg]:
        args = binary_uploads(plan, super().arguments(plan), {"file"})
        model = named_model(plan)
        if model is None or plan.keyword("file") is None:
            raise Uncertain(f"the call does not name its model and file: call "
                            f"client.audio.{self.resource.split('.')[-1]}.create(model=..., "
                            f"file=...) by hand")
        fmt = response_format(plan)
        if fmt is None:
            raise Uncertain("response_format= is computed: the response is a string for text, "
                            "srt and vtt and an object (.text) otherwise; name it and run again")
        if model != COMPUTED:
            target = replacement(plan, model, "audio")
            if target is not None and self.resource == "audio.translations":
                raise Uncertain(f"{model} is retired and the translations endpoint served only "
                                f"it: move to the realtime translations API by hand")
            if target is not None:
                if fmt not in ("json", "text"):
                    raise Uncertain(f"{model} is retired and {target} is not known to answer "
                                    f"response_format={fmt!r}: use json or text, then run again")
                plan.model = target
                args = with_model(plan, args, target)
        if plan.keyword("filename") is not None:  # the *_raw methods
            args = _file_with_name(args)
        return args

    def response_reads(self, plan: "CallPlan") -> Reads:
        fmt = response_format(plan)
        if fmt in TEXT_FORMATS:
            return TEXT_READS
        return VERBOSE_READS if fmt == "verbose_json" else JSON_READS


def _file_with_name(args: List[cst.Arg]) -> List[cst.Arg]:
    """`file=(filename, data)`: how v1 takes the name 0.x's *_raw methods took apart."""
    name = next(arg for arg in args if arg.keyword is not None and arg.keyword.value == "filename")
    out = []
    for arg in without(args, {"filename"}):
        if arg.keyword is not None and arg.keyword.value == "file":
            arg = arg.with_changes(value=cst.Tuple([
                cst.Element(name.value, comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))),
                cst.Element(arg.value)]))
        out.append(arg)
    return out


TRANSCRIPTIONS = AudioMigration(
    name="v0-audio-transcriptions",
    summary="openai.Audio.transcribe(model, file) -> client.audio.transcriptions.create",
    codes=CODES,
    resources=frozenset({"Audio"}),
    resource="audio.transcriptions",
    fixtures=("GM201-v0-sdk-call",),
    methods=frozenset({"transcribe", "atranscribe", "transcribe_raw", "atranscribe_raw"}),
    positional=POSITIONAL,
    accepted=TRANSCRIBE_PARAMETERS | RAW,
    reads=JSON_READS,
    example_read="resp.text",
)

TRANSLATIONS = AudioMigration(
    name="v0-audio-translations",
    summary="openai.Audio.translate(model, file) -> client.audio.translations.create",
    codes=CODES,
    resources=frozenset({"Audio"}),
    resource="audio.translations",
    fixtures=("GM201-v0-sdk-call",),
    methods=frozenset({"translate", "atranslate", "translate_raw", "atranslate_raw"}),
    positional=POSITIONAL,
    accepted=TRANSLATE_PARAMETERS | RAW,
    reads=JSON_READS,
    example_read="resp.text",
)
