import openai

PREFIX = "def {name}(items):\n    \"\"\"{doc}\"\"\"\n"
SUFFIX = "\n    return result\n"
FUNCS = {"total": "Sum the items.", "largest": "Return the biggest item."}

for name, doc in FUNCS.items():
    resp = openai.Completion.create(
        model="text-davinci-003",
        prompt=PREFIX.format(name=name, doc=doc),
        suffix=SUFFIX,
        max_tokens=64,
        temperature=0,
    )
    print(PREFIX.format(name=name, doc=doc) + resp["choices"][0]["text"] + SUFFIX)
