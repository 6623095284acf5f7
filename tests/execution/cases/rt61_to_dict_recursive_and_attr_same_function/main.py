import json

import openai


def describe(topic):
    completion = openai.ChatCompletion.create(
        model="gpt-4",
        messages=[
            {"role": "system", "content": "Answer with one sentence."},
            {"role": "user", "content": f"Describe {topic}."},
        ],
        temperature=0,
    )
    record = completion.to_dict_recursive()
    record["topic"] = topic
    print(completion.choices[0].message.content)
    print(json.dumps({"topic": record["topic"], "usage": record["usage"]}, sort_keys=True))
    return record


records = [describe(t) for t in ("the moon", "a violin")]
print(sum(r["usage"]["total_tokens"] for r in records))
print([r["choices"][0]["finish_reason"] for r in records])
