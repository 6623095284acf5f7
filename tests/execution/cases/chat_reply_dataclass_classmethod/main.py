from dataclasses import dataclass

import openai


@dataclass
class Reply:
    text: str
    finish_reason: str
    tokens: int

    @classmethod
    def from_api(cls, resp):
        choice = resp["choices"][0]
        return cls(
            text=choice["message"]["content"].strip(),
            finish_reason=choice["finish_reason"],
            tokens=resp["usage"]["total_tokens"],
        )


def complete(prompt, max_tokens=None):
    params = {"model": "gpt-3.5-turbo", "messages": [{"role": "user", "content": prompt}]}
    if max_tokens is not None:
        params["max_tokens"] = max_tokens
    return Reply.from_api(openai.ChatCompletion.create(**params))


if __name__ == "__main__":
    print(complete("List the planets of the solar system in order"))
    print(complete("List the planets of the solar system in order", max_tokens=4))
