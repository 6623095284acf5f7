import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])

USE_PALM = os.environ.get("USE_PALM", "1") == "1"


def complete(prompt):
    if USE_PALM:
        completion = genai.generate_text(
            model="models/text-bison-001",
            prompt=prompt,
            temperature=0.3,
            max_output_tokens=200,
        )
        return completion.result
    return genai.GenerativeModel("gemini-3.1-pro-preview").generate_content(prompt).text


print(complete("Write a tagline for a bike shop."))
