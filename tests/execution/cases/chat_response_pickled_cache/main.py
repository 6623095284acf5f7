import hashlib
import os
import pickle
import tempfile

import openai

CACHE_DIR = tempfile.mkdtemp(prefix="llm-cache-")


def cached_chat(prompt):
    key = hashlib.sha1(prompt.encode()).hexdigest()
    path = os.path.join(CACHE_DIR, key + ".pkl")
    if os.path.exists(path):
        with open(path, "rb") as f:
            return pickle.load(f), True
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
    )
    with open(path, "wb") as f:
        pickle.dump(response, f)
    return response, False


if __name__ == "__main__":
    for _ in range(2):
        response, hit = cached_chat("Name a famous bridge")
        print("hit" if hit else "miss", response["choices"][0]["message"]["content"],
              response["usage"]["total_tokens"])
