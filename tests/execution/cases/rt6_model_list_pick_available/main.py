import openai

available = {m["id"] for m in openai.Model.list()["data"]}
if "gpt-4" in available:
    MODEL = "gpt-4"
else:
    print("gpt-4 is not enabled for this key, falling back to gpt-3.5-turbo")
    MODEL = "gpt-3.5-turbo"

response = openai.ChatCompletion.create(
    model=MODEL,
    messages=[{"role": "user", "content": "Explain recursion in one line"}],
)
print(response["choices"][0]["message"]["content"])
