"""Screen a batch of forum posts before publishing them."""
import openai

POSTS = ["What a lovely garden", "I hate mondays and I will hurt someone", "See you tomorrow"]


def screen(posts):
    resp = openai.Moderation.create(input=posts)
    results = resp["results"]
    if not any(r["flagged"] for r in results):
        return []
    return [
        (i, sorted(k for k, v in r["categories"].items() if v))
        for i, r in enumerate(results)
        if r["flagged"]
    ]


if __name__ == "__main__":
    blocked = screen(POSTS)
    print(len(blocked), "blocked")
    for index, categories in blocked:
        print(index, POSTS[index], categories)
    print(screen(["hello"]))
