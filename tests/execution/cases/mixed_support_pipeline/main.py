import openai

CHAT_MODEL = "gpt-3.5-turbo"
EMBED_MODEL = "text-embedding-ada-002"


def handle(message):
    verdict = openai.Moderation.create(input=message)
    if verdict["results"][0]["flagged"]:
        return "blocked"
    vector = openai.Embedding.create(model=EMBED_MODEL, input=message)["data"][0]["embedding"]
    reply = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": message}],
    )
    return f"{len(vector)} {reply['choices'][0]['message']['content']}"


def main():
    print(handle("How do I reset my password?"))
    print(handle("I hate this and will hurt someone"))


if __name__ == "__main__":
    main()
