import openai

from localllm import ChatCompletion, Completion  # offline twins of openai's classes

print("online client available:", hasattr(openai, "api_key"))

r = Completion.create(engine="text-davinci-003", prompt="Q: What is the capital of France?\nA:",
                      max_tokens=20, temperature=0)
print(r["model"], repr(r["choices"][0]["text"].strip()), r["usage"]["total_tokens"])
c = ChatCompletion.create(model="gpt-3.5-turbo", temperature=0,
                          messages=[{"role": "user", "content": "what is 2+2?"}])
print(c["model"], c["choices"][0]["message"]["content"])
print(Completion.create(model="text-curie-001", prompt="meaning of life")["choices"][0]["text"])
