import os

import google.generativeai as genai

SYSTEM_PROMPT = "You answer in one sentence."


class Assistant:
    def __init__(self, api_key):
        genai.configure(api_key=api_key)
        self.model = genai.GenerativeModel("gemini-3.1-pro-preview",
                                           system_instruction=SYSTEM_PROMPT)

    def ask(self, question):
        response = self.model.generate_content(question)
        return response.text

    def stream(self, question):
        for chunk in self.model.generate_content(question, stream=True):
            print(chunk.text, end="")
        print()


bot = Assistant(os.environ["GOOGLE_API_KEY"])
print(bot.ask("What is a linter?"))
bot.stream("Why test code?")
