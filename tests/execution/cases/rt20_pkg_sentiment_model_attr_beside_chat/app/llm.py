import openai


class LLMSentiment:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model

    def predict(self, text):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[
                {"role": "system", "content": "Label the sentiment."},
                {"role": "user", "content": text},
            ],
        )
        return response.choices[0].message.content
