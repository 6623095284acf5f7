import openai

from llms.base import BaseLLM


class ChatLLM(BaseLLM):
    def _prompt_params(self, prompt):
        return {"messages": [{"role": "user", "content": prompt}]}

    def _call(self, **params):
        return openai.ChatCompletion.create(**params)

    def _parse(self, response):
        return response["choices"][0]["message"]["content"]


class CompletionLLM(BaseLLM):
    def _prompt_params(self, prompt):
        return {"prompt": prompt}

    def _call(self, **params):
        return openai.Completion.create(**params)

    def _parse(self, response):
        return response["choices"][0]["text"]
