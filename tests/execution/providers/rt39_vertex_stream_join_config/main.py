import vertexai
from vertexai.generative_models import GenerativeModel

vertexai.init(project="demo-project", location="us-central1")
model = GenerativeModel("gemini-2.5-flash-lite")


def generate(prompt):
    responses = model.generate_content(
        prompt,
        generation_config={"max_output_tokens": 512, "temperature": 0.5, "top_p": 0.95},
        stream=True,
    )
    return "".join(chunk.text for chunk in responses)


print(generate("List two uses of copper."))
