import json
from collections import Counter

import openai

CLASSIFY = {
    "name": "record_label",
    "description": "Record the intent label of a support ticket",
    "parameters": {
        "type": "object",
        "properties": {"text": {"type": "string", "description": "the intent label"}},
        "required": ["text"],
    },
}


def vote(ticket, samples=3):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[
            {"role": "system", "content": "Label the intent of the ticket."},
            {"role": "user", "content": ticket},
        ],
        functions=[CLASSIFY],
        function_call={"name": "record_label"},
        n=samples,
        temperature=0.8,
    )
    labels = []
    for choice in response.choices:
        call = choice.message.get("function_call")
        if call is None:
            continue
        labels.append(json.loads(call["arguments"])["text"].lower())
    counts = Counter(labels)
    label, hits = counts.most_common(1)[0]
    return label, hits / len(labels), response.usage.completion_tokens


for ticket in ["refund please", "cannot log in"]:
    label, agreement, used = vote(ticket)
    print(f"{ticket!r}: {label} (agreement {agreement:.0%}, {used} tokens)")
