import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
model = genai.GenerativeModel(
    "gemini-3.1-pro-preview",
    generation_config=genai.GenerationConfig(max_output_tokens=300),
)

INSTRUCTION = "Extract the names of all people mentioned. "
DOCUMENTS = [
    "Alice met Bob at the station.",
    "Carol wrote to Dave about the meeting.",
]


def extract(document):
    response = model.generate_content([INSTRUCTION, document])
    return response.text


for doc in DOCUMENTS:
    print(extract(doc))
