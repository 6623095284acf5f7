import os

import google.generativeai as genai


class Translator:
    MODEL_NAME = "gemini-3.1-pro-preview"

    def __init__(self, target_language):
        genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
        self.model = genai.GenerativeModel(
            self.MODEL_NAME,
            system_instruction=f"Translate everything into {target_language}.",
            generation_config=genai.GenerationConfig(temperature=0.1),
        )

    def translate(self, text):
        return self.model.generate_content(text).text.strip()


fr = Translator("French")
for sentence in ["Good morning.", "Where is the station?"]:
    print(sentence, "->", fr.translate(sentence))
