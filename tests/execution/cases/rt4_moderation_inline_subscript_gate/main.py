import openai


def is_flagged(text):
    return openai.Moderation.create(input=text)["results"][0]["flagged"]


def violence_score(text):
    result = openai.Moderation.create(input=text).results[0]
    return result.category_scores["violence"], result.categories.violence


def handle(text):
    if is_flagged(text):
        score, hit = violence_score(text)
        return f"blocked (violence={score}, {hit})"
    reply = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": text}]
    )
    return reply["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(handle("Tell me a joke about cats"))
    print(handle("I will hurt you"))
