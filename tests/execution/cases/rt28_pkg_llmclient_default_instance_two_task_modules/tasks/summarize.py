from llm import client


def summarize(text, words=12):
    return client.complete(
        f"Summarize in {words} words: {text}",
        system="You write very short summaries.",
        max_tokens=words,
    )
