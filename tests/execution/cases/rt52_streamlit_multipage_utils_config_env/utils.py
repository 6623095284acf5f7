import math

import openai

import config

openai.api_key = config.OPENAI_API_KEY


def init_state(state):
    state.setdefault("messages", [{"role": "system", "content": config.SYSTEM_PROMPT}])
    state.setdefault("notes", {})
    state.setdefault("tokens", 0)
    return state


def ask(state, question):
    state["messages"].append({"role": "user", "content": question})
    response = openai.ChatCompletion.create(
        model=config.CHAT_MODEL,
        messages=state["messages"],
        max_tokens=config.MAX_ANSWER_TOKENS,
    )
    answer = response["choices"][0]["message"]["content"]
    state["messages"].append({"role": "assistant", "content": answer})
    state["tokens"] += response["usage"]["total_tokens"]
    return answer, response["choices"][0]["finish_reason"]


def embed(texts):
    result = openai.Embedding.create(input=texts, model=config.EMBEDDING_MODEL)
    return [item["embedding"] for item in result["data"]]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))
