import os

from google.generativeai import GenerationConfig, GenerativeModel, configure

configure(api_key=os.environ["GOOGLE_API_KEY"])

model = GenerativeModel(
    "gemini-3.1-pro-preview",
    generation_config=GenerationConfig(temperature=0.4, max_output_tokens=100),
)
response = model.generate_content("hi, are you working?")
print(response.text)
