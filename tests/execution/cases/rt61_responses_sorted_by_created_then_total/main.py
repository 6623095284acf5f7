import copy

import openai

batch = []
for word in ("apple", "banana"):
    res = openai.Completion.create(model="text-davinci-003", prompt=f"Spell {word}", max_tokens=10)
    snapshot = copy.deepcopy(res)
    snapshot["word"] = word
    batch.append(snapshot)

batch.sort(key=lambda r: (r["created"], r["word"]))
for r in batch:
    print(r["word"], r.choices[0].text.strip(), r["choices"][0]["finish_reason"], r.usage.total_tokens)
print(all(r["object"] == "text_completion" for r in batch))
