import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
model = genai.GenerativeModel("gemini-3.1-pro-preview")


def fits(prompt, limit=8):
    return model.count_tokens(prompt).total_tokens <= limit


for prompt in ("Write a haiku about autumn", "Write a very long and winding story about the sea and its ships"):
    if fits(prompt):
        print(model.generate_content(prompt).text)
    else:
        print("too long:", prompt[:20])
