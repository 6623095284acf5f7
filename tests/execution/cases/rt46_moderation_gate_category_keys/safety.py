import openai

BLOCKING = ("hate", "hate/threatening", "self-harm", "sexual/minors", "violence")
WARN_ONLY = ("harassment",)


def check(text):
    """Return (allowed, reasons) for a user message."""
    result = openai.Moderation.create(input=text)["results"][0]
    categories = result["categories"]
    scores = result["category_scores"]
    reasons = [name for name in BLOCKING if categories[name]]
    warnings = [f"{name}:{scores[name]:.2f}" for name in WARN_ONLY if categories[name]]
    if categories["self-harm"] or categories["hate/threatening"]:
        reasons.append("escalate")
    return not result["flagged"] or not reasons, reasons + warnings
