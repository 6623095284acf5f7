import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])

model = genai.GenerativeModel(
    "gemini-3.1-pro-preview",
    generation_config={"temperature": 0.4, "max_output_tokens": 200},
)

for topic in ["black holes", "sourdough starters"]:
    response = model.generate_content(f"Explain {topic} to a ten-year-old.")
    print(topic.upper())
    print(response.candidates[0].content.parts[0].text)
