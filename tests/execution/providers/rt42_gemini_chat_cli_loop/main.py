import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])

model = genai.GenerativeModel("gemini-3.1-pro-preview")
chat = model.start_chat(history=[])

# a scripted stand-in for input() so the demo runs unattended
SCRIPT = ["Hi! Can you help me plan a study schedule?", "I have 3 exams next week.", "quit"]

for user_input in SCRIPT:
    if user_input.lower() in ("quit", "exit"):
        break
    response = chat.send_message(user_input)
    print("Gemini:", response.text)

print("messages in history:", len(chat.history))
