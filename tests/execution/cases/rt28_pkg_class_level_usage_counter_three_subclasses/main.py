from llms import BaseLLM, ChatLLM, CompletionLLM, EmbeddingLLM

print(ChatLLM().generate("Give me a fun fact about octopuses"))
print(CompletionLLM().generate("Complete the sentence: The best thing about mornings is"))
print(len(EmbeddingLLM().embed(["octopus", "morning coffee"])))
print("calls:", BaseLLM.calls, "tokens:", BaseLLM.total_tokens)
