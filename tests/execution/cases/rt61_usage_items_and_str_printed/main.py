import openai

resp = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Count to three"}],
)
for key, value in resp["usage"].items():
    print(f"{key:>18}: {value}")
print("sum of counters:", sum(resp.usage.values()))
print(resp.usage)
print(resp["choices"][0]["message"]["content"])
