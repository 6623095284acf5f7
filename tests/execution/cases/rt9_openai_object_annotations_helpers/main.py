from typing import Dict, List

import openai


def complete(prompt: str, n: int = 2) -> openai.openai_object.OpenAIObject:
    return openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        n=n,
    )


def choices_of(response: openai.openai_object.OpenAIObject) -> List[str]:
    return [c.message.content for c in response.choices]


def usage_of(response: openai.openai_object.OpenAIObject) -> Dict[str, int]:
    return dict(response.usage)


if __name__ == "__main__":
    r = complete("Suggest a name for a bakery")
    for i, text in enumerate(choices_of(r)):
        print(i, text)
    print(sorted(usage_of(r).items()))
