import openai

from llms.base import BaseLLM


class OpenAIChatLLM(BaseLLM):
    def __init__(self, model_name="gpt-3.5-turbo", **kwargs):
        super().__init__(model_name, **kwargs)

    def generate(self, prompt):
        response = openai.ChatCompletion.create(
            model=self.model_name,
            messages=[{"role": "user", "content": prompt}],
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return response["choices"][0]["message"]["content"]


class OpenAICompletionLLM(BaseLLM):
    def __init__(self, model_name="text-davinci-003", **kwargs):
        super().__init__(model_name, **kwargs)

    def generate(self, prompt):
        response = openai.Completion.create(
            engine=self.model_name,
            prompt=prompt,
            temperature=self.temperature,
            max_tokens=self.max_tokens,
            stop=self.stop,
        )
        return response["choices"][0]["text"]
