import openai

prompt = "The three primary colours are"
out = openai.Completion.create(model="text-curie-001", prompt=prompt, max_tokens=20, echo=True, best_of=1)
print(out["choices"][0]["text"])
