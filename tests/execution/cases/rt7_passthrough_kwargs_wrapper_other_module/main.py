from llm import chat

if __name__ == "__main__":
    response = chat(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Give me a synonym for happy."}],
    )
    print(response["choices"][0]["message"]["content"])
    print(response["usage"]["total_tokens"])
