def chat_payload(messages, model="gpt-3.5-turbo-0301", temperature=0, max_tokens=120):
    return {
        "model": model,
        "messages": messages,
        "temperature": temperature,
        "max_tokens": max_tokens,
    }


def user(text):
    return {"role": "user", "content": text}
