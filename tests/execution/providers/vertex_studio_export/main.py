import vertexai
from vertexai.generative_models import GenerativeModel, SafetySetting


def generate():
    vertexai.init(project="demo-project", location="us-central1")
    model = GenerativeModel(
        "gemini-2.5-flash",
        system_instruction=[textsi_1],
    )
    responses = model.generate_content(
        [text1],
        generation_config=generation_config,
        safety_settings=safety_settings,
        stream=True,
    )

    for response in responses:
        print(response.text, end="")
    print()


text1 = """Write a product description for a solar lantern."""
textsi_1 = """You are a copywriter."""

generation_config = {
    "max_output_tokens": 256,
    "temperature": 1,
    "top_p": 0.95,
}

safety_settings = [
    SafetySetting(
        category=SafetySetting.HarmCategory.HARM_CATEGORY_HATE_SPEECH,
        threshold=SafetySetting.HarmBlockThreshold.BLOCK_ONLY_HIGH,
    ),
    SafetySetting(
        category=SafetySetting.HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
        threshold=SafetySetting.HarmBlockThreshold.BLOCK_MEDIUM_AND_ABOVE,
    ),
]

generate()
