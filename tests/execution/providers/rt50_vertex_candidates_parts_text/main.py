import vertexai
from vertexai.generative_models import GenerationConfig, GenerativeModel

vertexai.init(project="acme-ml", location="europe-west4")

model = GenerativeModel("gemini-2.5-flash-lite")
config = GenerationConfig(temperature=0.0, max_output_tokens=100)

for product in ["hiking boots", "espresso machine"]:
    response = model.generate_content(
        f"Write a one-line product description for {product}.",
        generation_config=config,
    )
    print(response.candidates[0].content.parts[0].text)
