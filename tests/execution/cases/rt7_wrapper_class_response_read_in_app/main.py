from llm import OpenAIClient


def main():
    client = OpenAIClient()
    resp = client.complete([{"role": "user", "content": "Name a prime number above 10."}])
    print(resp["choices"][0]["message"]["content"])
    print("finish:", resp.choices[0].finish_reason)
    print("tokens:", resp.usage.total_tokens)


if __name__ == "__main__":
    main()
