# %%
import openai

runs = []

# %%
r = openai.Completion.create(model="text-davinci-003", prompt="Greet a friend", max_tokens=20)
runs.append(("completion", r))

# %%
r = openai.ChatCompletion.create(model="gpt-3.5-turbo",
                                 messages=[{"role": "user", "content": "Greet a friend"}])
runs.append(("chat", r))


# %%
def text_of(kind, resp):
    if kind == "chat":
        return resp["choices"][0]["message"]["content"]
    return resp["choices"][0]["text"].strip()


for kind, resp in runs:
    print("%-10s %s" % (kind, text_of(kind, resp)))
