"""Ask several questions at once; a slow one hits request_timeout and is reported, not fatal."""
import asyncio

import openai

QUESTIONS = [
    "What is a coroutine?",
    "[slow] Explain the whole history of computing.",
    "What does await do?",
]


async def ask(question):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        request_timeout=0.5,
    )
    return response["choices"][0]["message"]["content"]


async def main():
    results = await asyncio.gather(*[ask(q) for q in QUESTIONS], return_exceptions=True)
    ok = 0
    for question, result in zip(QUESTIONS, results):
        if isinstance(result, openai.error.Timeout):
            print(f"TIMEOUT  {question}")
        elif isinstance(result, openai.error.OpenAIError):
            print(f"ERROR    {question}")
        else:
            ok += 1
            print(f"OK       {question} -> {result}")
    print(f"{ok}/{len(QUESTIONS)} answered")


if __name__ == "__main__":
    asyncio.run(main())
