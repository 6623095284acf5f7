"""Replays recorded HTTP interactions (cassettes) so the UI tests run without the API."""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


class CassetteTransport:
    def __init__(self, folder):
        self.recorded = []
        for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
            with open(path) as fh:
                self.recorded.append(json.load(fh))

    def post(self, url, body):
        for item in self.recorded:
            req = item["request"]
            if req["url"] == url and req["body"] == body:
                return item["response"]["body"]
        raise LookupError(f"no cassette for {body['model']}")


transport = CassetteTransport(os.path.join(HERE, "cassettes"))
body = {"model": "gpt-3.5-turbo", "messages": [{"role": "user", "content": "Say hello"}],
        "temperature": 0}
answer = transport.post("https://api.openai.com/v1/chat/completions", body)
print(answer["model"], answer["choices"][0]["message"]["content"], answer["usage"]["total_tokens"])
try:
    transport.post("https://api.openai.com/v1/chat/completions", {**body, "model": "gpt-4"})
except LookupError as exc:
    print("miss:", exc)
