import openai

records = []
for topic in ["volcanoes", "glaciers"]:
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"One fun fact about {topic}."}],
    )
    record = dict(resp)
    record["topic"] = topic
    records.append(record)

for rec in records:
    msg = rec["choices"][0]["message"]["content"]
    print(f"[{rec['topic']}] {msg} ({rec['usage']['total_tokens']} tokens)")
print("keys present:", all(k in records[0] for k in ("choices", "usage", "topic")))
