from llm import get_llm


def headline(story):
    return get_llm().complete(f"Headline for: {story}", model="gpt-4", max_tokens=5)


def summary(story):
    llm = get_llm()
    return llm.complete(f"Summarize: {story}", max_tokens=9, temperature=0)


def teaser(story):
    return get_llm().complete(f"Teaser: {story}")
