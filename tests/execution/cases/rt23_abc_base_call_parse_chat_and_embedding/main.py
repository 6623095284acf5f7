from abc import ABC, abstractmethod

import openai


class OpenAIModel(ABC):
    model_name: str

    def __call__(self, x):
        response = self._create(**self.request(x))
        return self.parse(response)

    @abstractmethod
    def request(self, x):
        ...

    @abstractmethod
    def parse(self, response):
        ...

    def _create(self, **kwargs):
        raise NotImplementedError


class ChatModel(OpenAIModel):
    model_name = "gpt-3.5-turbo"

    def request(self, x):
        return {"model": self.model_name, "messages": [{"role": "user", "content": x}]}

    def _create(self, **kwargs):
        return openai.ChatCompletion.create(**kwargs)

    def parse(self, response):
        return response["choices"][0]["message"]["content"]


class EmbeddingModel(OpenAIModel):
    model_name = "text-embedding-ada-002"

    def request(self, x):
        return {"model": self.model_name, "input": x}

    def _create(self, **kwargs):
        return openai.Embedding.create(**kwargs)

    def parse(self, response):
        return [round(v, 3) for v in response["data"][0]["embedding"][:3]]


if __name__ == "__main__":
    print(ChatModel()("Tell me a joke about compilers"))
    print(EmbeddingModel()("a joke about compilers"))
