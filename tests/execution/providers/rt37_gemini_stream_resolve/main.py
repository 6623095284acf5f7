import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
model = genai.GenerativeModel("gemini-3.1-pro-preview",
                              system_instruction="Reply like a weather forecaster.")

response = model.generate_content("How is the weather tomorrow?", stream=True)
response.resolve()
print(response.text)
