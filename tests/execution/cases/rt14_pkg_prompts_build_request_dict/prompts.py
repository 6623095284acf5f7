SYSTEM = "You are a helpful SQL assistant. Answer with SQL only."


def build_request(question, schema):
    return {
        "model": "gpt-3.5-turbo",
        "messages": [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Schema: {schema}\nQuestion: {question}"},
        ],
        "temperature": 0,
        "max_tokens": 100,
    }
