import asyncio

import openai


def make_request(question):
    # builds the request; the caller decides how to run it
    return openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": question}]
    )


def ask(question):
    response = asyncio.run(make_request(question))
    return response["choices"][0]["message"]["content"]


async def ask_many(questions):
    futures = [asyncio.ensure_future(make_request(q)) for q in questions]
    finished = []
    for fut in futures:
        fut.add_done_callback(lambda f: finished.append(f.result()["choices"][0]["message"]["content"]))
    await asyncio.gather(*futures)
    return sorted(finished)


if __name__ == "__main__":
    print(ask("first"))
    print(asyncio.run(ask_many(["second", "third"])))
