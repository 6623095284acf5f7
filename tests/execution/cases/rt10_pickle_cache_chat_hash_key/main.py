import hashlib
import json
import os
import pickle
import tempfile

import openai

CACHE_DIR = tempfile.mkdtemp(prefix="llm_cache_")


def chat_cached(messages, model="gpt-3.5-turbo", temperature=0.7):
    request = {"model": model, "messages": messages, "temperature": temperature}
    key = hashlib.sha256(json.dumps(request, sort_keys=True).encode()).hexdigest()
    path = os.path.join(CACHE_DIR, key + ".pkl")
    if os.path.exists(path):
        with open(path, "rb") as f:
            return pickle.load(f), True
    response = openai.ChatCompletion.create(**request)
    text = response["choices"][0]["message"]["content"]
    with open(path, "wb") as f:
        pickle.dump(text, f)
    return text, False


questions = ["Name a famous physicist.", "Name a famous chemist."]
for round_no in range(2):
    for q in questions:
        text, cached = chat_cached([{"role": "user", "content": q}])
        print(round_no, "cached" if cached else "fresh ", text)
print("files in cache:", len(os.listdir(CACHE_DIR)))
