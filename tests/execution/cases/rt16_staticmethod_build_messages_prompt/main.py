import openai


class PromptRunner:
    MODEL = "gpt-3.5-turbo"

    @staticmethod
    def build_messages(instruction, text, examples=()):
        messages = [{"role": "system", "content": instruction}]
        for question, answer in examples:
            messages.append({"role": "user", "content": question})
            messages.append({"role": "assistant", "content": answer})
        messages.append({"role": "user", "content": text})
        return messages

    @classmethod
    def run(cls, instruction, text, examples=()):
        response = openai.ChatCompletion.create(
            model=cls.MODEL,
            messages=cls.build_messages(instruction, text, examples),
            max_tokens=20,
        )
        return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(PromptRunner.run("Classify sentiment.", "I love it",
                           examples=[("It is awful", "negative"), ("Great stuff", "positive")]))
    print(PromptRunner.run("Translate to French.", "good morning"))
