from llm_compat import chat_create

if __name__ == "__main__":
    resp = chat_create(
        model="gpt-3.5-turbo",
        temperature=0.7,
        messages=[{"role": "user", "content": "Invent a word for a lazy Sunday"}],
    )
    print(resp["choices"][0]["message"]["content"])
    resp = chat_create(model="gpt-4", messages=[{"role": "user", "content": "And for a busy Monday"}])
    print(resp["choices"][0]["message"]["content"], resp["usage"]["prompt_tokens"])
