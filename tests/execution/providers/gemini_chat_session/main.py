import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
model = genai.GenerativeModel("gemini-3.1-pro-preview")
chat = model.start_chat(history=[])
for line in ["Hi, I am Ada.", "What is my name?"]:
    reply = chat.send_message(line)
    print(reply.text)
