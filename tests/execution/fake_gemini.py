"""A local fake of the Gemini API (generativelanguage v1beta) in two eras, for the providers'
execution suite.

Why: a rewrite from google-generativeai to google-genai is proven only by running it. Era
"legacy" answers what a google-generativeai 0.5 program sent in mid-2024 over REST:
`/v1beta/models/{m}:generateContent` (google-genai: `/v1/...`), `:embedContent`, `:batchEmbedContents`, and the PaLM methods
`:generateText`, `:embedText`, `:batchEmbedText` for the models of that time; era "now" answers
as of the suite's pinned day 2026-11-23 and refuses what the real API refuses: a retired model
(404 NOT_FOUND, the real API's "models/x is not found for API version v1beta" body), the PaLM
methods (404: the PaLM API was decommissioned on 2024-08-15, deprecations.md section 6),
unknown fields and task types that are not the API's enum names (400 INVALID_ARGUMENT).
Models served "now" are the table's Gemini rows that are not retired on that day
(migrations.yaml: gemini-3.1-pro-preview, gemini-embedding-001), hand-copied here.

Answers are functions of the request's text (system instruction, turns, generation settings)
and never of the model, so a legacy program and its correct rewrite print the same; an
embedding is a function of the text and of the task type and title (the vector's length is the
same for every model, so a rename is visible only through the model check).

Programs reach it through their SDK's base-URL setting: google-genai reads
GOOGLE_GEMINI_BASE_URL; google-generativeai has none, so the suite's legacy venv holds a
start-up module (`.pth`) that configures REST to GPTMIGRATE_GEMINI_URL (see
test_execution_providers).
Requests carry the key (x-goog-api-key header, or ?key=), by which they are logged.
Run by hand: `python tests/execution/fake_gemini.py --era now --port 8002`.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import parse_qs, urlsplit

ERAS = ("legacy", "now")
MODELS_NOW = {"gemini-3.1-pro-preview"}
EMBEDDING_MODELS_NOW = {"gemini-embedding-001"}
# mid-2024: Gemini 1.0 / 1.5, the first embedding models, and PaLM; today's models too, so a
# look-alike runs the same in both eras.
MODELS_LEGACY = {"gemini-pro", "gemini-1.0-pro", "gemini-1.0-pro-001", "gemini-1.5-flash",
                 "gemini-1.5-flash-001", "gemini-1.5-pro", "gemini-1.5-pro-001"} | MODELS_NOW
EMBEDDING_MODELS_LEGACY = {"embedding-001", "text-embedding-004"} | EMBEDDING_MODELS_NOW
PALM_TEXT_LEGACY = {"text-bison-001"}
PALM_EMBEDDING_LEGACY = {"embedding-gecko-001"}
# In enum order: google-generativeai's REST transport sends enums as numbers
# (`$alt=json;enum-encoding=int`), google-genai as names; the API takes both.
TASK_TYPES = ("TASK_TYPE_UNSPECIFIED", "RETRIEVAL_QUERY", "RETRIEVAL_DOCUMENT",
              "SEMANTIC_SIMILARITY", "CLASSIFICATION", "CLUSTERING", "QUESTION_ANSWERING",
              "FACT_VERIFICATION")
# google-generativeai 0.5 calls v1beta; google-genai 3.x calls v1 unless told otherwise.
PREFIXES = ("/v1beta/models/", "/v1/models/")
GENERATE_FIELDS = {"contents", "systemInstruction", "generationConfig", "safetySettings",
                   "tools", "toolConfig", "model", "cachedContent"}
GENERATION_FIELDS = {"temperature", "topP", "topK", "candidateCount", "maxOutputTokens",
                     "stopSequences", "responseMimeType", "presencePenalty", "frequencyPenalty",
                     "seed"}
EMBED_FIELDS = {"content", "taskType", "title", "outputDimensionality", "model"}
DIMENSIONS = 8


@dataclass
class LogEntry:
    key: str
    path: str
    model: Optional[str]
    status: int


class Refusal(Exception):
    def __init__(self, status: int, kind: str, message: str) -> None:
        super().__init__(message)
        self.status, self.kind, self.message = status, kind, message


def _text(content: Any) -> Tuple[str, str]:
    """(role, text) of a Content: its parts' text joined."""
    if not isinstance(content, dict) or not isinstance(content.get("parts"), list):
        raise Refusal(400, "INVALID_ARGUMENT", "content must have parts")
    texts = []
    for part in content["parts"]:
        if isinstance(part, dict) and isinstance(part.get("text"), str):
            texts.append(part["text"])
        elif isinstance(part, dict) and isinstance(_field(part, "fileData"), dict):
            file = _field(part, "fileData")
            texts.append(f"[file {_field(file, 'fileUri')} {_field(file, 'mimeType')}]")
        elif isinstance(part, dict) and isinstance(_field(part, "inlineData"), dict):
            data = _field(part, "inlineData")
            texts.append(f"[{len(base64.b64decode(data.get('data', '')))} bytes "
                         f"{_field(data, 'mimeType')}]")
        else:
            raise Refusal(400, "INVALID_ARGUMENT", "this fake takes text, file and inline "
                                                  "data parts only")
    return str(content.get("role") or "user"), "".join(texts)


def _field(message: Dict[str, Any], name: str) -> Any:
    """A field by its JSON name or its proto name, as the real API's parser reads either
    (google-genai sends `file_data: {file_uri, mime_type}` as it was given)."""
    if name in message:
        return message[name]
    return message.get(re.sub(r"[A-Z]", lambda m: "_" + m.group().lower(), name))


def answer(system: str, turns: List[Tuple[str, str]], settings: Dict[str, Any]) -> str:
    """The reply to a conversation: the same for the same system text, turns and settings."""
    users = [text for role, text in turns if role == "user"]
    if not users:
        raise Refusal(400, "INVALID_ARGUMENT", "contents must hold a user turn")
    reply = f"Re: {users[-1].strip()}"
    if len(turns) > 1:
        reply += f" (after {len(turns) - 1} earlier turns)"
    if system.strip():
        reply += f" [{system.strip()}]"
    # google-genai sends every number as a float (topK 40.0), google-generativeai's protos
    # integers as integers; the API reads both the same.
    shown = {k: float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v
             for k, v in sorted(settings.items())}
    if shown:
        reply += f" {json.dumps(shown, sort_keys=True)}"
    return reply


def vector(text: str, task: str = "", title: str = "") -> List[float]:
    digest = hashlib.sha256(f"{task}|{title}|{text}".encode()).digest()
    return [round(byte / 255, 4) for byte in digest[:DIMENSIONS]]


def _not_found(model: str, method: str) -> Refusal:
    return Refusal(404, "NOT_FOUND", f"models/{model} is not found for API version v1beta, or is "
                                     f"not supported for {method}. Call ListModels to see the "
                                     f"list of available models and their supported methods.")


class _Handler(BaseHTTPRequestHandler):
    server: "FakeGemini"  # type: ignore[assignment]

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        length = int(self.headers.get("content-length") or 0)
        url = urlsplit(self.path)
        key = self.headers.get("x-goog-api-key") or parse_qs(url.query).get("key", [""])[0]
        path = url.path
        model: Optional[str] = None
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
            if not key:
                raise Refusal(403, "PERMISSION_DENIED", "API key not valid")
            prefix = next((p for p in PREFIXES if path.startswith(p)), None)
            if prefix is None or ":" not in path:
                raise Refusal(404, "NOT_FOUND", f"{path} is not served")
            model, method = path[len(prefix):].rsplit(":", 1)
            handler = getattr(self, f"_{method}", None)
            if handler is None:
                raise Refusal(404, "NOT_FOUND", f"method {method} is not served")
            self.query = parse_qs(url.query)
            result = handler(model, body)
            if method == "streamGenerateContent":
                self._stream(result)
            else:
                self._json(200, result)
            self.server.log(LogEntry(key, path, model, 200))
        except Refusal as refusal:
            self.server.log(LogEntry(key, path, model, refusal.status))
            self._json(refusal.status, {"error": {"code": refusal.status,
                                                  "message": refusal.message,
                                                  "status": refusal.kind}})
        except ValueError:
            self.server.log(LogEntry(key, path, model, 400))
            self._json(400, {"error": {"code": 400, "message": "Invalid JSON payload",
                                       "status": "INVALID_ARGUMENT"}})

    @property
    def _legacy(self) -> bool:
        return self.server.era == "legacy"

    def _generateContent(self, model: str, body: Dict[str, Any]) -> Dict[str, Any]:  # noqa: N802
        if model not in (MODELS_LEGACY if self._legacy else MODELS_NOW):
            raise _not_found(model, "generateContent")
        _check_fields(body, GENERATE_FIELDS)
        if body.get("tools") or body.get("safetySettings"):
            raise Refusal(400, "INVALID_ARGUMENT", "this fake takes no tools or safety settings")
        settings = body.get("generationConfig") or {}
        _check_fields(settings, GENERATION_FIELDS)
        system = _text(body["systemInstruction"])[1] if body.get("systemInstruction") else ""
        contents = body.get("contents")
        if not isinstance(contents, list) or not contents:
            raise Refusal(400, "INVALID_ARGUMENT", "contents is not specified")
        turns = [_text(content) for content in contents]
        text = answer(system, turns, settings)
        return {"candidates": [{"content": {"role": "model", "parts": [{"text": text}]},
                                "finishReason": "STOP", "index": 0}],
                "usageMetadata": {"promptTokenCount": 7, "candidatesTokenCount": 5,
                                  "totalTokenCount": 12},
                "modelVersion": model}

    def _countTokens(self, model: str, body: Dict[str, Any]) -> Dict[str, Any]:  # noqa: N802
        """A word count of the contents (google-generativeai may wrap them in a
        generateContentRequest); the system instruction is not counted."""
        if model not in (MODELS_LEGACY if self._legacy else MODELS_NOW):
            raise _not_found(model, "countTokens")
        request = body.get("generateContentRequest") or body
        contents = request.get("contents")
        if not isinstance(contents, list) or not contents:
            raise Refusal(400, "INVALID_ARGUMENT", "contents is not specified")
        return {"totalTokens": sum(len(_text(content)[1].split()) for content in contents)}

    def _streamGenerateContent(self, model: str,  # noqa: N802
                               body: Dict[str, Any]) -> List[Dict[str, Any]]:
        """The reply in word-sized chunks, each a GenerateContentResponse."""
        whole = self._generateContent(model, body)
        text = whole["candidates"][0]["content"]["parts"][0]["text"]
        words = text.split(" ")
        chunks = [" ".join(words[:2])] + [" " + word for word in words[2:]]
        return [{"candidates": [{"content": {"role": "model", "parts": [{"text": chunk}]},
                                 "index": 0}]} for chunk in chunks]

    def _embed(self, model: str, body: Dict[str, Any], method: str) -> Dict[str, Any]:
        if model not in (EMBEDDING_MODELS_LEGACY if self._legacy else EMBEDDING_MODELS_NOW):
            raise _not_found(model, method)
        _check_fields(body, EMBED_FIELDS)
        task = body.get("taskType", "")
        if isinstance(task, int) and 0 <= task < len(TASK_TYPES):
            task = TASK_TYPES[task]
        if task and task not in TASK_TYPES:
            raise Refusal(400, "INVALID_ARGUMENT", f"Invalid value at 'task_type' ({task})")
        return {"values": vector(_text(body.get("content"))[1], task, body.get("title", ""))}

    def _embedContent(self, model: str, body: Dict[str, Any]) -> Dict[str, Any]:  # noqa: N802
        return {"embedding": self._embed(model, body, "embedContent")}

    def _batchEmbedContents(self, model: str, body: Dict[str, Any]) -> Dict[str, Any]:  # noqa: N802
        requests = body.get("requests")
        if not isinstance(requests, list) or not requests:
            raise Refusal(400, "INVALID_ARGUMENT", "requests is empty")
        for request in requests:
            if request.get("model") not in (f"models/{model}", model):
                raise Refusal(400, "INVALID_ARGUMENT", "each request's model must be the URL's")
        return {"embeddings": [self._embed(model, request, "batchEmbedContents")
                               for request in requests]}

    # PaLM (decommissioned 2024-08-15): served in the legacy era only.

    def _generateText(self, model: str, body: Dict[str, Any]) -> Dict[str, Any]:  # noqa: N802
        if not self._legacy or model not in PALM_TEXT_LEGACY:
            raise _not_found(model, "generateText")
        settings = {k: v for k, v in body.items() if k in ("temperature", "maxOutputTokens")}
        text = answer("", [("user", body.get("prompt", {}).get("text", ""))], settings)
        return {"candidates": [{"output": text}]}

    def _embedText(self, model: str, body: Dict[str, Any]) -> Dict[str, Any]:  # noqa: N802
        if not self._legacy or model not in PALM_EMBEDDING_LEGACY:
            raise _not_found(model, "embedText")
        return {"embedding": {"value": vector(str(body.get("text", "")))}}

    def _batchEmbedText(self, model: str, body: Dict[str, Any]) -> Dict[str, Any]:  # noqa: N802
        if not self._legacy or model not in PALM_EMBEDDING_LEGACY:
            raise _not_found(model, "batchEmbedText")
        return {"embeddings": [{"value": vector(str(text))} for text in body.get("texts", [])]}

    def _stream(self, chunks: List[Dict[str, Any]]) -> None:
        send_stream(self, chunks, self.query.get("alt") == ["sse"])

    def _json(self, status: int, payload: Dict[str, Any]) -> None:
        send_json(self, status, payload)


def send_stream(handler: BaseHTTPRequestHandler, chunks: List[Dict[str, Any]],
                sse: bool) -> None:
    """A stream of responses: server-sent events where the client asks for them (google-genai:
    alt=sse), else one JSON array as it arrives (the legacy SDKs' REST transports)."""
    if sse:
        data = "".join(f"data: {json.dumps(chunk)}\r\n\r\n" for chunk in chunks).encode()
        kind = "text/event-stream"
    else:
        data, kind = json.dumps(chunks).encode(), "application/json"
    handler.send_response(200)
    handler.send_header("content-type", kind)
    handler.send_header("content-length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def send_json(handler: BaseHTTPRequestHandler, status: int, payload: Dict[str, Any]) -> None:
    data = json.dumps(payload).encode()
    handler.send_response(status)
    handler.send_header("content-type", "application/json")
    handler.send_header("content-length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def _check_fields(body: Dict[str, Any], allowed: set) -> None:
    unknown = sorted(set(body) - allowed)
    if unknown:
        raise Refusal(400, "INVALID_ARGUMENT",
                      f'Invalid JSON payload received. Unknown name "{unknown[0]}"')


class FakeGemini(ThreadingHTTPServer):
    daemon_threads = True
    handler: type = _Handler  # fake_vertex serves Vertex AI's paths with its own

    def __init__(self, era: str, port: int = 0) -> None:
        assert era in ERAS, era
        super().__init__(("127.0.0.1", port), self.handler)
        self.era = era
        self._log: List[LogEntry] = []
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def log(self, entry: LogEntry) -> None:
        with self._lock:
            self._log.append(entry)

    def requests_of(self, key: str) -> List[LogEntry]:
        with self._lock:
            return [entry for entry in self._log if entry.key == key]

    def start(self) -> "FakeGemini":
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--era", choices=ERAS, default="now")
    parser.add_argument("--port", type=int, default=8002)
    args = parser.parse_args()
    server = FakeGemini(args.era, args.port)
    print(f"fake Gemini API ({args.era}) on {server.url}")
    server.serve_forever()


if __name__ == "__main__":
    main()
