import json

import openai

response = openai.Completion.create(
    model="text-davinci-003",
    prompt="Give me a motto for a hiking club.",
    max_tokens=12,
    temperature=0.8,
    n=2,
)
# clean the samples before saving them (no surrounding blanks, no final period)
for choice in response.choices:
    choice.text = choice.text.strip().rstrip(".")

with open("samples.json", "w") as f:
    json.dump(response["choices"], f, indent=1)

with open("samples.json") as f:
    saved = json.load(f)
for item in saved:
    print(item["index"], repr(item["text"]), item["finish_reason"])
