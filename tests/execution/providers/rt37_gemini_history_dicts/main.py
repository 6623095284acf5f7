import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
model = genai.GenerativeModel("gemini-3.1-pro-preview")

messages = [
    {"role": "user", "parts": ["Briefly explain how a computer works to a kid."]},
]
response = model.generate_content(messages)
print(response.text)

messages.append({"role": "model", "parts": [response.text]})
messages.append({"role": "user", "parts": ["Okay, how about a more detailed explanation?"]})
response = model.generate_content(messages)
print(response.text)
