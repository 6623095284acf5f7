import openai

import config


def headline(topic):
    resp = openai.Completion.create(
        model=config.COMPLETION_MODEL,
        prompt=f"Write a headline about {topic}:",
        max_tokens=config.MAX_TOKENS,
    )
    return resp["choices"][0]["text"].strip()


def blurb(headline_text):
    resp = openai.ChatCompletion.create(
        model=config.CHAT_MODEL,
        messages=[
            {"role": "system", "content": "You write newsletter blurbs."},
            {"role": "user", "content": f"Blurb for: {headline_text}"},
        ],
    )
    return resp["choices"][0]["message"]["content"]


def main():
    h = headline("the new bike lanes")
    print(h)
    print(blurb(h))


if __name__ == "__main__":
    main()
