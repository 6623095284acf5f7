import vertexai
from vertexai.language_models import TextGenerationModel


class Summarizer:
    def __init__(self, project, location="us-central1"):
        vertexai.init(project=project, location=location)
        self.model = TextGenerationModel.from_pretrained("text-bison@001")

    def summarize(self, text):
        response = self.model.predict(
            f"Summarize in one sentence:\n{text}",
            temperature=0.2,
            max_output_tokens=128,
        )
        return response.text


s = Summarizer("acme-ml")
print(s.summarize("The meeting moved to Thursday because the room was double-booked."))
