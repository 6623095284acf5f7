from budget import ChatModel, estimate_tokens, fits

prompt = "lorem ipsum " * 2000
print("tokens:", estimate_tokens(prompt))
for model in ChatModel:
    print(f"{model.name:12} {model.value:14} fits={fits(model, prompt)}")
print(ChatModel("gpt-4-32k").name)
