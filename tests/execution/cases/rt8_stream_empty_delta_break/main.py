import openai


def stream_reply(messages):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=messages,
        stream=True,
    )
    collected = []
    for chunk in response:
        delta = chunk["choices"][0]["delta"]
        if not delta:
            # the closing chunk carries an empty delta
            break
        if "content" in delta:
            collected.append(delta["content"])
            print(delta["content"], end="", flush=True)
    print()
    return "".join(collected)


reply = stream_reply([{"role": "user", "content": "Give me a fun fact about octopuses"}])
print(len(reply))
