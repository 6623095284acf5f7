import json
import os
import sys
import urllib.request


def stream_completion(prompt, model="text-davinci-003", max_tokens=30):
    body = json.dumps({"model": model, "prompt": prompt, "max_tokens": max_tokens,
                       "stream": True}).encode()
    req = urllib.request.Request(
        os.environ["OPENAI_API_BASE"] + "/completions", data=body,
        headers={"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"],
                 "Content-Type": "application/json", "Accept": "text/event-stream"})
    with urllib.request.urlopen(req) as resp:
        for raw in resp:
            line = raw.decode("utf-8").strip()
            if not line.startswith("data:"):
                continue
            data = line[5:].strip()
            if data == "[DONE]":
                return
            event = json.loads(data)
            yield event["choices"][0]["text"], event["choices"][0]["finish_reason"]


if __name__ == "__main__":
    finish = None
    for text, finish in stream_completion("Once upon a time"):
        sys.stdout.write(text)
    print()
    print("finish:", finish)
