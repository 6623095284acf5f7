import openai

resp = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Suggest a name for a cat"}],
    n=2,
    temperature=0.9,
)
names = {}
for choice in resp.choices:
    names[choice.index] = choice["message"]["content"]
    if choice.get("finish_reason") == "stop":
        print("choice", choice["index"], "complete")
print(names)
print(len(resp["choices"]), "choices,", resp.usage["completion_tokens"], "completion tokens")
