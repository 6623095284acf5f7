import vertexai
from vertexai.language_models import TextGenerationModel

PROJECT_ID = "my-project-123"
LOCATION = "us-central1"

PARAMETERS = {
    "temperature": 0.2,
    "max_output_tokens": 256,
    "top_p": 0.8,
    "top_k": 40,
}


def generate_tagline(product):
    vertexai.init(project=PROJECT_ID, location=LOCATION)
    model = TextGenerationModel.from_pretrained("text-bison@001")
    response = model.predict(f"Write a tagline for {product}.", **PARAMETERS)
    return response.text


for product in ["a reusable water bottle", "noise-cancelling headphones"]:
    print(generate_tagline(product))
