from string import Template

FEW_SHOT = Template(
    "Answer the question in a few words.\n\n"
    "Q: What color is the sky?\nA: Blue\n\n"
    "Q: $question\nA:"
)
STOP = ["\n", "Q:"]


def render(question):
    return FEW_SHOT.substitute(question=question.strip().rstrip("?") + "?")
