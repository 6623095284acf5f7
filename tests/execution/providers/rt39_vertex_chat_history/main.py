import vertexai
from vertexai.generative_models import GenerativeModel

vertexai.init(project="demo-project", location="us-central1")
model = GenerativeModel("gemini-2.5-flash")
chat = model.start_chat()
print(chat.send_message("Remember the number 42.").text)
print(chat.send_message("What number did I ask you to remember?").text)
for content in chat.history:
    print(content.role, "|", content.parts[0].text)
