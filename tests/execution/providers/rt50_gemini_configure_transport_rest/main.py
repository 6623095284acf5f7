import os

import google.generativeai as genai

# gRPC is blocked behind the corporate proxy
genai.configure(api_key=os.environ["GOOGLE_API_KEY"], transport="rest")

model = genai.GenerativeModel("gemini-3.1-pro-preview")

for word in ["ephemeral", "ubiquitous"]:
    print(model.generate_content(f"Define '{word}' in five words.").text)
