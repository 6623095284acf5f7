import openai

MODEL = "gpt-3.5-turbo"


def chat(messages, **kwargs):
    return openai.ChatCompletion.create(model=MODEL, messages=messages, **kwargs)


def user(text):
    return [{"role": "user", "content": text}]


r = chat(user("Name a color. Then a fruit. Then a city."), temperature=0, stop=["."])
print(r.choices[0].message.content)

r = chat(user("Write a long paragraph about the history of tea in China"), max_tokens=7)
print(r.choices[0].message.content, "|", r.choices[0].finish_reason)

r = chat(user("Q: what is two plus two?\nA: four"), temperature=0.0, max_tokens=20, stop="\n")
print(r["choices"][0]["message"]["content"])
