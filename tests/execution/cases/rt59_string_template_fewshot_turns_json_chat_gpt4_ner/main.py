import json
from string import Template

import openai

PROMPT = Template("Extract the named entities from the sentence.\nSentence: $sentence\nEntities:")
SENTENCES = [
    "Bob works for Acme in Paris. PERSON: Bob; ORG: Acme; LOC: Paris",
    "The meeting is on Monday.",
]


def few_shot_messages(path="examples.json"):
    with open(path) as fh:
        examples = json.load(fh)
    messages = [{"role": "system", "content": "You are an NER tagger. Use PERSON, ORG, LOC."}]
    for ex in examples:
        messages.append({"role": "user", "content": PROMPT.substitute(sentence=ex["text"])})
        messages.append({"role": "assistant", "content": ex["entities"]})
    return messages


def parse_entities(reply):
    found = {}
    for part in reply.split(";"):
        if ":" not in part:
            continue
        kind, _, name = part.rpartition(":")
        kind = kind.split()[-1] if kind.split() else ""
        if kind in ("PERSON", "ORG", "LOC"):
            found.setdefault(kind, []).append(name.strip())
    return found


base = few_shot_messages()
for sentence in SENTENCES:
    messages = base + [{"role": "user", "content": PROMPT.substitute(sentence=sentence)}]
    result = openai.ChatCompletion.create(model="gpt-4", messages=messages, temperature=0)
    reply = result.choices[0].message.content
    ents = parse_entities(reply)
    print(sentence[:24], "=>", json.dumps(ents, sort_keys=True))
    print("   tokens:", result.usage.prompt_tokens, "+", result.usage.completion_tokens)
