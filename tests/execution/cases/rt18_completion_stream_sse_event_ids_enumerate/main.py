import json

import openai


def completion_events(prompt):
    stream = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=40,
        temperature=0.4,
        stream=True,
    )
    for i, chunk in enumerate(stream):
        payload = {"text": chunk.choices[0].text, "finish_reason": chunk.choices[0].finish_reason}
        yield f"id: {i}\ndata: {json.dumps(payload)}\n\n"
    yield "event: close\ndata: {}\n\n"


if __name__ == "__main__":
    for event in completion_events("Suggest a name for a cat"):
        print(event, end="")
