import os

import google.generativeai as genai

genai.configure(api_key=os.environ.get("GOOGLE_API_KEY"))

model = genai.GenerativeModel(
    "gemini-3.1-pro-preview",
    system_instruction="You write commit messages.",
)
