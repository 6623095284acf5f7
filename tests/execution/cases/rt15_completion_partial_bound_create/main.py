from functools import partial

import openai

complete = partial(openai.Completion.create, model="text-davinci-003", max_tokens=32, temperature=0)

for word in ["serendipity", "ephemeral", "ubiquitous"]:
    out = complete(prompt=f"Define the word '{word}' in one sentence.")
    print(word, "=>", out["choices"][0]["text"].strip())
