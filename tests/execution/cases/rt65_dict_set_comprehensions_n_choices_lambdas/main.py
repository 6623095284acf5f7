import openai

resp = openai.Completion.create(
    model="text-davinci-003",
    prompt="Suggest a name for a cat",
    n=3,
    max_tokens=6,
    temperature=0.9,
)
by_index = {c["index"]: c["text"].strip() for c in resp["choices"]}
reasons = {c.finish_reason for c in resp.choices}
lengths = sorted(map(lambda c: len(c.text), resp.choices), reverse=True)
longest = max(resp.choices, key=lambda c: len(c["text"]))
short = list(filter(lambda c: len(c.text.split()) < 10, resp["choices"]))
for i in sorted(by_index):
    print(i, by_index[i])
print("finish reasons:", ", ".join(sorted(reasons)))
print("lengths:", lengths)
print("longest is choice", longest.index, "-", len(short), "short")
