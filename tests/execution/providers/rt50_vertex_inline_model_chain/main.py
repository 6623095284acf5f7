import vertexai
from vertexai.generative_models import GenerativeModel

vertexai.init(project="demo-project", location="us-central1")


def classify(ticket: str) -> str:
    return GenerativeModel("gemini-2.5-flash").generate_content(
        f"Classify this support ticket as billing, bug or other: {ticket}"
    ).text.strip()


for t in ["I was charged twice", "The app crashes on launch"]:
    print(t, "->", classify(t))
