import openai


class Assistant:
    def __init__(self):
        self.log = []

    def _complete(self, model, question):
        self.log.append(f"{model} <- {question}")
        response = openai.ChatCompletion.create(
            model=model, messages=[{"role": "user", "content": question}]
        )
        return response["choices"][0]["message"]["content"]

    def quick(self, question):
        return self._complete(model="gpt-3.5-turbo", question=question)

    def careful(self, question):
        return self._complete(model="gpt-4", question=question)


if __name__ == "__main__":
    bot = Assistant()
    print(bot.quick("What is 2+2?"))
    print(bot.careful("Why is the sky blue?"))
    print("\n".join(bot.log))
