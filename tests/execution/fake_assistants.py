"""The Assistants API (v2) of the fake OpenAI server, served in its era "2025" only.

Why: a program written for the Assistants API (openai 1.x's `client.beta`) must first be shown
to run, before the fix turns it into one `responses.create`. The API was shut down on 2026-08-26
(deprecations.md: "Assistants API (/v1/assistants, threads, runs; header OpenAI-Beta:
assistants=v2)"), so the era "now" refuses these paths (fake_openai.py) and this store serves
them in 2025, between v2's release and the shutdown.

What it does, by hand and on purpose small: assistants, threads and their messages, runs that
move queued -> in_progress -> completed one status per retrieval (so a polling loop polls),
function tools that stop a run at requires_action until submit_tool_outputs, streamed runs
(the SSE events openai 1.x's AssistantEventHandler reads) and create_and_run. The reply is
`fake_openai.reply` of the thread's user texts and the run's instructions: the same function the
era "now" answers /v1/responses with, so a program and its Responses rewrite print the same
exactly when the rewrite sends the same user texts and instructions.
"""

from __future__ import annotations

import json
import threading
from typing import Any, Callable, Optional

ASSISTANT_MODELS_2025 = {
    "gpt-4-1106-preview", "gpt-4-0125-preview", "gpt-4-turbo-preview", "gpt-4-turbo",
    "gpt-4-turbo-2024-04-09", "gpt-4", "gpt-4o", "gpt-4o-2024-05-13", "gpt-4o-2024-08-06",
    "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-3.5-turbo", "gpt-3.5-turbo-1106",
    "gpt-3.5-turbo-0125",
}
ASSISTANT_ARGS = {"model", "name", "description", "instructions", "tools", "tool_resources",
                  "metadata", "temperature", "top_p", "response_format", "reasoning_effort"}
THREAD_ARGS = {"messages", "metadata", "tool_resources"}
MESSAGE_ARGS = {"role", "content", "attachments", "metadata"}
RUN_ARGS = {"assistant_id", "model", "instructions", "additional_instructions",
            "additional_messages", "tools", "metadata", "temperature", "top_p", "stream",
            "max_prompt_tokens", "max_completion_tokens", "truncation_strategy", "tool_choice",
            "parallel_tool_calls", "response_format", "reasoning_effort"}
TOOL_TYPES = ("code_interpreter", "file_search", "function")
TERMINAL = ("completed", "failed", "cancelled", "expired", "incomplete", "requires_action")


class Assistants:
    """Every object of the Assistants API, per API key. `route` answers one request."""

    def __init__(self, created: int, api_error: Callable[..., Exception],
                 reply: Callable[[list[str], Optional[str]], str]) -> None:
        self.created = created
        self.error = api_error
        self.reply = reply
        self.store: dict[str, dict[str, dict[str, Any]]] = {}  # key -> id -> object
        self.lock = threading.Lock()
        self.counter = 0

    # -- helpers
    def _new_id(self, prefix: str) -> str:
        with self.lock:
            self.counter += 1
            return f"{prefix}_{self.counter:06d}fake"

    def _objects(self, key: str) -> dict[str, dict[str, Any]]:
        with self.lock:
            return self.store.setdefault(key, {})

    def _get(self, key: str, oid: str, kind: str) -> dict[str, Any]:
        found = self._objects(key).get(oid)
        if found is None or found["object"] != kind:
            noun = kind.split(".")[-1]
            raise self.error(404, f"No {noun} found with id '{oid}'.")
        return found

    def _check(self, body: dict[str, Any], allowed: set[str], required: tuple[str, ...]) -> None:
        for name in body:
            if name not in allowed:
                raise self.error(400, f"Unknown parameter: '{name}'.", param=name,
                                 code="unknown_parameter")
        for name in required:
            if body.get(name) is None:
                raise self.error(400, f"Missing required parameter: '{name}'.", param=name,
                                 code="missing_required_parameter")

    def _tools(self, tools: Any) -> list[dict[str, Any]]:
        if tools is None:
            return []
        if not isinstance(tools, list):
            raise self.error(400, "Invalid type for 'tools': expected an array.", param="tools")
        for i, tool in enumerate(tools):
            if not isinstance(tool, dict) or tool.get("type") not in TOOL_TYPES:
                raise self.error(400, f"Invalid value for 'tools[{i}].type'.",
                                 param=f"tools[{i}].type", code="invalid_value")
            if tool["type"] == "function" and not (
                    isinstance(tool.get("function"), dict) and tool["function"].get("name")):
                raise self.error(400, f"Missing required parameter: 'tools[{i}].function'.",
                                 param=f"tools[{i}].function")
        return tools

    def _text(self, content: Any, where: str) -> str:
        if isinstance(content, str):
            return content
        if isinstance(content, list) and content and all(
                isinstance(part, dict) and part.get("type") == "text"
                and isinstance(part.get("text"), str) for part in content):
            return " ".join(part["text"] for part in content)
        raise self.error(400, f"Invalid '{where}': expected a string or an array of text parts.",
                         param=where, code="invalid_type")

    # -- objects
    def _assistant(self, key: str, body: dict[str, Any]) -> dict[str, Any]:
        self._check(body, ASSISTANT_ARGS, ("model",))
        if body["model"] not in ASSISTANT_MODELS_2025:
            raise self.error(404, f"The model `{body['model']}` does not exist or you do not "
                                  "have access to it.", code="model_not_found")
        assistant = {"id": self._new_id("asst"), "object": "assistant",
                     "created_at": self.created, "name": body.get("name"),
                     "description": body.get("description"), "model": body["model"],
                     "instructions": body.get("instructions"),
                     "tools": self._tools(body.get("tools")),
                     "metadata": body.get("metadata") or {}, "top_p": body.get("top_p", 1.0),
                     "temperature": body.get("temperature", 1.0),
                     "response_format": body.get("response_format", "auto"),
                     "tool_resources": body.get("tool_resources") or {}}
        self._objects(key)[assistant["id"]] = assistant
        return assistant

    def _thread(self, key: str, body: dict[str, Any]) -> dict[str, Any]:
        self._check(body, THREAD_ARGS, ())
        thread = {"id": self._new_id("thread"), "object": "thread", "created_at": self.created,
                  "metadata": body.get("metadata") or {},
                  "tool_resources": body.get("tool_resources") or {}, "_messages": []}
        self._objects(key)[thread["id"]] = thread
        for i, message in enumerate(body.get("messages") or []):
            if not isinstance(message, dict):
                raise self.error(400, f"Invalid type for 'messages[{i}]'.")
            self._message(key, thread, message)
        return thread

    def _message(self, key: str, thread: dict[str, Any], body: dict[str, Any],
                 run: Optional[dict[str, Any]] = None) -> dict[str, Any]:
        if run is None:
            self._check(body, MESSAGE_ARGS, ("role", "content"))
            if body["role"] not in ("user", "assistant"):
                raise self.error(400, f"Invalid value: '{body['role']}'. Supported values are: "
                                      "'user' and 'assistant'.", param="role",
                                 code="invalid_value")
        text = self._text(body["content"], "content")
        message = {"id": self._new_id("msg"), "object": "thread.message",
                   "created_at": self.created, "thread_id": thread["id"], "status": "completed",
                   "incomplete_details": None, "completed_at": self.created,
                   "incomplete_at": None, "role": body["role"],
                   "content": [{"type": "text", "text": {"value": text, "annotations": []}}],
                   "assistant_id": run["assistant_id"] if run else None,
                   "run_id": run["id"] if run else None, "attachments": [],
                   "metadata": body.get("metadata") or {}}
        self._objects(key)[message["id"]] = message
        thread["_messages"].append(message["id"])
        return message

    def _run(self, key: str, thread: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
        self._check(body, RUN_ARGS, ("assistant_id",))
        assistant = self._get(key, body["assistant_id"], "assistant")
        model = body.get("model") or assistant["model"]
        if model not in ASSISTANT_MODELS_2025:
            raise self.error(404, f"The model `{model}` does not exist or you do not have access "
                                  "to it.", code="model_not_found")
        for message in body.get("additional_messages") or []:
            self._message(key, thread, message)
        instructions = body["instructions"] if body.get("instructions") is not None \
            else assistant["instructions"]
        if body.get("additional_instructions"):
            instructions = f"{instructions or ''}\n{body['additional_instructions']}".strip()
        tools = self._tools(body["tools"]) if body.get("tools") is not None else assistant["tools"]
        run = {"id": self._new_id("run"), "object": "thread.run", "created_at": self.created,
               "thread_id": thread["id"], "assistant_id": assistant["id"], "status": "queued",
               "required_action": None, "last_error": None, "expires_at": None,
               "started_at": None, "cancelled_at": None, "failed_at": None,
               "completed_at": None, "incomplete_details": None, "model": model,
               "instructions": instructions or "", "tools": tools,
               "metadata": body.get("metadata") or {}, "usage": None,
               "temperature": body.get("temperature"), "top_p": body.get("top_p"),
               "max_prompt_tokens": None, "max_completion_tokens": None,
               "truncation_strategy": {"type": "auto", "last_messages": None},
               "response_format": "auto", "tool_choice": "auto", "parallel_tool_calls": True,
               "_outputs": []}
        self._objects(key)[run["id"]] = run
        return run

    def _advance(self, key: str, run: dict[str, Any], to_end: bool = False) -> None:
        """One step of the run's life (all of them for a streamed run)."""
        while run["status"] not in TERMINAL:
            if run["status"] == "queued":
                run["status"], run["started_at"] = "in_progress", self.created
            else:
                self._finish(key, run)
            if not to_end:
                return

    def _finish(self, key: str, run: dict[str, Any]) -> None:
        thread = self._get(key, run["thread_id"], "thread")
        messages = [self._objects(key)[mid] for mid in thread["_messages"]]
        texts = [m["content"][0]["text"]["value"] for m in messages if m["role"] == "user"]
        functions = [t["function"]["name"] for t in run["tools"] if t["type"] == "function"]
        if functions and not run["_outputs"]:
            call = {"id": "call_" + run["id"][4:], "type": "function",
                    "function": {"name": functions[0],
                                 "arguments": json.dumps({"text": texts[-1] if texts else ""})}}
            run["status"] = "requires_action"
            run["required_action"] = {"type": "submit_tool_outputs",
                                      "submit_tool_outputs": {"tool_calls": [call]}}
            return
        answer = self.reply(texts + [f"tool: {o}" for o in run["_outputs"]],
                            run["instructions"] or None)
        self._message(key, thread, {"role": "assistant", "content": answer}, run=run)
        run["status"], run["completed_at"] = "completed", self.created
        run["required_action"] = None
        run["usage"] = {"prompt_tokens": sum(len(t.split()) for t in texts),
                        "completion_tokens": len(answer.split()),
                        "total_tokens": sum(len(t.split()) for t in texts) + len(answer.split())}

    @staticmethod
    def public(obj: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in obj.items() if not k.startswith("_")}

    def _listing(self, items: list[dict[str, Any]], query: dict[str, str]) -> dict[str, Any]:
        if query.get("order", "desc") == "desc":
            items = items[::-1]
        items = items[:int(query.get("limit", 20))]
        return {"object": "list", "data": [self.public(i) for i in items],
                "first_id": items[0]["id"] if items else None,
                "last_id": items[-1]["id"] if items else None, "has_more": False}

    def _events(self, key: str, run: dict[str, Any]) -> bytes:
        """A streamed run: the events openai 1.x's AssistantStreamManager reads, then done."""
        events: list[tuple[str, Any]] = [("thread.run.created", self.public(run))]
        run["status"], run["started_at"] = "in_progress", self.created
        events.append(("thread.run.in_progress", self.public(run)))
        self._finish(key, run)
        if run["status"] == "completed":
            thread = self._get(key, run["thread_id"], "thread")
            message = self._objects(key)[thread["_messages"][-1]]
            text = message["content"][0]["text"]["value"]
            events.append(("thread.message.created",
                           {**self.public(message), "status": "in_progress", "content": []}))
            for i, piece in enumerate(_pieces(text)):
                events.append(("thread.message.delta", {
                    "id": message["id"], "object": "thread.message.delta",
                    "delta": {"content": [{"index": 0, "type": "text",
                                           "text": {"value": piece, "annotations": []}}]}}))
            events.append(("thread.message.completed", self.public(message)))
        events.append((f"thread.run.{run['status']}", self.public(run)))
        data = b"".join(f"event: {name}\ndata: {json.dumps(payload)}\n\n".encode()
                        for name, payload in events)
        return data + b"event: done\ndata: [DONE]\n\n"

    # -- routing
    def route(self, key: str, method: str, parts: list[str], query: dict[str, str],
              body: Callable[[], dict[str, Any]]) -> tuple[int, Any, str]:
        """(status, JSON body or SSE bytes, content type) of one /v1/assistants or /v1/threads
        request; `parts` is the path after /v1, split."""
        objects = self._objects(key)
        if parts[0] == "assistants":
            if len(parts) == 1 and method == "POST":
                return self._ok(self._assistant(key, body()))
            if len(parts) == 1 and method == "GET":
                found = [o for o in objects.values() if o["object"] == "assistant"]
                return self._ok(self._listing(found, query))
            assistant = self._get(key, parts[1], "assistant")
            if method == "GET":
                return self._ok(assistant)
            if method == "DELETE":
                del objects[parts[1]]
                return self._ok({"id": parts[1], "object": "assistant.deleted", "deleted": True})
            update = body()
            self._check(update, ASSISTANT_ARGS, ())
            assistant.update(update)
            return self._ok(assistant)
        if parts == ["threads"] and method == "POST":
            return self._ok(self._thread(key, body()))
        if parts == ["threads", "runs"] and method == "POST":
            request = body()
            thread = self._thread(key, request.pop("thread", None) or {})
            return self._start(key, thread, request)
        thread = self._get(key, parts[1], "thread")
        rest = parts[2:]
        if not rest:
            if method == "GET":
                return self._ok(thread)
            if method == "DELETE":
                del objects[thread["id"]]
                return self._ok({"id": thread["id"], "object": "thread.deleted", "deleted": True})
            thread["metadata"] = body().get("metadata") or {}
            return self._ok(thread)
        if rest == ["messages"]:
            if method == "POST":
                return self._ok(self._message(key, thread, body()))
            found = [objects[mid] for mid in thread["_messages"]]
            if query.get("run_id"):
                found = [m for m in found if m["run_id"] == query["run_id"]]
            return self._ok(self._listing(found, query))
        if rest[0] == "messages" and len(rest) == 2:
            return self._ok(self._get(key, rest[1], "thread.message"))
        if rest == ["runs"] and method == "POST":
            return self._start(key, thread, body())
        if rest[0] == "runs" and len(rest) >= 2:
            run = self._get(key, rest[1], "thread.run")
            if len(rest) == 2 and method == "GET":
                self._advance(key, run)
                return self._ok(run)
            if rest[2:] == ["submit_tool_outputs"] and method == "POST":
                request = body()
                if run["status"] != "requires_action":
                    raise self.error(400, f"Runs in status \"{run['status']}\" do not accept "
                                          "tool outputs.")
                run["_outputs"] = [o.get("output", "") for o in request.get("tool_outputs", [])]
                run["status"], run["required_action"] = "queued", None
                if request.get("stream"):
                    return 200, self._events(key, run), "text/event-stream"
                return self._ok(run)
            if rest[2:] == ["cancel"] and method == "POST":
                run["status"], run["cancelled_at"] = "cancelled", self.created
                return self._ok(run)
        raise self.error(404, f"Invalid URL ({method} /v1/{'/'.join(parts)})")

    def _start(self, key: str, thread: dict[str, Any],
               request: dict[str, Any]) -> tuple[int, Any, str]:
        stream = request.get("stream")
        run = self._run(key, thread, request)
        if stream:
            return 200, self._events(key, run), "text/event-stream"
        return self._ok(run)

    def _ok(self, obj: dict[str, Any]) -> tuple[int, Any, str]:
        return 200, self.public(obj), "application/json"


def _pieces(text: str) -> list[str]:
    import re
    return re.findall(r"\s*\S+\s*", text) or [text]
