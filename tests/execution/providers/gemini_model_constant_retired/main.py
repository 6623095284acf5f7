import os

import google.generativeai as genai

MODEL = os.getenv("GEMINI_MODEL", "gemini-1.0-pro")

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
model = genai.GenerativeModel(MODEL)


def answer(question):
    return model.generate_content(question).text


print(answer("What is 2 + 2?"))
