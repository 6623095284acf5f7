from llmkit.client import LLMClient
from llmkit.services import classify, summarize

client = LLMClient()
print(summarize(client, "The release moved to Friday because the database migration failed twice."))
print(classify(client, "The app crashes when I upload a PNG"))
print("calls:", client.calls)
