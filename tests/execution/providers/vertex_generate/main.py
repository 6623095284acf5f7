import vertexai
from vertexai.generative_models import GenerationConfig, GenerativeModel

PROJECT_ID = "demo-project"

vertexai.init(project=PROJECT_ID, location="us-central1")

model = GenerativeModel("gemini-3.5-flash", system_instruction="Answer in one line.")


def ask(question: str) -> str:
    response = model.generate_content(
        question,
        generation_config=GenerationConfig(temperature=0.3, max_output_tokens=64),
    )
    return response.text


print(ask("What is a linter?"))
print(ask("Why pin dependencies?"))
