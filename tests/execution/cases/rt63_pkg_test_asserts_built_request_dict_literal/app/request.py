def build(question):
    return {
        "model": "gpt-3.5-turbo-0613",
        "messages": [{"role": "user", "content": question}],
    }
