import vertexai
from vertexai.generative_models import GenerativeModel, HarmBlockThreshold, HarmCategory

vertexai.init(project="my-hackathon-project", location="us-central1")

SAFETY = {
    HarmCategory.HARM_CATEGORY_HATE_SPEECH: HarmBlockThreshold.BLOCK_ONLY_HIGH,
    HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT: HarmBlockThreshold.BLOCK_MEDIUM_AND_ABOVE,
}
model = GenerativeModel("gemini-2.5-flash")


def moderate(text):
    response = model.generate_content(
        f"Is this comment polite? {text}",
        generation_config={"temperature": 0, "max_output_tokens": 50},
        safety_settings=SAFETY,
    )
    return response.text


print(moderate("Thanks for the help!"))
print(moderate("Please review my PR."))
