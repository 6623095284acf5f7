from llms import ChatLLM, CompletionLLM

chat = ChatLLM("gpt-3.5-turbo")
instruct = CompletionLLM("text-davinci-003", max_tokens=5)
for llm in (chat, instruct):
    print(type(llm).__name__, "->", llm("Explain what a linked list is"))
