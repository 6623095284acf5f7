from llms.registry import get_llm

chat = get_llm("openai-chat", max_tokens=6)
completion = get_llm("openai-completion", temperature=0.3, stop=["\n"])

question = "Name three uses of baking soda"
print("chat:", chat.generate(question))
print("completion:", completion.generate(question + "\nAnswer:").strip())
