import vertexai
from vertexai.generative_models import GenerativeModel

vertexai.init(project="demo-project", location="us-central1")
model = GenerativeModel("gemini-2.5-flash")

prompt = "Explain what a hash map is to a ten year old."
count = model.count_tokens(prompt)
print("tokens:", count.total_tokens)
print("billable characters:", count.total_billable_characters)
print(model.generate_content(prompt).text)
