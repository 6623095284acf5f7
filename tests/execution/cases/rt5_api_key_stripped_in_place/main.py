import openai

# keys copied from the dashboard often carry a trailing newline in .env files
openai.api_key = openai.api_key.strip()


def ask(q):
    r = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": q}])
    return r["choices"][0]["message"]["content"]


print("key set", bool(openai.api_key), openai.api_key == openai.api_key.strip())
print(ask("ping"))
