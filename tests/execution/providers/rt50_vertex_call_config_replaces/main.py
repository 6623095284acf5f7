import os

import vertexai
from vertexai.generative_models import GenerativeModel

vertexai.init(project=os.environ.get("GOOGLE_CLOUD_PROJECT", "demo-project"), location="us-central1")

model = GenerativeModel(
    "gemini-2.5-flash",
    generation_config={"temperature": 0.2, "max_output_tokens": 256},
)

print(model.generate_content("Describe a lighthouse.").text)
print(model.generate_content(
    "Describe a lighthouse in five words.",
    generation_config={"max_output_tokens": 16},
).text)
