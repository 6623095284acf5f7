import llm

print(llm.ask("What is the tallest mountain in Europe?"))
llm.set_default(llm.ChatLLM(max_tokens=3))
print(llm.ask("What is the longest river in Asia?"))
llm.default_llm = llm.ChatLLM(model="gpt-4")
print(llm.ask("What is the largest desert on Earth?"))
