import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])

safety_settings = [
    {"category": "HARM_CATEGORY_HARASSMENT", "threshold": "BLOCK_NONE"},
    {"category": "HARM_CATEGORY_HATE_SPEECH", "threshold": "BLOCK_NONE"},
]

model = genai.GenerativeModel("gemini-pro", safety_settings=safety_settings)

try:
    response = model.generate_content("Write a roast of my cat.")
    print(response.text)
except Exception as exc:  # the fake takes no safety settings
    print("failed:", type(exc).__name__)
