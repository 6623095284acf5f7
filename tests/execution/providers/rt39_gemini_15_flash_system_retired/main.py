import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
model = genai.GenerativeModel(
    "gemini-1.5-flash",
    system_instruction="You are a cat. Your name is Neko.",
    generation_config={"temperature": 1, "max_output_tokens": 200},
)
response = model.generate_content("Good morning! How are you?")
print(response.text)
