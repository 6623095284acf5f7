import openai

from tools.config import DEFAULT_CHAT_MODEL, DEFAULT_EMBEDDING_MODEL


def get_completion(prompt, model=DEFAULT_CHAT_MODEL, temperature=0):
    messages = [{"role": "user", "content": prompt}]
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=temperature,
    )
    return response.choices[0].message["content"]


def get_completion_from_messages(messages, model=DEFAULT_CHAT_MODEL, temperature=0, max_tokens=500):
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return response.choices[0].message["content"]


def get_embedding(text, model=DEFAULT_EMBEDDING_MODEL):
    text = text.replace("\n", " ")
    return openai.Embedding.create(input=[text], model=model)["data"][0]["embedding"]
