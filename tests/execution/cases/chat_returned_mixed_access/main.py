import openai


class Assistant:
    MODEL = "gpt-3.5-turbo"

    @classmethod
    def reply(cls, text):
        response = openai.ChatCompletion.create(model=cls.MODEL, messages=[{"role": "user", "content": text}])
        return response.choices[0].message


if __name__ == "__main__":
    message = Assistant.reply("Say hello")
    print(message.role, len(message["content"]) > 0)
    print(hasattr(message, "function_call"), message.get("function_call"))
