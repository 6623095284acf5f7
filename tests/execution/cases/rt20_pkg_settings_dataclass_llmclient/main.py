from app.llm import LLMClient

client = LLMClient()
print(client.ask("Do you repair carbon frames?"))
short = LLMClient(max_tokens=4)
print(short.ask("What are your opening hours on Sunday?"))
