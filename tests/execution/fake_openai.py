"""A local fake of the OpenAI (and Azure OpenAI) HTTP API, in two eras, for the execution suite.

Why: a rewrite is proven only by running it. The fake answers the requests a legacy program made
in 2023 (era "2023", what openai 0.28.1 spoke to) and the requests its rewritten form makes
today (era "now", the API as of the suite's pinned day 2026-11-23), and it refuses what the real
API refuses: retired models (404 model_not_found), removed endpoints (404), malformed bodies,
unknown arguments and parameters a model rejects (400). Answers are deterministic functions of
the request and never of the model, so a legacy program and its correct rewrite print the same.

Sources for the rules (cited where used): /work/shared/deprecations.md (shutdown days, the
0.x -> 1.x map), migrations.yaml `current:` (models served on the pinned day), the openai SDK's
docstrings (`types/chat/completion_create_params.py`) for parameter rules of reasoning models.
The allowlists are written by hand on purpose: the fake must not learn from the table it checks.

Requests are logged per API key (each program run gets its own key), so a test can ask which
models a run called. Run by hand: `python tests/execution/fake_openai.py --era now --port 8000`.
"""

from __future__ import annotations

import argparse
import base64
import email.parser
import email.policy
import hashlib
import json
import math
import os
import random
import time
import re
import struct
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Optional
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # run as a script, or imported
from fake_assistants import Assistants  # noqa: E402

ERAS = ("2023", "2025", "now")
# 2023-09-20 (openai 0.28.1), 2025-06-01 (the Assistants API v2 and Responses, openai 1.x:
# fake_assistants.py; every other path of that era behaves as in 2023), 2026-11-23 (the suite's
# pinned day).
CREATED = {"2023": 1695168000, "2025": 1748736000, "now": 1795392000}

# --- Models served, per era ------------------------------------------------------------------
# Era 2023: September 2023, when openai 0.28.1 shipped. The Codex models were already gone
# (shut down 2023-03-23, deprecations.md 1b), so they are not served here either.
COMPLETION_MODELS_2023 = {
    "text-davinci-003", "text-davinci-002", "text-davinci-001", "text-curie-001",
    "text-babbage-001", "text-ada-001", "davinci", "curie", "babbage", "ada",
    "gpt-3.5-turbo-instruct", "babbage-002", "davinci-002", "davinci-instruct-beta",
    "curie-instruct-beta",
}
CHAT_MODELS_2023 = {
    "gpt-3.5-turbo", "gpt-3.5-turbo-0301", "gpt-3.5-turbo-0613", "gpt-3.5-turbo-16k",
    "gpt-3.5-turbo-16k-0613", "gpt-4", "gpt-4-0314", "gpt-4-0613", "gpt-4-32k",
    "gpt-4-32k-0314", "gpt-4-32k-0613",
} | {"gpt-4-vision-preview", "gpt-4-1106-vision-preview"}
# The vision preview (served from 2023-11-06, still spoken to by openai 0.28.1 programs) was the
# only model of the era that took a list of content parts (text and image_url) in a message.
VISION_MODELS_2023 = {"gpt-4-vision-preview", "gpt-4-1106-vision-preview"}
EDIT_MODELS_2023 = {"text-davinci-edit-001", "code-davinci-edit-001"}
# Vector sizes of the embedding models (first generation: ada 1024, babbage 2048, curie 4096,
# davinci 12288; text-embedding-ada-002 and -3-small 1536, -3-large 3072).
EMBEDDING_SIZES_2023 = {"text-embedding-ada-002": 1536}
for _size, _family in ((1024, "ada"), (2048, "babbage"), (4096, "curie"), (12288, "davinci")):
    EMBEDDING_SIZES_2023[f"text-similarity-{_family}-001"] = _size
    EMBEDDING_SIZES_2023[f"text-search-{_family}-doc-001"] = _size
    EMBEDDING_SIZES_2023[f"text-search-{_family}-query-001"] = _size
for _size, _family in ((1024, "ada"), (2048, "babbage")):
    EMBEDDING_SIZES_2023[f"code-search-{_family}-code-001"] = _size
    EMBEDDING_SIZES_2023[f"code-search-{_family}-text-001"] = _size
MODERATION_MODELS_2023 = {"text-moderation-latest", "text-moderation-stable"}
IMAGE_MODELS_2023 = {"dall-e-2", "dall-e-3"}  # dall-e-3 from 2023-11-06
AUDIO_MODELS_2023 = {"whisper-1"}
FINE_TUNE_BASES_2023 = {"ada", "babbage", "curie", "davinci"}  # legacy /v1/fine-tunes
FINE_TUNING_BASES_2023 = {"babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-3.5-turbo-0613"}

# Era now (2026-11-23): migrations.yaml `current:` rows plus models whose shutdown day is still
# ahead (deprecations.md 1a/1b): gpt-5/-mini/-nano and o3 (2026-12-11), the gpt-4o and gpt-4.1
# snapshots (2027-01-14), whisper-1 and the gpt-4o transcribe models (2027-02-26), gpt-5.1 and
# gpt-5.4-nano (2027-04-01), gpt-image-1-mini / gpt-image-1.5 (2026-12-01). Everything retired
# on or before 2026-11-23 (gpt-3.5-turbo*, gpt-4*, o1, o3-mini, o4-mini, gpt-4.1-nano,
# gpt-3.5-turbo-instruct, babbage-002, davinci-002, dall-e-*, text-moderation-*, ...) is absent.
CHAT_MODELS_NOW = {
    "gpt-5.6-sol", "gpt-5.6-terra", "gpt-5.6-luna", "gpt-5.5", "gpt-5.4-mini", "gpt-5.4-nano",
    "gpt-5.1", "gpt-5", "gpt-5-2025-08-07", "gpt-5-mini", "gpt-5-mini-2025-08-07", "gpt-5-nano",
    "gpt-5-nano-2025-08-07", "o3", "o3-2025-04-16", "gpt-4o", "gpt-4o-2024-08-06",
    "gpt-4o-2024-11-20", "gpt-4o-mini", "gpt-4o-mini-2024-07-18", "gpt-4.1",
    "gpt-4.1-2025-04-14", "gpt-4.1-mini", "gpt-4.1-mini-2025-04-14", "gpt-audio-1.5",
}
RESPONSES_ONLY_MODELS_NOW = {"gpt-5.5-pro", "gpt-5-pro", "o3-pro", "gpt-5-codex-mini"}
EMBEDDING_SIZES_NOW = {
    "text-embedding-ada-002": 1536, "text-embedding-3-small": 1536, "text-embedding-3-large": 3072,
}
MODERATION_MODELS_NOW = {"omni-moderation-latest", "omni-moderation-2024-09-26"}
IMAGE_MODELS_NOW = {
    "gpt-image-2", "gpt-image-2.5-sunburst", "gpt-image-2.5-flare", "gpt-image-1-mini",
    "gpt-image-1.5",
}
AUDIO_MODELS_NOW = {
    "gpt-transcribe", "gpt-live-transcribe", "gpt-4o-mini-transcribe-2025-12-15", "whisper-1",
    "gpt-4o-transcribe", "gpt-4o-mini-transcribe",
}
FINE_TUNING_BASES_NOW = {
    "gpt-4o-mini-2024-07-18", "gpt-4o-2024-08-06", "gpt-4.1-2025-04-14", "gpt-4.1-mini-2025-04-14",
}
# Served on the pinned day but with an announced shutdown (deprecations.md): a fix must not move
# a program onto one of these (issue 14, "Never migrate onto a dying model").
SHUTDOWN_ANNOUNCED = {
    "gpt-5": "2026-12-11", "gpt-5-2025-08-07": "2026-12-11", "gpt-5-mini": "2026-12-11",
    "gpt-5-mini-2025-08-07": "2026-12-11", "gpt-5-nano": "2026-12-11",
    "gpt-5-nano-2025-08-07": "2026-12-11", "o3": "2026-12-11", "o3-2025-04-16": "2026-12-11",
    "gpt-5-pro": "2026-12-11", "o3-pro": "2026-12-11", "gpt-4o-2024-08-06": "2027-01-14",
    "gpt-4o-2024-11-20": "2027-01-14", "gpt-4o-mini-2024-07-18": "2027-01-14",
    "gpt-4.1-2025-04-14": "2027-01-14", "gpt-4.1-mini-2025-04-14": "2027-01-14",
    "whisper-1": "2027-02-26", "gpt-4o-transcribe": "2027-02-26",
    "gpt-4o-mini-transcribe": "2027-02-26", "gpt-image-1-mini": "2026-12-01",
    "gpt-image-1.5": "2026-12-01",
}

# Reasoning models: the o-series and the gpt-5 family (gpt-5.x included). The SDK docstrings
# (openai types/chat/completion_create_params.py) say `max_tokens` "is now deprecated in favor of
# `max_completion_tokens`, and is not compatible with o-series models" and `stop` is "Not
# supported with reasoning models"; deprecations.md section 2 records the max_tokens row; the API
# rejects non-default sampling parameters on these models (issue 14 quotes the scanners of this
# field). The messages below are the API's wording for these errors.
REASONING = re.compile(r"^(o\d|gpt-5)")
SAMPLING_DEFAULTS = {"temperature": 1, "top_p": 1, "presence_penalty": 0, "frequency_penalty": 0}
REASONING_UNSUPPORTED = ("logprobs", "top_logprobs", "logit_bias", "stop")

# --- Request arguments per endpoint (unknown ones -> 400) ------------------------------------
CHAT_ARGS_2023 = {
    "model", "messages", "functions", "function_call", "temperature", "top_p", "n", "stream",
    "stop", "max_tokens", "presence_penalty", "frequency_penalty", "logit_bias", "user",
}
CHAT_ARGS_NOW = CHAT_ARGS_2023 | {
    "tools", "tool_choice", "parallel_tool_calls", "response_format", "seed", "logprobs",
    "top_logprobs", "max_completion_tokens", "stream_options", "store", "metadata",
    "reasoning_effort", "modalities", "audio", "prediction", "service_tier", "verbosity",
    "web_search_options", "prompt_cache_key", "safety_identifier", "prompt_cache_retention",
}
COMPLETION_ARGS = {
    "model", "prompt", "suffix", "max_tokens", "temperature", "top_p", "n", "stream", "logprobs",
    "echo", "stop", "presence_penalty", "frequency_penalty", "best_of", "logit_bias", "user",
}
EDIT_ARGS = {"model", "input", "instruction", "n", "temperature", "top_p"}
EMBEDDING_ARGS_2023 = {"model", "input", "user", "encoding_format"}
EMBEDDING_ARGS_NOW = EMBEDDING_ARGS_2023 | {"dimensions"}
MODERATION_ARGS = {"input", "model"}
IMAGE_ARGS_2023 = {"prompt", "n", "size", "response_format", "user", "model", "quality", "style"}
IMAGE_ARGS_NOW = IMAGE_ARGS_2023 | {
    "model", "quality", "style", "background", "moderation", "output_format",
    "output_compression", "partial_images", "stream",
}
RESPONSES_ARGS = {
    "model", "input", "instructions", "max_output_tokens", "temperature", "top_p", "stream",
    "tools", "tool_choice", "metadata", "store", "previous_response_id", "reasoning", "text",
    "user", "include", "parallel_tool_calls", "truncation", "conversation", "service_tier",
    "safety_identifier", "prompt_cache_key", "background", "max_tool_calls", "top_logprobs",
    "stream_options",
}
FINE_TUNE_ARGS = {
    "training_file", "validation_file", "model", "n_epochs", "batch_size",
    "learning_rate_multiplier", "prompt_loss_weight", "compute_classification_metrics",
    "classification_n_classes", "classification_positive_class", "classification_betas",
    "suffix",
}
FINE_TUNING_ARGS = {
    "training_file", "validation_file", "model", "hyperparameters", "suffix", "seed",
    "integrations", "method", "metadata",
}
GPT_IMAGE_SIZES = ("1024x1024", "1024x1536", "1536x1024", "auto")
DALLE2_SIZES = ("256x256", "512x512", "1024x1024")
DALLE3_SIZES = ("1024x1024", "1792x1024", "1024x1792")
MODERATION_CATEGORIES_2023 = (
    "hate", "hate/threatening", "harassment", "harassment/threatening", "self-harm",
    "self-harm/intent", "self-harm/instructions", "sexual", "sexual/minors", "violence",
    "violence/graphic",
)
MODERATION_CATEGORIES_NOW = MODERATION_CATEGORIES_2023 + ("illicit", "illicit/violent")
FLAG_WORDS = {"kill": "violence", "hurt": "violence", "hate": "hate", "stupid": "harassment"}

# --- Azure ----------------------------------------------------------------------------------
# api-versions (deprecations.md 4c): the 2023 previews were retired on 2024-07-01 and answer
# 404 "Resource not found" today, as Azure answers any api-version it does not serve.
AZURE_VERSIONS_2023 = {
    "2022-12-01", "2023-03-15-preview", "2023-05-15", "2023-06-01-preview",
    "2023-07-01-preview", "2023-08-01-preview", "2023-09-01-preview",
}
AZURE_VERSIONS_NOW = {
    "2023-05-15", "2024-02-01", "2024-06-01", "2024-10-21", "2024-12-01-preview",
    "2025-01-01-preview", "2025-03-01-preview", "2025-04-01-preview",
}
# Deployment names are the user's; Azure upgrades the model behind a deployment in place. The
# chat and embedding deployments keep their names across eras (served by non-reasoning models
# today, so Azure cases test the SDK shape, not the deployment's model); "davinci" served
# text-davinci-003, retired on Azure on 2024-06-14 (deprecations.md 4a), so it is gone today.
# Models are written with OpenAI's ids (Azure's gpt-35-turbo is gpt-3.5-turbo) to share checks.
# A user message holding SLOW_MARK is answered after SLOW_SECONDS (an HTTP timeout shorter
# than that fails the request).
SLOW_MARK = "[slow]"
SLOW_SECONDS = 1.5
AZURE_DEPLOYMENTS = {
    # a deployment named after the model it first served ("gpt-4") keeps its name when its
    # owner moves it to a served model, as Azure lets them
    "2023": {"chat": "gpt-3.5-turbo", "gpt4": "gpt-4", "gpt-4": "gpt-4",
             "davinci": "text-davinci-003", "embeddings": "text-embedding-ada-002"},
    "now": {"chat": "gpt-4o-mini", "gpt4": "gpt-4o", "gpt-4": "gpt-4o",
            "embeddings": "text-embedding-ada-002"},
}


class ApiError(Exception):
    """An error answer: HTTP status plus OpenAI's error object."""

    def __init__(self, status: int, message: str, type_: str = "invalid_request_error",
                 param: Optional[str] = None, code: Optional[str] = None) -> None:
        super().__init__(message)
        self.status = status
        self.body = {"error": {"message": message, "type": type_, "param": param, "code": code}}


def model_not_found(model: str) -> ApiError:
    return ApiError(404, f"The model `{model}` does not exist or you do not have access to it.",
                    code="model_not_found")


def invalid_url(method: str, path: str) -> ApiError:
    return ApiError(404, f"Invalid URL ({method} {path})")


def reply(texts: list[str], instructions: Optional[str] = None) -> str:
    """The answer of /v1/responses and of an Assistants run: the user texts, and the
    instructions the request carried (so a rewrite that drops them prints differently)."""
    answer = "echo: " + " | ".join(texts)
    return f"{answer} [instructions: {instructions}]" if instructions else answer


def words(text: str) -> int:
    return len(text.split())


def pieces(text: str) -> list[str]:
    """The text as stream deltas that join back to it exactly (one word and its spaces each)."""
    return re.findall(r"\s*\S+\s*", text) or [text]


def stop_at(text: str, stop: Any) -> str:
    """The text before the first of the request's stop sequences (the API never returns one)."""
    stops = [stop] if isinstance(stop, str) else list(stop or ())
    cuts = [text.index(s) for s in stops if s and s in text]
    return text[:min(cuts)] if cuts else text


def truncate(text: str, limit: Optional[int]) -> tuple[str, str]:
    """Cut the answer after its `limit`-th word (a word is a token here), keeping the text as
    it was up to there (newlines too, as a model's tokens would), and say why it ended."""
    if limit is None or words(text) <= limit:
        return text, "stop"
    return "".join(pieces(text)[:limit]).rstrip(), "length"


# The models of the self-hosted server (`FakeOpenAI._self_hosted`), which OpenAI never served.
SELF_HOSTED_MODELS = ("vicuna-7b-v1.5",)


def digest(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def vector(text: str, size: int) -> list[float]:
    """A unit vector drawn from the text alone (never the model), so equal sizes give equal
    vectors whichever embedding model is asked."""
    rng = random.Random(digest("embedding", text))
    raw = [rng.gauss(0.0, 1.0) for _ in range(size)]
    norm = math.sqrt(sum(x * x for x in raw)) or 1.0
    return [round(x / norm, 6) for x in raw]


def image_part(image: Any, where: str, era: str) -> str:
    """An image_url part as the model's input: `[image <digest of the url> <detail>]`, so an
    answer shows which image (and detail) a request carried. The object form {"url", "detail"}
    is the API's; the first vision guide (2023-11) also passed the URL as a bare string, which
    the vision preview took and today's API refuses."""
    if isinstance(image, str) and era == "2023":
        image = {"url": image}
    if not isinstance(image, dict):
        raise ApiError(400, f"Invalid type for '{where}': expected an object, but got a "
                            f"{type(image).__name__.replace('str', 'string')} instead.",
                       param=where, code="invalid_type")
    url, detail = image.get("url"), image.get("detail", "auto")
    if not isinstance(url, str):
        raise ApiError(400, f"Missing required parameter: '{where}.url'.", param=f"{where}.url",
                       code="missing_required_parameter")
    if detail not in ("auto", "low", "high"):
        raise ApiError(400, f"Invalid value: '{detail}'. Supported values are: 'auto', 'low', "
                            "and 'high'.", param=f"{where}.detail", code="invalid_value")
    if not re.match(r"(https?://|data:image/(png|jpeg|gif|webp);base64,)", url):
        raise ApiError(400, "Invalid image URL: expected an http(s) URL or a base64 data URL.",
                       param=f"{where}.url", code="invalid_image_url")
    return f"[image {digest(url)[:8]} {detail}]"


def content_text(content: Any, where: str, era: str = "now") -> str:
    """The text of a message's content, checked as the API checks it."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = []
        for i, part in enumerate(content):
            if not isinstance(part, dict):
                raise ApiError(400, f"Invalid type for '{where}[{i}]': expected an object, but got "
                                    f"a {type(part).__name__.replace('str', 'string')} instead.",
                               param=f"{where}[{i}]", code="invalid_type")
            if part.get("type") == "text":
                if not isinstance(part.get("text"), str):
                    raise ApiError(400, f"Missing required parameter: '{where}[{i}].text'.",
                                   param=f"{where}[{i}].text", code="missing_required_parameter")
                texts.append(part["text"])
            elif part.get("type") == "image_url":
                texts.append(image_part(part.get("image_url"), f"{where}[{i}].image_url", era))
            elif part.get("type") not in ("input_audio", "file"):
                raise ApiError(400, f"Invalid value: '{part.get('type')}'. Supported values are: "
                                    "'text', 'image_url', 'input_audio', 'refusal', and 'file'.",
                               param=f"{where}[{i}].type", code="invalid_value")
        return " ".join(texts)
    raise ApiError(400, f"Invalid type for '{where}': expected one of a string or array of "
                        f"objects, but got {type(content).__name__} instead.",
                   param=where, code="invalid_type")


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def json(self) -> dict[str, Any]:
        if not self.body:
            return {}
        try:
            data = json.loads(self.body)
        except ValueError:
            raise ApiError(400, "We could not parse the JSON body of your request. (HINT: This "
                                "likely means you aren't using your HTTP library correctly.)")
        if not isinstance(data, dict):
            raise ApiError(400, "The request body must be a JSON object.")
        return data

    def form(self) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
        """Fields and files of a multipart/form-data body."""
        ctype = self.headers.get("content-type", "")
        if not ctype.startswith("multipart/form-data"):
            raise ApiError(400, "Invalid Content-Type header (expected multipart/form-data).")
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + self.body)
        fields: dict[str, str] = {}
        files: dict[str, tuple[str, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            filename = part.get_filename()
            if filename is not None:
                files[name] = (filename, payload)
            else:
                fields[name] = payload.decode()
        return fields, files


@dataclass
class Answer:
    status: int
    body: Any  # a JSON value, or bytes for SSE / plain text
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class LogEntry:
    method: str
    path: str
    model: Optional[str]
    status: int


class FakeOpenAI:
    """One era of the API. `handle(request)` is the whole behaviour; `serve()` puts it on HTTP."""

    def __init__(self, era: str) -> None:
        if era not in ERAS:
            raise ValueError(f"era must be one of {ERAS}")
        self.era = era
        self.created = CREATED[era]
        self.log: dict[str, list[LogEntry]] = {}
        self.files: dict[str, dict[str, dict[str, Any]]] = {}  # api key -> id -> file
        self.jobs: dict[str, dict[str, dict[str, Any]]] = {}  # api key -> id -> job
        self._lock = threading.Lock()
        self._local = threading.local()  # the caller's key, for the files and jobs stores
        self.server: Optional[ThreadingHTTPServer] = None
        self.assistants = Assistants(self.created, ApiError, reply)

    # -- model sets of this era
    @property
    def now(self) -> bool:
        return self.era == "now"

    def chat_models(self) -> set[str]:
        return CHAT_MODELS_NOW if self.now else CHAT_MODELS_2023

    def embedding_sizes(self) -> dict[str, int]:
        return EMBEDDING_SIZES_NOW if self.now else EMBEDDING_SIZES_2023

    def all_models(self) -> list[str]:
        if self.now:
            groups = [CHAT_MODELS_NOW, RESPONSES_ONLY_MODELS_NOW, EMBEDDING_SIZES_NOW,
                      MODERATION_MODELS_NOW, IMAGE_MODELS_NOW, AUDIO_MODELS_NOW]
        else:
            groups = [COMPLETION_MODELS_2023, CHAT_MODELS_2023, EDIT_MODELS_2023,
                      EMBEDDING_SIZES_2023, MODERATION_MODELS_2023, IMAGE_MODELS_2023,
                      AUDIO_MODELS_2023]
        return sorted(set().union(*groups))

    # -- HTTP
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Start serving in a daemon thread; returns the base URL (no trailing slash)."""
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def _any(self) -> None:
                split = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                request = Request(
                    self.command, split.path,
                    {k: v[-1] for k, v in parse_qs(split.query).items()},
                    {k.lower(): v for k, v in self.headers.items()}, body)
                answer = fake.handle(request)
                data = answer.body if isinstance(answer.body, bytes) else \
                    json.dumps(answer.body).encode()
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(data)))
                self.send_header("x-request-id", "req_" + digest(split.path, body.hex())[:16])
                # the API's time on the request, as the real one reports it (0.x's
                # response_ms); the same per path in both eras, so outputs compare
                self.send_header("openai-processing-ms", str(100 + int(digest(split.path)[:4], 16)
                                                             % 900))
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_DELETE = _any

        self.server = ThreadingHTTPServer((host, port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return f"http://{host}:{self.server.server_address[1]}"

    def close(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    def requests_of(self, key: str) -> list[LogEntry]:
        with self._lock:
            return list(self.log.get(key, []))

    # -- dispatch
    def handle(self, request: Request) -> Answer:
        key = self._key(request)
        self._local.key = key or ""
        model: Optional[str] = None
        try:
            if key is None:
                raise ApiError(401, "You didn't provide an API key. You need to provide your API "
                                    "key in an Authorization header using Bearer auth.")
            if not key.startswith("test"):
                raise ApiError(401, "Incorrect API key provided.", code="invalid_api_key")
            if request.path.startswith("/openai/"):
                answer, model = self._azure(request, key)
            elif request.path.startswith("/selfhosted/v1/"):
                answer, model = self._self_hosted(request)
            elif request.path.startswith("/v1/"):
                answer, model = self._openai(request, key, request.path[3:])
            else:
                raise invalid_url(request.method, request.path)
        except ApiError as error:
            answer = Answer(error.status, error.body)
            model = model or self._model_of(request)
        with self._lock:
            self.log.setdefault(key or "", []).append(
                LogEntry(request.method, request.path, model, answer.status))
        return answer

    @staticmethod
    def _key(request: Request) -> Optional[str]:
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            return auth[7:].strip()
        return request.headers.get("api-key")

    @staticmethod
    def _model_of(request: Request) -> Optional[str]:
        try:
            model = json.loads(request.body).get("model")
        except (ValueError, AttributeError):
            return None
        return model if isinstance(model, str) else None

    def _openai(self, request: Request, key: str, path: str,
                deployment_model: Optional[str] = None) -> tuple[Answer, Optional[str]]:
        """Route an OpenAI path (without /v1); Azure passes the deployment's model."""
        m, parts = request.method, path.strip("/").split("/")
        posts: dict[str, Callable[[dict[str, Any]], Answer]] = {
            "chat/completions": self.chat, "completions": self.completions,
            "embeddings": self.embeddings, "moderations": self.moderations,
            "images/generations": self.images, "edits": self.edits,
            "responses": self.responses, "fine_tuning/jobs": self.create_job,
            "fine-tunes": self.create_fine_tune,
        }
        joined = "/".join(parts)
        removed_now = ("edits", "fine-tunes", "engines", "assistants", "threads")
        if self.now and parts[0] in removed_now:
            raise invalid_url(m, "/v1" + path)
        if self.era == "2023" and parts[0] == "responses":
            raise invalid_url(m, "/v1" + path)
        if parts[0] in ("assistants", "threads"):
            if self.era != "2025" or request.headers.get("openai-beta") != "assistants=v2":
                raise invalid_url(m, "/v1" + path)
            status, answer, ctype = self.assistants.route(key, m, parts, request.query,
                                                          request.json)
            # openai 1.x's poll helpers wait what this header says (1 s without it).
            return Answer(status, answer, ctype, {"openai-poll-after-ms": "1"}), None
        if parts[0] == "engines":
            if len(parts) == 1 and m == "GET":
                return self.list_models(engines=True), None
            if len(parts) == 2 and m == "GET":
                return self.retrieve_model(parts[1], engine=True), parts[1]
            if len(parts) >= 3 and m == "POST" and "/".join(parts[2:]) in (
                    "completions", "chat/completions", "embeddings", "edits"):
                body = request.json()
                body["model"] = parts[1]
                return posts["/".join(parts[2:])](body), parts[1]
            raise invalid_url(m, "/v1" + path)
        if m == "POST" and joined in posts:
            body = request.json()
            if deployment_model is not None:
                body["model"] = deployment_model
            return posts[joined](body), body.get("model")
        if m == "POST" and joined in ("audio/transcriptions", "audio/translations"):
            return self.audio(request, parts[1], deployment_model)
        if m == "POST" and joined in ("images/edits", "images/variations"):
            return self.image_edit(request, parts[1])
        if parts[0] == "files":
            return self.file_route(request, key, parts[1:]), None
        if parts[:2] == ["fine_tuning", "jobs"] and m == "GET" and len(parts) == 2:
            return self.list_jobs(key, "fine_tuning.job"), None
        if parts[:2] == ["fine_tuning", "jobs"] and len(parts) >= 3:
            return self.job_route(request, key, parts[2], parts[3:]), None
        if parts[0] == "fine-tunes":
            if m == "GET" and len(parts) == 1:
                return self.list_jobs(key, "fine-tune"), None
            return self.job_route(request, key, parts[1], parts[2:]), None
        if parts[0] == "models" and m == "GET":
            if len(parts) == 1:
                return self.list_models(), None
            return self.retrieve_model("/".join(parts[1:])), "/".join(parts[1:])
        raise invalid_url(m, "/v1" + path)

    def _self_hosted(self, request: Request) -> tuple[Answer, Optional[str]]:
        """A server of a project's own (FastChat, vLLM ...) under /selfhosted/v1: its
        Completions API serves its own models in every era, whatever OpenAI retired."""
        if request.method != "POST" or request.path != "/selfhosted/v1/completions":
            raise invalid_url(request.method, request.path)
        body = request.json()
        self._check_args(body, COMPLETION_ARGS, ("model",))
        model = body.get("model")
        if model not in SELF_HOSTED_MODELS:
            raise model_not_found(str(model))
        return self._completion(body, model), model

    def _azure(self, request: Request, key: str) -> tuple[Answer, Optional[str]]:
        versions = AZURE_VERSIONS_NOW if self.now else AZURE_VERSIONS_2023
        version = request.query.get("api-version")
        if version is None:
            raise ApiError(404, "Resource not found", code="404")
        if version not in versions:
            # Azure answers an api-version it no longer serves as a missing resource.
            error = ApiError(404, "Resource not found")
            error.body = {"error": {"code": "404", "message": "Resource not found"}}
            raise error
        match = re.fullmatch(r"/openai/deployments/([^/]+)/(.+)", request.path)
        if not match:
            raise invalid_url(request.method, request.path)
        deployment, rest = match.groups()
        model = AZURE_DEPLOYMENTS.get(self.era, {}).get(deployment)
        if model is None:
            error = ApiError(404, "The API deployment for this resource does not exist. If you "
                                  "created the deployment within the last 5 minutes, please wait "
                                  "a moment and try again.")
            error.body = {"error": {"code": "DeploymentNotFound",
                                    "message": error.body["error"]["message"]}}
            raise error
        answer, _ = self._openai(request, key, "/" + rest, deployment_model=model)
        return answer, deployment

    # -- validation helpers
    def _check_args(self, body: dict[str, Any], allowed: set[str], required: tuple[str, ...]) -> None:
        for name in body:
            if name not in allowed:
                raise ApiError(400, f"Unrecognized request argument supplied: {name}")
        for name in required:
            if body.get(name) is None:
                raise ApiError(400, f"Missing required parameter: '{name}'.", param=name,
                               code="missing_required_parameter")

    def _check_reasoning(self, model: str, body: dict[str, Any], max_name: str) -> None:
        """Parameter rules of reasoning models (see REASONING above for the sources)."""
        if not REASONING.match(model):
            return
        if body.get("max_tokens") is not None:
            raise ApiError(400, "Unsupported parameter: 'max_tokens' is not supported with this "
                                f"model. Use '{max_name}' instead.", param="max_tokens",
                           code="unsupported_parameter")
        for name, default in SAMPLING_DEFAULTS.items():
            value = body.get(name)
            if value is not None and value != default:
                raise ApiError(400, f"Unsupported value: '{name}' does not support {value} with "
                                    f"this model. Only the default ({default}) value is "
                                    "supported.", param=name, code="unsupported_value")
        for name in REASONING_UNSUPPORTED:
            if body.get(name) not in (None, False):
                raise ApiError(400, f"Unsupported parameter: '{name}' is not supported with "
                                    "this model.", param=name, code="unsupported_parameter")

    def _usage(self, prompt: int, completion: int) -> dict[str, int]:
        return {"prompt_tokens": prompt, "completion_tokens": completion,
                "total_tokens": prompt + completion}

    def _sse(self, chunks: list[dict[str, Any]]) -> Answer:
        data = b"".join(b"data: " + json.dumps(c).encode() + b"\n\n" for c in chunks)
        return Answer(200, data + b"data: [DONE]\n\n", "text/event-stream")

    # -- chat completions
    def chat(self, body: dict[str, Any]) -> Answer:
        allowed = CHAT_ARGS_NOW if self.now else CHAT_ARGS_2023
        self._check_args(body, allowed, ("model", "messages"))
        model = body["model"]
        if model not in self.chat_models():
            if self.now and model in RESPONSES_ONLY_MODELS_NOW:
                raise ApiError(404, "This model is only supported in v1/responses and not in "
                                    "v1/chat/completions.", param="model")
            raise model_not_found(model)
        messages = body["messages"]
        if not isinstance(messages, list) or not messages:
            raise ApiError(400, "Invalid 'messages': empty array. Expected an array with minimum "
                                "length 1, but got an empty array instead.", param="messages",
                           code="empty_array")
        texts = []
        roles = {"system", "user", "assistant", "function", "tool"} | (
            {"developer"} if self.now else set())
        for i, message in enumerate(messages):
            if not isinstance(message, dict):
                raise ApiError(400, f"Invalid type for 'messages[{i}]': expected an object, but "
                                    f"got a {type(message).__name__} instead.",
                               param=f"messages[{i}]", code="invalid_type")
            if message.get("role") not in roles:
                raise ApiError(400, f"Invalid value: '{message.get('role')}'. Supported values "
                                    f"are: {', '.join(sorted(roles))}.",
                               param=f"messages[{i}].role", code="invalid_value")
            if "content" not in message and message.get("role") != "assistant":
                raise ApiError(400, f"Missing required parameter: 'messages[{i}].content'.",
                               param=f"messages[{i}].content", code="missing_required_parameter")
            content = message.get("content")
            if not self.now and content is not None and not isinstance(content, str) \
                    and not (model in VISION_MODELS_2023 and isinstance(content, list)):
                raise ApiError(400, f"{content!r} is not of type 'string' - "
                                    f"'messages.{i}.content'")
            text = content_text(content, f"messages[{i}].content", self.era)
            if message["role"] == "user":
                texts.append(text)
        if self.now:
            if body.get("max_tokens") is not None and body.get("max_completion_tokens") is not None:
                raise ApiError(400, "max_tokens and max_completion_tokens cannot both be set.",
                               param="max_tokens")
            self._check_reasoning(model, body, "max_completion_tokens")
        if any(SLOW_MARK in text for text in texts):
            time.sleep(SLOW_SECONDS)  # a model that takes its time: tests timeouts
        n = int(body.get("n") or 1)
        limit = body.get("max_completion_tokens", body.get("max_tokens"))
        answer, finish = truncate(stop_at("echo: " + " | ".join(texts), body.get("stop")), limit)
        call = self._forced_call(body, texts)
        base = {"id": "chatcmpl-" + digest(body)[:24], "created": self.created, "model": model}
        if self.now:
            base["system_fingerprint"] = "fp_fake"
        if body.get("stream"):
            return self._chat_stream(base, answer, finish, n, call, body)
        choices = []
        for i in range(n):
            message: dict[str, Any] = {"role": "assistant", "content": answer}
            if self.now:
                message["refusal"] = None
            if call is not None:
                message["content"] = None
                message.update(call)
            choice = {"index": i, "message": message,
                      "finish_reason": "tool_calls" if call and "tool_calls" in call
                      else "function_call" if call else finish} \
                | ({"logprobs": None} if self.now else {})
            if not self.now and model in VISION_MODELS_2023:
                # the vision preview answered with finish_details, not finish_reason
                del choice["finish_reason"]
                choice["finish_details"] = {"type": "max_tokens" if finish == "length" else "stop"}
            choices.append(choice)
        return Answer(200, {**base, "object": "chat.completion", "choices": choices,
                            "usage": self._usage(sum(map(words, texts)), n * words(answer))})

    def _forced_call(self, body: dict[str, Any], texts: list[str]) -> Optional[dict[str, Any]]:
        """A function/tool call when the request forces one: its arguments echo the user text."""
        arguments = json.dumps({"text": texts[-1] if texts else ""})
        forced = body.get("function_call")
        if isinstance(forced, dict) and forced.get("name"):
            return {"function_call": {"name": forced["name"], "arguments": arguments}}
        choice = body.get("tool_choice")
        if isinstance(choice, dict) and isinstance(choice.get("function"), dict):
            return {"tool_calls": [{"id": "call_" + digest(body)[:12], "type": "function",
                                    "function": {"name": choice["function"]["name"],
                                                 "arguments": arguments}}]}
        return None

    def _chat_stream(self, base: dict[str, Any], answer: str, finish: str, n: int,
                     call: Optional[dict[str, Any]], body: dict[str, Any]) -> Answer:
        chunk = {**base, "object": "chat.completion.chunk"}
        chunks = []
        for i in range(n):
            # First delta carries the role only: content None today, absent in 2023.
            first = {"role": "assistant", "content": None} if self.now else {"role": "assistant"}
            chunks.append({**chunk, "choices": [{"index": i, "delta": first, "finish_reason": None}]})
            if call is not None:
                chunks.append({**chunk, "choices": [{"index": i, "delta": call,
                                                     "finish_reason": None}]})
            else:
                for piece in pieces(answer):
                    chunks.append({**chunk, "choices": [{"index": i, "delta": {"content": piece},
                                                         "finish_reason": None}]})
            chunks.append({**chunk, "choices": [{"index": i, "delta": {},
                                                 "finish_reason": finish}]})
        options = body.get("stream_options") or {}
        if options.get("include_usage"):
            texts = [m.get("content") for m in body["messages"] if m.get("role") == "user"]
            chunks.append({**chunk, "choices": [], "usage": self._usage(
                sum(words(content_text(t, "content")) for t in texts), n * words(answer))})
        return self._sse(chunks)

    # -- legacy completions
    def completions(self, body: dict[str, Any]) -> Answer:
        model = body.get("model")
        if self.now:
            # No live model since 2026-09-28 (deprecations.md 1c): every model is refused.
            if model in CHAT_MODELS_NOW:
                raise ApiError(404, "This is a chat model and not supported in the "
                                    "v1/completions endpoint. Did you mean to use "
                                    "v1/chat/completions?", param="model")
            raise model_not_found(str(model))
        self._check_args(body, COMPLETION_ARGS, ("model",))
        if model not in COMPLETION_MODELS_2023:
            if model in CHAT_MODELS_2023:
                raise ApiError(404, "This is a chat model and not supported in the "
                                    "v1/completions endpoint. Did you mean to use "
                                    "v1/chat/completions?", param="model")
            raise model_not_found(model)
        return self._completion(body, model)

    def _completion(self, body: dict[str, Any], model: str) -> Answer:
        """A Completions answer (the model checked): one choice per prompt and n."""
        prompt = body.get("prompt", "<|endoftext|>")
        prompts = prompt if isinstance(prompt, list) else [prompt]
        if not all(isinstance(p, str) for p in prompts):
            raise ApiError(400, "The prompt must be a string or a list of strings.",
                           param="prompt")
        n = int(body.get("n") or 1)
        choices, used = [], 0
        for p_index, text in enumerate(prompts):
            answer, finish = truncate(stop_at("echo: " + text, body.get("stop")),
                                      body.get("max_tokens"))
            for j in range(n):
                choices.append({"text": answer, "index": p_index * n + j, "logprobs": None,
                                "finish_reason": finish})
                used += words(answer)
        base = {"id": "cmpl-" + digest(body)[:24], "object": "text_completion",
                "created": self.created, "model": model}
        if body.get("stream"):
            chunks = []
            for choice in choices:
                for piece in pieces(choice["text"]):
                    chunks.append({**base, "choices": [{"text": piece, "index": choice["index"],
                                                        "logprobs": None, "finish_reason": None}]})
                chunks.append({**base, "choices": [{"text": "", "index": choice["index"],
                                                    "logprobs": None,
                                                    "finish_reason": choice["finish_reason"]}]})
            return self._sse(chunks)
        return Answer(200, {**base, "choices": choices,
                            "usage": self._usage(sum(map(words, prompts)), used)})

    def edits(self, body: dict[str, Any]) -> Answer:
        self._check_args(body, EDIT_ARGS, ("model", "instruction"))
        if body["model"] not in EDIT_MODELS_2023:
            raise model_not_found(body["model"])
        text = "echo: " + body.get("input", "") + " | " + body["instruction"]
        n = int(body.get("n") or 1)
        return Answer(200, {
            "object": "edit", "created": self.created,
            "choices": [{"text": text, "index": i} for i in range(n)],
            "usage": self._usage(words(body.get("input", "")) + words(body["instruction"]),
                                 n * words(text))})

    # -- responses (eras 2025 and now; launched March 2025)
    def responses(self, body: dict[str, Any]) -> Answer:
        self._check_args(body, RESPONSES_ARGS, ("model",))
        model = body["model"]
        if model not in CHAT_MODELS_NOW | RESPONSES_ONLY_MODELS_NOW:
            raise model_not_found(model)
        for name, default in SAMPLING_DEFAULTS.items():
            if REASONING.match(model) and body.get(name) not in (None, default):
                raise ApiError(400, f"Unsupported parameter: '{name}' is not supported with "
                                    "this model.", param=name, code="unsupported_parameter")
        given = body.get("input", "")
        if isinstance(given, str):
            texts = [given]
        elif isinstance(given, list):
            texts = [content_text(m.get("content"), f"input[{i}].content")
                     for i, m in enumerate(given) if isinstance(m, dict) and m.get("role") == "user"]
        else:
            raise ApiError(400, "Invalid type for 'input'.", param="input", code="invalid_type")
        answer, finish = truncate(reply(texts, body.get("instructions")),
                                  body.get("max_output_tokens"))
        rid = "resp_" + digest(body)[:24]
        message = {"id": "msg_" + rid[5:], "type": "message", "role": "assistant",
                   "status": "completed",
                   "content": [{"type": "output_text", "text": answer, "annotations": []}]}
        result = {"id": rid, "object": "response", "created_at": self.created, "model": model,
                  "status": "completed" if finish == "stop" else "incomplete",
                  "output": [message], "parallel_tool_calls": True, "tool_choice": "auto",
                  "tools": [], "error": None, "incomplete_details": None,
                  "usage": {"input_tokens": sum(map(words, texts)),
                            "output_tokens": words(answer),
                            "total_tokens": sum(map(words, texts)) + words(answer),
                            "input_tokens_details": {"cached_tokens": 0},
                            "output_tokens_details": {"reasoning_tokens": 0}}}
        if body.get("stream"):
            events = [{"type": "response.created", "sequence_number": 0,
                       "response": {**result, "status": "in_progress", "output": []}}]
            for piece in pieces(answer):
                events.append({"type": "response.output_text.delta", "item_id": message["id"],
                               "output_index": 0, "content_index": 0, "delta": piece,
                               "sequence_number": len(events), "logprobs": []})
            events.append({"type": "response.completed", "response": result,
                           "sequence_number": len(events)})
            return self._sse(events)
        return Answer(200, result)

    # -- embeddings, moderations
    def embeddings(self, body: dict[str, Any]) -> Answer:
        allowed = EMBEDDING_ARGS_NOW if self.now else EMBEDDING_ARGS_2023
        self._check_args(body, allowed, ("model", "input"))
        model, sizes = body["model"], self.embedding_sizes()
        if model not in sizes:
            raise model_not_found(model)
        given = body["input"]
        inputs = given if isinstance(given, list) else [given]
        if not inputs or not all(isinstance(t, str) and t for t in inputs):
            raise ApiError(400, "'$.input' is invalid. Please check the API reference: "
                                "https://platform.openai.com/docs/api-reference.", param="input")
        size = sizes[model]
        dimensions = body.get("dimensions")
        if dimensions is not None:
            if model == "text-embedding-ada-002":
                raise ApiError(400, "This model does not support specifying dimensions.",
                               param="dimensions")
            if not isinstance(dimensions, int) or not 1 <= dimensions <= size:
                raise ApiError(400, f"Invalid value for 'dimensions' = {dimensions}. Must be "
                                    f"between 1 and {size}.", param="dimensions")
            size = dimensions
        data = []
        for i, text in enumerate(inputs):
            values = vector(text, size)
            if body.get("encoding_format") == "base64":
                encoded: Any = base64.b64encode(struct.pack(f"<{size}f", *values)).decode()
            else:
                encoded = values
            data.append({"object": "embedding", "index": i, "embedding": encoded})
        tokens = sum(map(words, inputs))
        return Answer(200, {"object": "list", "data": data, "model": model,
                            "usage": {"prompt_tokens": tokens, "total_tokens": tokens}})

    def moderations(self, body: dict[str, Any]) -> Answer:
        self._check_args(body, MODERATION_ARGS, ("input",))
        models = MODERATION_MODELS_NOW if self.now else MODERATION_MODELS_2023
        model = body.get("model") or ("omni-moderation-latest" if self.now
                                      else "text-moderation-latest")
        if model not in models:
            raise model_not_found(model)
        given = body["input"]
        inputs = given if isinstance(given, list) else [given]
        names = MODERATION_CATEGORIES_NOW if self.now else MODERATION_CATEGORIES_2023
        results = []
        for text in inputs:
            if not isinstance(text, str):
                raise ApiError(400, "Only text input is checked by this fake.", param="input")
            hit = {FLAG_WORDS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in FLAG_WORDS}
            result: dict[str, Any] = {
                "flagged": bool(hit),
                "categories": {name: name in hit for name in names},
                "category_scores": {name: 0.91 if name in hit else 0.0012 for name in names}}
            if self.now:
                result["category_applied_input_types"] = {name: ["text"] for name in names}
            results.append(result)
        return Answer(200, {"id": "modr-" + digest(body)[:20],
                            "model": model if self.now else "text-moderation-006",
                            "results": results})

    # -- images
    def _image_data(self, model: str, prompt: str, n: int, response_format: Optional[str]) -> list[Any]:
        data = []
        for i in range(n):
            key = digest(model != "dall-e-2", prompt, i)[:16]
            if response_format == "b64_json" or model.startswith("gpt-image"):
                data.append({"b64_json": base64.b64encode(b"\x89PNG fake " + key.encode()).decode()})
            else:
                data.append({"url": f"https://images.fake-openai.invalid/{key}.png"})
            if model == "dall-e-3":
                data[-1]["revised_prompt"] = prompt
        return data

    def images(self, body: dict[str, Any]) -> Answer:
        allowed = IMAGE_ARGS_NOW if self.now else IMAGE_ARGS_2023
        self._check_args(body, allowed, ("prompt",))
        # The API's default image model is dall-e-2, retired on 2026-05-12 (deprecations.md):
        # a request without `model` names a dead model today.
        model = body.get("model") or "dall-e-2"
        return self._image_answer(model, body)

    def _image_answer(self, model: str, body: dict[str, Any]) -> Answer:
        models = IMAGE_MODELS_NOW if self.now else IMAGE_MODELS_2023
        if model not in models:
            raise model_not_found(model)
        size = body.get("size") or "1024x1024"
        if model.startswith("gpt-image"):
            if body.get("response_format") is not None:
                raise ApiError(400, "Unknown parameter: 'response_format'.",
                               param="response_format", code="unknown_parameter")
            if size not in GPT_IMAGE_SIZES:
                raise ApiError(400, f"Invalid value: '{size}'. Supported values are: "
                                    "'1024x1024', '1024x1536', '1536x1024', and 'auto'.",
                               param="size", code="invalid_value")
        elif model == "dall-e-3":
            if size not in DALLE3_SIZES:
                raise ApiError(400, f"'{size}' is not one of {list(DALLE3_SIZES)} - 'size'",
                               param="size")
            if int(body.get("n") or 1) != 1:
                raise ApiError(400, "Invalid 'n': integer above maximum value. Expected a value "
                                    "<= 1, but got a larger value instead.", param="n")
            if body.get("quality", "standard") not in ("standard", "hd"):
                raise ApiError(400, f"'{body.get('quality')}' is not one of ['standard', 'hd'] "
                                    "- 'quality'", param="quality")
        elif size not in DALLE2_SIZES:
            raise ApiError(400, f"'{size}' is not one of {list(DALLE2_SIZES)} - 'size'",
                           param="size")
        n = int(body.get("n") or 1)
        return Answer(200, {"created": self.created, "data": self._image_data(
            model, str(body.get("prompt", "")), n, body.get("response_format"))})

    def image_edit(self, request: Request, kind: str) -> tuple[Answer, Optional[str]]:
        fields, files = request.form()
        if "image" not in files and "image[]" not in files:
            raise ApiError(400, "Missing required parameter: 'image'.", param="image")
        if kind == "edits" and "prompt" not in fields:
            raise ApiError(400, "Missing required parameter: 'prompt'.", param="prompt")
        # Variations exist for dall-e-2 only, retired today: no model serves them.
        model = fields.get("model") or "dall-e-2"
        if kind == "variations" and model != "dall-e-2":
            raise ApiError(400, "Invalid value: only dall-e-2 supports image variations.",
                           param="model")
        body: dict[str, Any] = dict(fields)
        body["prompt"] = fields.get("prompt", files.get("image", ("", b""))[0])
        return self._image_answer(model, body), model

    # -- audio
    def audio(self, request: Request, kind: str, deployment_model: Optional[str]) -> tuple[Answer, Optional[str]]:
        fields, files = request.form()
        model = deployment_model or fields.get("model")
        if "file" not in files:
            raise ApiError(400, "Missing required parameter: 'file'.", param="file")
        if not model:
            raise ApiError(400, "Missing required parameter: 'model'.", param="model")
        models = AUDIO_MODELS_NOW if self.now else AUDIO_MODELS_2023
        if model not in models:
            raise model_not_found(model)
        if kind == "translations" and model != "whisper-1":
            raise ApiError(400, f"The model `{model}` does not support translations.",
                           param="model")
        name, data = files["file"]
        if not re.search(r"\.(flac|mp3|mp4|mpeg|mpga|m4a|ogg|wav|webm)$", name):
            raise ApiError(400, "Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', "
                                "'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm']",
                           param="file")
        spoken = data.decode("utf-8", "replace")
        spoken = spoken.split("FAKEAUDIO:", 1)[1].strip() if "FAKEAUDIO:" in spoken \
            else f"{len(data)} bytes of sound"
        text = ("translated: " if kind == "translations" else "") + spoken
        fmt = fields.get("response_format", "json")
        allowed = ("json", "text") if model.startswith("gpt-") else \
            ("json", "text", "srt", "verbose_json", "vtt")
        if fmt not in allowed:
            raise ApiError(400, f"response_format '{fmt}' is not compatible with model "
                                f"'{model}'. Use 'json' or 'text'.", param="response_format",
                           code="unsupported_value")
        if fmt == "text":
            return Answer(200, (text + "\n").encode(), "text/plain; charset=utf-8"), model
        if fmt in ("srt", "vtt"):
            cue = "1\n00:00:00,000 --> 00:00:02,000\n" if fmt == "srt" else \
                "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n"
            return Answer(200, (cue + text + "\n").encode(), "text/plain; charset=utf-8"), model
        if fmt == "verbose_json":
            return Answer(200, {"task": kind[:-1].replace("transcription", "transcribe"),
                                "language": fields.get("language", "english"), "duration": 2.0,
                                "text": text, "segments": [
                                    {"id": 0, "seek": 0, "start": 0.0, "end": 2.0, "text": text,
                                     "tokens": [], "temperature": 0.0, "avg_logprob": -0.1,
                                     "compression_ratio": 1.0, "no_speech_prob": 0.01}]}), model
        return Answer(200, {"text": text}), model

    # -- files
    def file_route(self, request: Request, key: str, rest: list[str]) -> Answer:
        store = self.files.setdefault(key, {})
        if request.method == "POST" and not rest:
            fields, files = request.form()
            if "file" not in files:
                raise ApiError(400, "Missing required parameter: 'file'.", param="file")
            purposes = ("fine-tune", "assistants", "batch", "user_data", "vision", "evals") \
                if self.now else ("fine-tune", "assistants")
            purpose = fields.get("purpose")
            if purpose not in purposes:
                raise ApiError(400, f"'{purpose}' is not one of {list(purposes)} - 'purpose'",
                               param="purpose")
            name, data = files["file"]
            if purpose == "fine-tune":
                for number, line in enumerate(data.decode().splitlines(), 1):
                    try:
                        json.loads(line)
                    except ValueError:
                        raise ApiError(400, f"Invalid file format: line {number} is not JSON.",
                                       param="file")
            fid = "file-" + digest(name, data.hex())[:24]
            store[fid] = {"object": "file", "id": fid, "purpose": purpose, "filename": name,
                          "bytes": len(data), "created_at": self.created, "status": "processed",
                          "status_details": None, "_content": data}
            return Answer(200, self._public(store[fid]))
        if request.method == "GET" and not rest:
            return Answer(200, {"object": "list", "has_more": False,
                                "data": [self._public(f) for f in store.values()]})
        if len(rest) >= 1 and rest[0] in store:
            fid = rest[0]
            if request.method == "GET" and len(rest) == 1:
                return Answer(200, self._public(store[fid]))
            if request.method == "GET" and rest[1:] == ["content"]:
                return Answer(200, store[fid]["_content"], "application/octet-stream")
            if request.method == "DELETE" and len(rest) == 1:
                del store[fid]
                return Answer(200, {"object": "file", "id": fid, "deleted": True})
        if rest:
            raise ApiError(404, f"No such File object: {rest[0]}", param="id")
        raise invalid_url(request.method, "/v1/files")

    @staticmethod
    def _public(record: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in record.items() if not k.startswith("_")}

    # -- fine-tuning (jobs today; the legacy /v1/fine-tunes in 2023)
    def _training_file(self, key: str, fid: Any) -> None:
        if fid not in self.files.get(key, {}):
            raise ApiError(400, f"invalid training_file: {fid}", param="training_file")

    def create_job(self, body: dict[str, Any]) -> Answer:
        self._check_args(body, FINE_TUNING_ARGS, ("model", "training_file"))
        bases = FINE_TUNING_BASES_NOW if self.now else FINE_TUNING_BASES_2023
        if body["model"] not in bases:
            raise ApiError(400, f"Model {body['model']} is not available for fine-tuning or does "
                                "not exist.", param="model", code="model_not_available")
        return self._store_job(body, "fine_tuning.job")

    def create_fine_tune(self, body: dict[str, Any]) -> Answer:
        self._check_args(body, FINE_TUNE_ARGS, ("training_file",))
        body.setdefault("model", "curie")
        if body["model"] not in FINE_TUNE_BASES_2023:
            raise ApiError(400, f"Invalid base model: {body['model']}", param="model")
        return self._store_job(body, "fine-tune")

    def _store_job(self, body: dict[str, Any], kind: str) -> Answer:
        key = self._local.key
        self._training_file(key, body["training_file"])
        if kind == "fine_tuning.job":
            job: dict[str, Any] = {
                "object": kind, "id": "ftjob-" + digest(body)[:24], "model": body["model"],
                "created_at": self.created, "finished_at": None, "fine_tuned_model": None,
                "organization_id": "org-fake", "result_files": [], "status": "validating_files",
                "validation_file": body.get("validation_file"),
                "training_file": body["training_file"],
                "hyperparameters": body.get("hyperparameters") or {"n_epochs": "auto"},
                "trained_tokens": None, "error": None}
            if self.now:
                job["seed"] = body.get("seed", 42)
        else:
            job = {"object": kind, "id": "ft-" + digest(body)[:24], "model": body["model"],
                   "created_at": self.created, "updated_at": self.created,
                   "fine_tuned_model": None, "organization_id": "org-fake",
                   "status": "pending", "events": [], "result_files": [],
                   "validation_files": [], "training_files": [
                       self._public(self.files[key][body["training_file"]])],
                   "hyperparams": {"n_epochs": body.get("n_epochs", 4), "batch_size": None,
                                   "prompt_loss_weight": 0.01,
                                   "learning_rate_multiplier": None}}
        self.jobs.setdefault(key, {})[job["id"]] = job
        return Answer(200, job)

    def list_jobs(self, key: str, kind: str) -> Answer:
        jobs = [j for j in self.jobs.get(key, {}).values() if j["object"] == kind]
        return Answer(200, {"object": "list", "data": jobs, "has_more": False})

    def job_route(self, request: Request, key: str, jid: str, rest: list[str]) -> Answer:
        job = self.jobs.get(key, {}).get(jid)
        if job is None:
            raise ApiError(404, f"No such fine-tune job: {jid}", param="id")
        if request.method == "GET" and not rest:
            return Answer(200, job)
        if request.method == "POST" and rest == ["cancel"]:
            job["status"] = "cancelled"
            return Answer(200, job)
        if request.method == "GET" and rest == ["events"]:
            kind = "fine_tuning.job.event" if job["object"] == "fine_tuning.job" else "fine-tune-event"
            return Answer(200, {"object": "list", "has_more": False, "data": [
                {"object": kind, "id": "ftevent-" + jid[-12:], "created_at": self.created,
                 "level": "info", "message": "Created fine-tuning job"}]})
        raise invalid_url(request.method, request.path)

    # -- models
    def list_models(self, engines: bool = False) -> Answer:
        return Answer(200, {"object": "list", "data": [
            self._model_object(m, engines) for m in self.all_models()]})

    def retrieve_model(self, model: str, engine: bool = False) -> Answer:
        if model not in self.all_models():
            raise model_not_found(model)
        return Answer(200, self._model_object(model, engine))

    def _model_object(self, model: str, engine: bool) -> dict[str, Any]:
        if engine:
            return {"object": "engine", "id": model, "ready": True, "owner": "openai",
                    "permissions": None, "created": None}
        record: dict[str, Any] = {"id": model, "object": "model", "created": self.created,
                                  "owned_by": "openai" if self.now else "openai-internal"}
        if not self.now:
            record.update({"permission": [], "root": model, "parent": None})
        return record


@dataclass
class Servers:
    """Both eras on their own ports, for a test session."""

    old: FakeOpenAI = field(default_factory=lambda: FakeOpenAI("2023"))
    new: FakeOpenAI = field(default_factory=lambda: FakeOpenAI("now"))
    old_url: str = ""
    new_url: str = ""

    def start(self) -> "Servers":
        self.old_url = self.old.serve()
        self.new_url = self.new.serve()
        return self

    def close(self) -> None:
        self.old.close()
        self.new.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--era", choices=ERAS, default="now")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    fake = FakeOpenAI(args.era)
    print(fake.serve(port=args.port), flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
