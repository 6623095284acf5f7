import openai

COMMENTS = [
    "Great article, thanks for sharing!",
    "This is stupid and so are you.",
]


def is_allowed(comment):
    verdict = openai.Moderation.create(comment, model="text-moderation-stable")
    return not verdict.results[0].flagged


for comment in COMMENTS:
    status = "published" if is_allowed(comment) else "held for review"
    print(f"{status}: {comment}")
