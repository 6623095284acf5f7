import asyncio

import openai  # noqa: F401  (the hosted backend is wired in elsewhere)

import botkit

if __name__ == "__main__":
    for question in ["How do I get a refund?", "What are your hours", "My parcel is lost"]:
        response = botkit.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": question}],
            temperature=0.2,
            max_tokens=4,
        )
        print(response["model"], response["choices"][0]["message"]["content"])
    later = asyncio.run(botkit.ChatCompletion.acreate(
        model="gpt-4", messages=[{"role": "user", "content": "refund status"}]))
    print(later["model"], later["id"], later["choices"][0]["finish_reason"])
    vectors = botkit.Embedding.create(input=["a b c", "hello"], model="text-embedding-ada-002")
    print([item["embedding"] for item in vectors["data"]])
