from concurrent.futures import ThreadPoolExecutor

import openai

QUESTIONS = ["What is a monad?", "What is a functor?", "What is a lens?"]


def main():
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [
            pool.submit(
                openai.ChatCompletion.create,
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": q}],
                temperature=0,
            )
            for q in QUESTIONS
        ]
        for q, future in zip(QUESTIONS, futures):
            response = future.result()
            print(q, "->", response["choices"][0]["message"]["content"])
            print("  tokens:", response["usage"]["total_tokens"])


if __name__ == "__main__":
    main()
