import json
import os
import tempfile

import openai

DATA_DIR = tempfile.mkdtemp(prefix="chats-")
openai.api_key = os.environ.get("OPENAI_API_KEY")


def path_for(user_id):
    return os.path.join(DATA_DIR, f"{user_id}.json")


def load(user_id):
    try:
        with open(path_for(user_id)) as fh:
            return json.load(fh)
    except FileNotFoundError:
        return {"messages": [], "prompt_tokens": 0, "completion_tokens": 0}


def save(user_id, state):
    with open(path_for(user_id), "w") as fh:
        json.dump(state, fh)


def chat(user_id, text):
    state = load(user_id)
    state["messages"].append({"role": "user", "content": text})
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=state["messages"][-10:],
        user=str(user_id),
    )
    content = response["choices"][0]["message"]["content"]
    state["messages"].append({"role": "assistant", "content": content})
    state["prompt_tokens"] += response["usage"]["prompt_tokens"]
    state["completion_tokens"] += response["usage"]["completion_tokens"]
    save(user_id, state)
    return content


for uid, text in [(42, "hi"), (7, "what time is it in Tokyo"), (42, "remember me?"), (42, "ok")]:
    print(uid, chat(uid, text))

for uid in sorted(int(f[:-5]) for f in os.listdir(DATA_DIR)):
    state = load(uid)
    print(uid, len(state["messages"]), state["prompt_tokens"], state["completion_tokens"])
