import canned_openai as openai

MODEL = "gpt-3.5-turbo"


def reply(history):
    response = openai.ChatCompletion.create(model=MODEL, messages=history, temperature=0, max_tokens=4)
    return response["choices"][0]["message"]["content"]


history = [{"role": "system", "content": "Demo mode."}]
for text in ("hi there", "ok bye"):
    history.append({"role": "user", "content": text})
    answer = reply(history)
    history.append({"role": "assistant", "content": answer})
    print(f"user: {text}\nbot:  {answer}")
vectors = openai.Embedding.create(input=["a b", "abc"], engine="text-embedding-ada-002")["data"]
print("vectors:", [v["embedding"] for v in vectors])
print("models asked:", openai.ChatCompletion.calls)
