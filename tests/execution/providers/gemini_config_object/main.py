import os

import google.generativeai as genai

GEMINI_API_KEY = os.getenv("GOOGLE_API_KEY")

genai.configure(api_key=GEMINI_API_KEY)

model = genai.GenerativeModel("gemini-3.1-pro-preview")

config = genai.types.GenerationConfig(candidate_count=1, temperature=0.5)


def generate_content(prompt):
    response = model.generate_content(prompt, generation_config=config)

    return response.text


for topic in ("tea", "coffee"):
    print(generate_content(f"One fact about {topic}."))
