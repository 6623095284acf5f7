from llm import chat, complete


def write_post(topic):
    draft = chat("draft", f"Write a short blog post about {topic}")
    review = chat("review", f"Review this draft: {draft}")
    title = complete("title", f"Title for a post about {topic}:")
    return {"topic": topic, "title": title, "draft": draft, "review": review}
