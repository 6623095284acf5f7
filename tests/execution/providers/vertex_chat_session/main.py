import vertexai
from vertexai.generative_models import GenerativeModel

vertexai.init(project="demo-project", location="us-central1")
chat = GenerativeModel("gemini-3.5-flash").start_chat()
print(chat.send_message("Hello").text)
