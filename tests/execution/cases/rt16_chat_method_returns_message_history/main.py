import openai


class ChatSession:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model
        self.messages = [{"role": "system", "content": "You are a chef."}]

    def send(self, text):
        self.messages.append({"role": "user", "content": text})
        response = openai.ChatCompletion.create(model=self.model, messages=self.messages)
        message = response["choices"][0]["message"]
        self.messages.append(message)
        return message


if __name__ == "__main__":
    session = ChatSession()
    first = session.send("Suggest a soup")
    print(first["role"], "|", first["content"])
    second = session.send("Make it vegan")
    print(second["content"])
    print([m["role"] for m in session.messages])
