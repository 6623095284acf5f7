import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
model = genai.GenerativeModel("gemini-3.1-pro-preview")
chat = model.start_chat(history=[])

chat.send_message("My favourite colour is green.")
chat.send_message("What is my favourite colour?")

for message in chat.history:
    print(f"{message.role}: {message.parts[0].text}")
