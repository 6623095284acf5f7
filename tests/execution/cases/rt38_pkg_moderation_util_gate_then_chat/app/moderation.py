"""Run every user message through the moderation endpoint before the model sees it."""
import openai


class ModerationResult:
    def __init__(self, flagged, reasons, top_score):
        self.flagged = flagged
        self.reasons = reasons
        self.top_score = top_score


def moderate(text):
    response = openai.Moderation.create(input=text)
    output = response["results"][0]
    reasons = sorted(k for k, v in output["categories"].items() if v)
    top = max(output["category_scores"].values())
    return ModerationResult(output["flagged"], reasons, top)
