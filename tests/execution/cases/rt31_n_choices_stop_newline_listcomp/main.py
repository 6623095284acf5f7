import openai

prompt = "Suggest a name for a pet turtle.\nName:"
resp = openai.Completion.create(
    model="text-davinci-003",
    prompt=prompt,
    n=3,
    temperature=1,
    max_tokens=8,
    stop="\n",
)
names = [c["text"].strip() for c in resp["choices"]]
print(len(names), names)
by_index = sorted(resp.choices, key=lambda c: c.index)
print([c.index for c in by_index])
