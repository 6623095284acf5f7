"""Offline stand-in for the API while the key is being provisioned."""
import json
import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY", "")


class ApiObject(dict):
    def __getattr__(self, name):
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(name)
        return ApiObject(value) if isinstance(value, dict) else value

    def to_dict_recursive(self):
        return json.loads(json.dumps(self))


def fake_chat(messages, model="gpt-3.5-turbo"):
    last = messages[-1]["content"]
    return ApiObject({
        "object": "chat.completion",
        "model": model,
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": last.upper()}}],
        "usage": {"prompt_tokens": len(last.split()), "completion_tokens": len(last.split()),
                  "total_tokens": 2 * len(last.split())},
    })


resp = fake_chat([{"role": "user", "content": "offline mode works"}])
print(isinstance(resp, dict), resp.model)
print(resp.choices[0]["message"]["content"], resp["usage"]["total_tokens"])
print(json.dumps(resp.to_dict_recursive()["usage"], sort_keys=True))
