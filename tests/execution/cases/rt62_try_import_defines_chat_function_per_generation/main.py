from llm import chat

if __name__ == "__main__":
    r = chat("gpt-3.5-turbo", [{"role": "user", "content": "Suggest a band name"}])
    print(r.choices[0].message.content)
    r = chat("gpt-4", [{"role": "user", "content": "Suggest a podcast name"}], n=2)
    print([c.message.content for c in r.choices], r.usage.completion_tokens)
