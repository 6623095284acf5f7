"""A local fake of Anthropic's HTTP API in two eras, for the providers' execution suite.

Why: a rewrite of Text Completions to Messages is proven only by running it. Era "legacy"
answers what an anthropic 0.x program sent in mid-2024 (POST /v1/complete: a prompt of "\\n\\nHuman:" /
"\\n\\nAssistant:" turns, max_tokens_to_sample, the claude-1/2 models; POST /v1/messages with
the Claude 3 models of that time); era "now"
answers the Messages API as of the suite's pinned day 2026-11-23 (POST /v1/messages) and
refuses what the real API refuses there: retired models (404 not_found_error; deprecations.md
section 5: every claude-1.x, claude-instant-1.x and claude-2.x model is shut down), messages
that do not start with a user turn or do not alternate, a missing max_tokens, unknown fields,
and temperature/top_p/top_k on Claude Opus 4.7+ (ANT-DEP "API parameter deprecations").
Answers are functions of the conversation (system text and turns) and never of the model, so a
legacy program and its correct rewrite print the same; streamed answers come in pieces.

Programs reach it through ANTHROPIC_BASE_URL (read by anthropic 0.x and 2.x alike) and name
their run with ANTHROPIC_API_KEY (sent as x-api-key), by which requests are logged.
Run by hand: `python tests/execution/fake_anthropic.py --era now --port 8001`.
"""

from __future__ import annotations

import argparse
import json
import re
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional, Tuple

ERAS = ("legacy", "now")
# 2026-11-23: migrations.yaml `current:` Anthropic rows (ANT-DEP copy of 2026-09-26).
MODELS_NOW = {"claude-opus-4-8", "claude-sonnet-4-6", "claude-haiku-4-5-20251001",
              "claude-sonnet-4-5-20250929"}
# What a legacy program met (mid-2024, anthropic 0.x): the Text Completions models, and Claude 3
# on Messages; today's models too, so that a look-alike runs the same in both eras.
COMPLETION_MODELS_LEGACY = {"claude-1", "claude-1.3", "claude-instant-1", "claude-instant-1.1",
                          "claude-instant-1.2", "claude-2", "claude-2.0", "claude-2.1"}
MESSAGE_MODELS_LEGACY = COMPLETION_MODELS_LEGACY | {
    "claude-3-haiku-20240307", "claude-3-sonnet-20240229", "claude-3-opus-20240229",
    "claude-3-5-sonnet-20240620"} | MODELS_NOW
NO_SAMPLING = re.compile(r"claude-(opus-4-[789]|opus-5|sonnet-5|haiku-5|mythos)")
MESSAGE_FIELDS = {"model", "messages", "max_tokens", "system", "stop_sequences", "stream",
                  "metadata", "temperature", "top_p", "top_k", "tools", "tool_choice"}
COMPLETE_FIELDS = {"model", "prompt", "max_tokens_to_sample", "stop_sequences", "stream",
                   "metadata", "temperature", "top_p", "top_k"}
_TURN = re.compile(r"\n\n(Human|Assistant):")


def answer(system: str, turns: List[Tuple[str, str]]) -> str:
    """The reply to a conversation: the same for the same system text and turns."""
    users = [text for role, text in turns if role == "user"]
    reply = f"Re: {users[-1].strip()}"
    if len(turns) > 1:
        reply += f" (after {len(turns) - 1} earlier turns)"
    if system.strip():
        reply += f" [{system.strip()}]"
    return reply


def pieces(text: str) -> List[str]:
    """A streamed answer: word by word, spaces kept."""
    return re.findall(r"\S+\s*|\s+", text)


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


def _completion_turns(prompt: str) -> Tuple[str, List[Tuple[str, str]]]:
    """(system text, turns) of a Text Completions prompt; the reply slot must end it."""
    parts = _TURN.split(prompt)
    system, rest = parts[0], parts[1:]
    turns = [("user" if rest[i] == "Human" else "assistant", rest[i + 1])
             for i in range(0, len(rest), 2)]
    if not turns or turns[0][0] != "user" or turns[-1][0] != "assistant":
        raise Refusal(400, "invalid_request_error",
                      'prompt must start with "\\n\\nHuman:" and end with "\\n\\nAssistant:"')
    if turns[-1][1].strip():
        raise Refusal(400, "invalid_request_error", "this fake takes no prefilled reply")
    return system, turns[:-1]


def _message_turns(body: Dict[str, Any]) -> Tuple[str, List[Tuple[str, str]]]:
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise Refusal(400, "invalid_request_error", "messages: at least one message is required")
    turns = []
    for index, message in enumerate(messages):
        role, content = message.get("role"), message.get("content")
        if role != ("user" if index % 2 == 0 else "assistant"):
            raise Refusal(400, "invalid_request_error",
                          "messages: roles must alternate, starting with user")
        if isinstance(content, list):
            content = "".join(block.get("text", "") for block in content)
        if not isinstance(content, str) or not content.strip():
            raise Refusal(400, "invalid_request_error", f"messages.{index}: content is empty")
        turns.append((role, content))
    if turns[-1][0] != "user":
        raise Refusal(400, "invalid_request_error", "this fake takes no prefilled reply")
    system = body.get("system", "")
    if not isinstance(system, str):
        system = "".join(block.get("text", "") for block in system)
    return system, turns


class _Handler(BaseHTTPRequestHandler):
    server: "FakeAnthropic"  # type: ignore[assignment]

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        length = int(self.headers.get("content-length") or 0)
        key = self.headers.get("x-api-key", "")
        path = self.path.split("?")[0]
        model: Optional[str] = None
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
            model = body.get("model")
            if not self.headers.get("anthropic-version"):
                raise Refusal(400, "invalid_request_error", "anthropic-version header required")
            if path == "/v1/complete" and self.server.era == "legacy":
                self._complete(body)
            elif path == "/v1/messages":
                self._messages(body)
            else:
                raise Refusal(404, "not_found_error", f"{path} is not served in this era")
            self.server.log(LogEntry(key, path, model, 200))
        except Refusal as refusal:
            self.server.log(LogEntry(key, path, model, refusal.status))
            self._json(refusal.status, {"type": "error", "error": {
                "type": refusal.kind, "message": refusal.message}})
        except ValueError:
            self.server.log(LogEntry(key, path, model, 400))
            self._json(400, {"type": "error", "error": {"type": "invalid_request_error",
                                                        "message": "malformed JSON"}})

    def _complete(self, body: Dict[str, Any]) -> None:
        unknown = set(body) - COMPLETE_FIELDS
        if unknown:
            raise Refusal(400, "invalid_request_error", f"{sorted(unknown)[0]}: Extra inputs")
        if body.get("model") not in COMPLETION_MODELS_LEGACY:
            raise Refusal(404, "not_found_error", f"model: {body.get('model')}")
        if not isinstance(body.get("max_tokens_to_sample"), int):
            raise Refusal(400, "invalid_request_error", "max_tokens_to_sample: field required")
        text = answer(*_completion_turns(str(body.get("prompt", ""))))
        if body.get("stream"):
            events = [("completion", {"type": "completion", "completion": piece,
                                      "stop_reason": None, "model": body["model"]})
                      for piece in pieces(text)]
            events.append(("completion", {"type": "completion", "completion": "",
                                          "stop_reason": "stop_sequence",
                                          "model": body["model"]}))
            self._events(events)
            return
        self._json(200, {"type": "completion", "id": "compl_fake", "completion": text,
                         "stop_reason": "stop_sequence", "model": body["model"]})

    def _messages(self, body: Dict[str, Any]) -> None:
        unknown = set(body) - MESSAGE_FIELDS
        if unknown:
            raise Refusal(400, "invalid_request_error", f"{sorted(unknown)[0]}: Extra inputs")
        model = body.get("model")
        if model not in (MODELS_NOW if self.server.era == "now" else MESSAGE_MODELS_LEGACY):
            raise Refusal(404, "not_found_error", f"model: {model}")
        if not isinstance(body.get("max_tokens"), int) or body["max_tokens"] < 1:
            raise Refusal(400, "invalid_request_error", "max_tokens: field required")
        sampling = [name for name in ("temperature", "top_p", "top_k") if name in body]
        if sampling and NO_SAMPLING.match(model):
            raise Refusal(400, "invalid_request_error",
                          f"{sampling[0]} is deprecated for this model")
        text = answer(*_message_turns(body))
        message = {"id": "msg_fake", "type": "message", "role": "assistant", "model": model,
                   "content": [{"type": "text", "text": text}], "stop_reason": "end_turn",
                   "stop_sequence": None, "usage": {"input_tokens": 10, "output_tokens": 5}}
        if not body.get("stream"):
            self._json(200, message)
            return
        start = dict(message, content=[], stop_reason=None)
        events: List[Tuple[str, Dict[str, Any]]] = [
            ("message_start", {"type": "message_start", "message": start}),
            ("content_block_start", {"type": "content_block_start", "index": 0,
                                     "content_block": {"type": "text", "text": ""}}),
            ("ping", {"type": "ping"}),
        ]
        events += [("content_block_delta", {"type": "content_block_delta", "index": 0,
                                             "delta": {"type": "text_delta", "text": piece}})
                   for piece in pieces(text)]
        events += [("content_block_stop", {"type": "content_block_stop", "index": 0}),
                   ("message_delta", {"type": "message_delta",
                                      "delta": {"stop_reason": "end_turn",
                                                "stop_sequence": None},
                                      "usage": {"output_tokens": 5}}),
                   ("message_stop", {"type": "message_stop"})]
        self._events(events)

    def _json(self, status: int, payload: Dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _events(self, events: List[Tuple[str, Dict[str, Any]]]) -> None:
        data = "".join(f"event: {name}\ndata: {json.dumps(payload)}\n\n"
                       for name, payload in events).encode()
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class FakeAnthropic(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, era: str, port: int = 0) -> None:
        assert era in ERAS, era
        super().__init__(("127.0.0.1", port), _Handler)
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

    def start(self) -> "FakeAnthropic":
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--era", choices=ERAS, default="now")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args()
    server = FakeAnthropic(args.era, args.port)
    print(f"fake Anthropic API ({args.era}) on {server.url}")
    server.serve_forever()


if __name__ == "__main__":
    main()
