import openai


def stream_reply(prompt):
    """What a Flask/FastAPI StreamingResponse would send, as server-sent events."""
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        stream=True,
    )
    for chunk in response:
        content = chunk.choices[0].delta.get("content")
        if content:
            yield f"data: {content}\n\n"
    yield "data: [DONE]\n\n"


events = list(stream_reply("Tell me a short joke about cats"))
print(len(events) > 2)
print("".join(e[len("data: "):-2] for e in events[:-1]))
print(events[-1].strip())
