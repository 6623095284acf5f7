from app.llm import ChatModel

model = ChatModel()
result = model.invoke("Give me three tips for better sleep")
print(result)
print(f"cost: {result.prompt_tokens * 0.0015 / 1000 + result.completion_tokens * 0.002 / 1000:.6f} USD")
