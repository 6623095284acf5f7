import openai


def stream_turn(history):
    message = {"role": None, "content": ""}
    for chunk in openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=history, stream=True):
        delta = chunk["choices"][0]["delta"]
        if delta.get("role"):
            message["role"] = delta["role"]
        if delta.get("content"):
            message["content"] += delta["content"]
    history.append(message)
    return message


history = [{"role": "user", "content": "Pick a colour"}]
print(stream_turn(history))
history.append({"role": "user", "content": "Why that one?"})
print(stream_turn(history))
print([m["role"] for m in history])
