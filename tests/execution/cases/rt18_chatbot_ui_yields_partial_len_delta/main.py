import openai


def predict(message, history):
    messages = []
    for human, assistant in history:
        messages.append({"role": "user", "content": human})
        messages.append({"role": "assistant", "content": assistant})
    messages.append({"role": "user", "content": message})

    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=messages,
        temperature=1.0,
        stream=True,
    )
    partial_message = ""
    for chunk in response:
        delta = chunk["choices"][0]["delta"]
        if len(delta) != 0:
            partial_message = partial_message + delta.get("content", "")
            yield partial_message


history = [["hi", "hello! how can I help?"]]
updates = list(predict("tell me a joke", history))
print(len(updates), "updates")
print(updates[0])
print(updates[-1])
