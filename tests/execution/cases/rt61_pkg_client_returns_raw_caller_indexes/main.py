from assistant.llm import chat


def summarize(text):
    response = chat([
        {"role": "system", "content": "Summarize in one line."},
        {"role": "user", "content": text},
    ])
    content = response["choices"][0]["message"]["content"]
    tokens = response["usage"]["total_tokens"]
    return content, tokens


if __name__ == "__main__":
    summary, tokens = summarize("The quick brown fox jumps over the lazy dog.")
    print(summary)
    print("tokens used:", tokens)
