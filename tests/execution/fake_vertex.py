"""A local fake of Vertex AI's generative endpoints (aiplatform v1 / v1beta1) in two eras, for
the providers' execution suite.

Why: the rewrite from the Vertex AI SDK's removed modules to google-genai is proven only by
running it. Era "legacy" answers what a google-cloud-aiplatform 1.60 program sent in mid-2024
over REST: `projects/{p}/locations/{l}/publishers/google/models/{m}:generateContent`,
`:streamGenerateContent`, `:countTokens`, `:predict` (text embeddings and PaLM text), and the
publisher-model lookup `GET publishers/google/models/{m}` that `from_pretrained` makes. Era
"now" answers as of the suite's pinned day 2026-11-23 and refuses what Vertex AI refuses: a
retired model (404 NOT_FOUND, "Publisher Model ... was not found or your project does not have
access to it"), PaLM and Codey (shut down 2025-04-09). Models served "now" are the table's
Vertex AI rows not retired that day (migrations.yaml: gemini-3.5-flash, gemini-3.1-flash-lite,
text-embedding-005), hand-copied here.

Answers are fake_gemini's (functions of the request's text and settings, never of the model),
so a legacy program and its correct rewrite print the same.

Auth is a bearer token: aiplatform signs its own JWT with the service account key the suite
writes (GOOGLE_APPLICATION_CREDENTIALS), google-genai trades it for a token at this server's
`/token` (the key's token_uri). Programs reach the fake through GOOGLE_VERTEX_BASE_URL
(google-genai) and, in the legacy venv, a start-up module (`.pth`) that makes every
`vertexai.init` use REST to GPTMIGRATE_VERTEX_URL (see test_execution_providers).
Run by hand: `python tests/execution/fake_vertex.py --era now --port 8003`.
"""

from __future__ import annotations

import argparse
import json
import re
from http.server import BaseHTTPRequestHandler
from typing import Any, Dict, List, Optional
from urllib.parse import parse_qs, urlsplit

from fake_gemini import GENERATE_FIELDS, GENERATION_FIELDS, FakeGemini, Refusal, _check_fields, \
    _text, answer, send_json, send_stream, vector

ERAS = ("legacy", "now")
MODELS_NOW = {"gemini-3.5-flash", "gemini-3.1-flash-lite"}
EMBEDDING_MODELS_NOW = {"text-embedding-005"}
# mid-2024 (and gemini-2.5-flash, served until 2026-10-16); today's models too, so a look-alike
# runs the same in both eras.
MODELS_LEGACY = {"gemini-1.0-pro", "gemini-1.0-pro-001", "gemini-1.0-pro-002", "gemini-1.5-pro",
                 "gemini-1.5-pro-001", "gemini-1.5-flash", "gemini-1.5-flash-001",
                 "gemini-2.5-flash", "gemini-2.5-flash-lite"} | MODELS_NOW
EMBEDDING_MODELS_LEGACY = {"textembedding-gecko@001", "textembedding-gecko@002",
                           "textembedding-gecko@003", "text-embedding-004"} | EMBEDDING_MODELS_NOW
PALM_TEXT_LEGACY = {"text-bison@001", "text-bison@002"}
SCHEMAS = {"embedding": "gs://google-cloud-aiplatform/schema/predict/instance/"
                        "text_embedding_1.0.0.yaml",
           "text": "gs://google-cloud-aiplatform/schema/predict/instance/"
                   "text_generation_1.0.0.yaml"}
MODEL_PATH = re.compile(r"^/v1(?:beta1)?/projects/(?P<project>[^/]+)/locations/[^/]+/publishers/"
                        r"google/models/(?P<model>[^/:]+):(?P<method>\w+)$")
PUBLISHER_PATH = re.compile(r"^/v1(?:beta1)?/publishers/google/models/(?P<model>[^/:]+)$")
EMBEDDING_PARAMETERS = {"autoTruncate", "outputDimensionality"}
# In enum order (numbers index these).
HARM_CATEGORIES = ("HARM_CATEGORY_UNSPECIFIED", "HARM_CATEGORY_HATE_SPEECH",
                   "HARM_CATEGORY_DANGEROUS_CONTENT", "HARM_CATEGORY_HARASSMENT",
                   "HARM_CATEGORY_SEXUALLY_EXPLICIT", "HARM_CATEGORY_CIVIC_INTEGRITY")
THRESHOLDS = ("HARM_BLOCK_THRESHOLD_UNSPECIFIED", "BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE",
              "BLOCK_ONLY_HIGH", "BLOCK_NONE", "OFF")
EMBEDDING_INSTANCE = {"content", "task_type", "title"}
PALM_PARAMETERS = {"temperature", "maxOutputTokens", "maxDecodeSteps", "topK", "topP",
                   "candidateCount"}


def _check_safety(setting: Any) -> None:
    """A SafetySetting: its category and threshold by enum name or number (aiplatform's REST
    transport may send either)."""
    if not isinstance(setting, dict) or set(setting) - {"category", "threshold", "method"}:
        raise Refusal(400, "INVALID_ARGUMENT", f"Invalid safety setting {setting!r}")
    for field, names in (("category", HARM_CATEGORIES), ("threshold", THRESHOLDS)):
        value = setting.get(field)
        if not (value in names or isinstance(value, int) and 0 <= value < len(names)):
            raise Refusal(400, "INVALID_ARGUMENT",
                          f"Invalid value at 'safety_settings[0].{field}' ({value!r})")


def _not_found(model: str) -> Refusal:
    return Refusal(404, "NOT_FOUND", f"Publisher Model `publishers/google/models/{model}` was not "
                                     f"found or your project does not have access to it.")


class _Handler(BaseHTTPRequestHandler):
    server: "FakeVertex"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    @property
    def _legacy(self) -> bool:
        return self.server.era == "legacy"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        """The publisher-model lookup of aiplatform's `from_pretrained`."""
        match = PUBLISHER_PATH.match(urlsplit(self.path).path)
        try:
            self._authorized()
            if match is None:
                raise Refusal(404, "NOT_FOUND", f"{self.path} is not served")
            model = match["model"]
            kind = "embedding" if model in (EMBEDDING_MODELS_LEGACY if self._legacy
                                            else EMBEDDING_MODELS_NOW) else \
                "text" if self._legacy and model in PALM_TEXT_LEGACY else None
            if kind is None:
                raise _not_found(model)
            self._json(200, {
                "name": f"publishers/google/models/{model}",
                "publisherModelTemplate": "projects/{user-project}/locations/{location}/"
                                          f"publishers/google/models/{model}",
                "predictSchemata": {"instanceSchemaUri": SCHEMAS[kind]}})
        except Refusal as refusal:
            self._refuse(refusal)

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("content-length") or 0)
        url = urlsplit(self.path)
        try:
            raw = self.rfile.read(length) or b"{}"
            if url.path == "/token":  # google-auth's service-account token exchange
                self._json(200, {"access_token": "fake-vertex-token", "expires_in": 3600,
                                 "token_type": "Bearer"})
                return
            self._authorized()
            match = MODEL_PATH.match(url.path)
            if match is None:
                raise Refusal(404, "NOT_FOUND", f"{url.path} is not served")
            body = json.loads(raw)
            handler = getattr(self, f"_{match['method']}", None)
            if handler is None:
                raise Refusal(404, "NOT_FOUND", f"method {match['method']} is not served")
            self.query = parse_qs(url.query)
            result = handler(match["model"], body)
            if match["method"] == "streamGenerateContent":
                self._stream(result)
            else:
                self._json(200, result)
        except Refusal as refusal:
            self._refuse(refusal)
        except ValueError:
            self._refuse(Refusal(400, "INVALID_ARGUMENT", "Invalid JSON payload"))

    def _authorized(self) -> None:
        if not (self.headers.get("authorization") or "").startswith("Bearer "):
            raise Refusal(401, "UNAUTHENTICATED", "Request is missing required authentication "
                                                  "credential.")

    def _gemini(self, model: str) -> None:
        if model not in (MODELS_LEGACY if self._legacy else MODELS_NOW):
            raise _not_found(model)

    def _generateContent(self, model: str, body: Dict[str, Any]) -> Dict[str, Any]:  # noqa: N802
        self._gemini(model)
        _check_fields(body, GENERATE_FIELDS | {"labels"})
        if body.get("tools"):
            raise Refusal(400, "INVALID_ARGUMENT", "this fake takes no tools")
        for setting in body.get("safetySettings") or []:
            _check_safety(setting)
        settings = body.get("generationConfig") or {}
        _check_fields(settings, GENERATION_FIELDS)
        system = _text(body["systemInstruction"])[1] if body.get("systemInstruction") else ""
        contents = body.get("contents")
        if not isinstance(contents, list) or not contents:
            raise Refusal(400, "INVALID_ARGUMENT", "contents is not specified")
        text = answer(system, [_text(content) for content in contents], settings)
        if body.get("safetySettings"):  # a rewrite that drops them prints something else
            text += f" (safety settings: {len(body['safetySettings'])})"
        return {"candidates": [{"content": {"role": "model", "parts": [{"text": text}]},
                                "finishReason": "STOP", "index": 0}],
                "usageMetadata": {"promptTokenCount": 7, "candidatesTokenCount": 5,
                                  "totalTokenCount": 12},
                "modelVersion": model}

    def _streamGenerateContent(self, model: str,  # noqa: N802
                               body: Dict[str, Any]) -> List[Dict[str, Any]]:
        whole = self._generateContent(model, body)
        words = whole["candidates"][0]["content"]["parts"][0]["text"].split(" ")
        chunks = [" ".join(words[:2])] + [" " + word for word in words[2:]]
        return [{"candidates": [{"content": {"role": "model", "parts": [{"text": chunk}]},
                                 "index": 0}]} for chunk in chunks]

    def _countTokens(self, model: str, body: Dict[str, Any]) -> Dict[str, Any]:  # noqa: N802
        """A word count of the contents (aiplatform also sends the endpoint and model)."""
        self._gemini(model)
        _check_fields(body, {"contents", "endpoint", "model", "instances"})
        contents = body.get("contents")
        if not isinstance(contents, list) or not contents:
            raise Refusal(400, "INVALID_ARGUMENT", "contents is not specified")
        words = sum(len(_text(content)[1].split()) for content in contents)
        return {"totalTokens": words, "totalBillableCharacters": words * 4}

    def _predict(self, model: str, body: Dict[str, Any]) -> Dict[str, Any]:
        instances = body.get("instances")
        if not isinstance(instances, list) or not instances:
            raise Refusal(400, "INVALID_ARGUMENT", "instances is empty")
        parameters = body.get("parameters") or {}
        if model in (EMBEDDING_MODELS_LEGACY if self._legacy else EMBEDDING_MODELS_NOW):
            _check_fields(parameters, EMBEDDING_PARAMETERS)
            size = parameters.get("outputDimensionality")
            predictions = []
            for instance in instances:
                _check_fields(instance, EMBEDDING_INSTANCE)
                text = instance.get("content")
                if not isinstance(text, str):
                    raise Refusal(400, "INVALID_ARGUMENT", "content must be a string")
                values = vector(text, instance.get("task_type", ""), instance.get("title", ""))
                predictions.append({"embeddings": {
                    "values": values[:int(size)] if size else values,
                    "statistics": {"token_count": len(text.split()), "truncated": False}}})
            return {"predictions": predictions}
        if self._legacy and model in PALM_TEXT_LEGACY:
            _check_fields(parameters, PALM_PARAMETERS)
            settings = {k: v for k, v in parameters.items() if k in ("temperature",
                                                                     "maxOutputTokens")}
            return {"predictions": [{
                "content": answer("", [("user", str(instance.get("prompt", "")))], settings),
                "safetyAttributes": {"blocked": False, "categories": [], "scores": []},
                "citationMetadata": {"citations": []}} for instance in instances]}
        raise _not_found(model)

    def _stream(self, chunks: List[Dict[str, Any]]) -> None:
        send_stream(self, chunks, self.query.get("alt") == ["sse"])

    def _refuse(self, refusal: Refusal) -> None:
        send_json(self, refusal.status, {"error": {"code": refusal.status,
                                                   "message": refusal.message,
                                                   "status": refusal.kind}})

    def _json(self, status: int, payload: Dict[str, Any]) -> None:
        send_json(self, status, payload)


class FakeVertex(FakeGemini):
    handler = _Handler


def service_account(token_uri: str, project: str = "fake-project") -> Dict[str, Optional[str]]:
    """A service-account key google-auth accepts (a fresh RSA key), whose tokens come from
    `token_uri`."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode()
    return {"type": "service_account", "project_id": project, "private_key_id": "fake-key",
            "private_key": pem, "client_email": f"tester@{project}.iam.gserviceaccount.com",
            "client_id": "1", "token_uri": token_uri}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--era", choices=ERAS, default="now")
    parser.add_argument("--port", type=int, default=8003)
    args = parser.parse_args()
    server = FakeVertex(args.era, args.port)
    print(f"fake Vertex AI ({args.era}) on {server.url}")
    server.serve_forever()


if __name__ == "__main__":
    main()
