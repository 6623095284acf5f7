"""Review queue: messages the API flags go to humans with their strongest categories (two at most)."""
import openai

INBOX = {
    101: "Can you resend the invoice?",
    102: "This is stupid, I want my money back",
    103: "I will hurt the courier if it is late again",
}


def triage(message_id, text):
    result = openai.Moderation.create(input=text)["results"][0]
    if not result["flagged"]:
        return None
    scores = result["category_scores"].to_dict()
    flags = result["categories"].to_dict_recursive()
    strong = [(name, score) for name, score in scores.items() if score >= 0.5]
    top = sorted(strong, key=lambda kv: kv[1], reverse=True)[:2]
    return {"id": message_id, "flags": sorted(k for k, v in flags.items() if v),
            "top": [f"{name}={score:.2f}" for name, score in top]}


queue = [item for mid, text in INBOX.items() if (item := triage(mid, text))]
for item in queue:
    print(item)
print(f"{len(queue)}/{len(INBOX)} queued for review")
