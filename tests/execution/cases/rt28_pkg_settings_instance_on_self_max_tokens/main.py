from app.client import LLMClient
from app.settings import LLMSettings

client = LLMClient(LLMSettings())
print(client.ask("Do you sell tomato seeds?"))
brief = LLMClient(LLMSettings(max_tokens=3))
print(brief.ask("When do you close on Saturdays?"))
