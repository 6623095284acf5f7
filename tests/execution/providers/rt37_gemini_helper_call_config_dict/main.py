import os

import google.generativeai as genai

genai.configure(api_key=os.getenv("GOOGLE_API_KEY"))
MODEL_NAME = os.getenv("GEMINI_MODEL", "gemini-3.1-pro-preview")


def ask_gemini(prompt, temperature=0.2):
    model = genai.GenerativeModel(MODEL_NAME)
    response = model.generate_content(
        prompt,
        generation_config={
            "temperature": temperature,
            "max_output_tokens": 256,
            "stop_sequences": ["\n\n"],
        },
    )
    return response.text


print(ask_gemini("List two fruits."))
print(ask_gemini("List two vegetables.", temperature=0.9))
