from engine import Completion

VOCABULARY = ["davinci", "davinci-code", "text-davinci-003", "text-curie-001", "dataset", "data"]

for prefix in ["da", "text-", "dav"]:
    results = Completion.create(prompt=prefix, engine=VOCABULARY, max_tokens=2, stop="-")
    print(prefix, [(c.text, round(c.score, 2)) for c in results])
print([c.text for c in Completion.create("text", VOCABULARY)])
