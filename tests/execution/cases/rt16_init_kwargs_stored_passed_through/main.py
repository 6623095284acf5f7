import openai


class ChatModel:
    def __init__(self, model="gpt-3.5-turbo", **generation_kwargs):
        self.model = model
        self.generation_kwargs = generation_kwargs

    def predict(self, text):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": text}],
            **self.generation_kwargs,
        )
        return response.choices[0].message.content


if __name__ == "__main__":
    print(ChatModel().predict("What is an atom?"))
    print(ChatModel(max_tokens=3).predict("Describe the ocean in many words"))
