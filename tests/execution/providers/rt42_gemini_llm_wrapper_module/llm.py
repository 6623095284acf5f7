import os

import google.generativeai as genai

genai.configure(api_key=os.environ.get("GOOGLE_API_KEY"))


class GeminiLLM:
    def __init__(self, model_name="gemini-3.1-pro-preview", temperature=0.2, max_output_tokens=256):
        self.model = genai.GenerativeModel(
            model_name,
            generation_config=dict(
                temperature=temperature,
                max_output_tokens=max_output_tokens,
            ),
        )

    def generate(self, prompt):
        response = self.model.generate_content(prompt)
        return response.text.strip()
