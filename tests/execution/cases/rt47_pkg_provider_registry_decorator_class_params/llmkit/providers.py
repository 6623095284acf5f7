import openai

from .base import BaseLLM
from .registry import register


@register("openai-completion")
class OpenAICompletion(BaseLLM):
    model = "text-davinci-003"
    max_tokens = 64

    def generate(self, prompt, **overrides):
        response = openai.Completion.create(prompt=prompt, **self.params(**overrides))
        choice = response.choices[0]
        return choice.text.strip(), choice.finish_reason


@register("openai-chat")
class OpenAIChat(BaseLLM):
    model = "gpt-3.5-turbo"
    temperature = 0

    def generate(self, prompt, **overrides):
        response = openai.ChatCompletion.create(
            messages=[{"role": "user", "content": prompt}], **self.params(**overrides))
        choice = response.choices[0]
        return choice.message.content, choice.finish_reason


@register("openai-gpt4")
class OpenAIGPT4(OpenAIChat):
    model = "gpt-4"
    max_tokens = 5
