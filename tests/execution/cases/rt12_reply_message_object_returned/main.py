"""The chat helper returns the assistant message itself; callers read and store it."""
import openai


def next_message(messages):
    response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
    return response["choices"][0]["message"]


class Channel:
    def __init__(self, name):
        self.name = name
        self.log = [{"role": "system", "content": f"You moderate #{name}."}]

    def post(self, text):
        self.log.append({"role": "user", "content": text})
        message = next_message(self.log)
        self.log.append(message)
        return f"#{self.name} <{message['role']}> {message['content']}"


if __name__ == "__main__":
    channel = Channel("general")
    print(channel.post("welcome everyone"))
    print(channel.post("rules?"))
    print([m["role"] for m in channel.log])
    print(sum(len(m["content"]) for m in channel.log))
