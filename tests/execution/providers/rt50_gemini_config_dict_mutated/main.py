import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])

generation_config = {"temperature": 0.9, "max_output_tokens": 200}
writer = genai.GenerativeModel("gemini-3.1-pro-preview", generation_config=generation_config)

# the editor should be deterministic
generation_config["temperature"] = 0.0
editor = genai.GenerativeModel("gemini-3.1-pro-preview", generation_config=generation_config)

draft = writer.generate_content("Write a tagline for a bakery.").text
print("draft:", draft)
print("edited:", editor.generate_content(f"Tighten this tagline: {draft}").text)
