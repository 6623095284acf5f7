import openai

COMMENTS = [
    "I love this product, thanks!",
    "You are so stupid and lazy",
    "I will hurt you",
]


def screen(comments):
    response = openai.Moderation.create(input=comments)
    report = []
    for text, result in zip(comments, response["results"]):
        if not result["flagged"]:
            report.append((text, "ok", []))
            continue
        scores = result["category_scores"]
        top = max(scores, key=scores.get)
        cats = sorted(k for k, v in result["categories"].items() if v)
        report.append((text, f"flagged ({top})", cats))
    return report


if __name__ == "__main__":
    for text, verdict, cats in screen(COMMENTS):
        print(f"{verdict:<22} {', '.join(cats):<22} {text}")
    single = openai.Moderation.create(input="self harm talk")["results"][0]
    print("self-harm:", single["categories"]["self-harm"], single["categories"]["hate/threatening"])
