import math

import openai

CHAT_MODEL = "gpt-3.5-turbo"
EMBED_MODEL = "text-embedding-ada-002"

memory = []  # (text, vector)


def embed(text):
    return openai.Embedding.create(input=text, model=EMBED_MODEL)["data"][0]["embedding"]


def remember(text):
    memory.append((text, embed(text)))


def recall(query, k=1):
    q = embed(query)

    def score(item):
        v = item[1]
        return sum(a * b for a, b in zip(q, v)) / (math.sqrt(sum(a * a for a in q)) * math.sqrt(sum(b * b for b in v)))

    return [text for text, _ in sorted(memory, key=score, reverse=True)[:k]]


def chat(user_input):
    recalled = recall(user_input) if memory else []
    system = "You are a helpful assistant."
    if recalled:
        system += " Relevant memory: " + " | ".join(recalled)
    reply = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user_input}],
    )
    answer = reply["choices"][0]["message"]["content"]
    remember(f"User said: {user_input}")
    return answer, recalled


for turn in ["My dog is called Biscuit.", "I live in Lisbon.", "What is my dog's name?"]:
    answer, recalled = chat(turn)
    print("recalled:", recalled)
    print("bot:", answer)
