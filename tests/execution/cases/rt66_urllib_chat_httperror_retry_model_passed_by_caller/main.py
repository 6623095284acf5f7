import json
import os
import time
import urllib.error
import urllib.request

RETRYABLE = (429, 500, 503)


def chat(messages, model="gpt-3.5-turbo", retries=3):
    url = os.environ["OPENAI_API_BASE"] + "/chat/completions"
    data = json.dumps({"model": model, "messages": messages}).encode("utf-8")
    for attempt in range(retries):
        req = urllib.request.Request(url, data=data, method="POST")
        req.add_header("Content-Type", "application/json")
        req.add_header("Authorization", "Bearer " + os.environ["OPENAI_API_KEY"])
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return json.loads(resp.read())
        except urllib.error.HTTPError as e:
            if e.code in RETRYABLE and attempt < retries - 1:
                time.sleep(1 + attempt)
                continue
            raise
    raise RuntimeError("unreachable")


history = [{"role": "system", "content": "You are a terse assistant."}]
for question in ["What is the capital of Peru?", "And of Chile?"]:
    history.append({"role": "user", "content": question})
    reply = chat(history, model="gpt-3.5-turbo-0613")
    message = reply["choices"][0]["message"]
    history.append({"role": message["role"], "content": message["content"]})
    print(f"Q: {question}\nA: {message['content']} ({reply['usage']['completion_tokens']} tokens)")
print(len(history), "messages")
