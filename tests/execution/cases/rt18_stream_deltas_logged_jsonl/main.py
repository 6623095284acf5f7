import io
import json

import openai


def stream_with_log(prompt, log):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        stream=True,
    )
    for chunk in response:
        log.write(json.dumps(chunk["choices"][0]["delta"]) + "\n")


def replay(lines):
    role, text = None, ""
    for line in lines:
        delta = json.loads(line)
        role = delta.get("role", role)
        text += delta.get("content") or ""
    return role, text


buffer = io.StringIO()
stream_with_log("Recommend a book", buffer)
lines = buffer.getvalue().splitlines()
print(lines[0])
print(lines[-1])
print(replay(lines))
