def summarize(client, text):
    messages = [
        {"role": "system", "content": "Summarize the text."},
        {"role": "user", "content": text},
    ]
    print("budget:", client.budget(messages, max_tokens=6))
    response = client.chat(
        model="gpt-3.5-turbo", messages=messages, max_tokens=6, temperature=0.3
    )
    return response["choices"][0]["message"]["content"]


def classify(client, text, labels=("bug", "feature", "question")):
    prompt = f"Labels: {', '.join(labels)}. Text: {text}"
    response = client.chat(model="gpt-4", messages=[{"role": "user", "content": prompt}])
    return response["choices"][0]["message"]["content"], response["usage"]["total_tokens"]
