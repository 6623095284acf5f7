from llm import complete

PROMPTS = ["Translate to French: good morning", "Write a slogan for a bakery"]

for run in range(2):
    for prompt in PROMPTS:
        record, hit = complete(prompt)
        print(run, hit, record["text"], record["usage"])
record, hit = complete(PROMPTS[1], max_tokens=3)
print(hit, record)
