from llms.factory import make_llm

PROMPT = "Give a name for a coffee shop run by cats"

for name in ["chat", "gpt4", "instruct"]:
    llm = make_llm(name)
    print(f"[{name}] {llm.generate(PROMPT)}")

print(make_llm("gpt4").generate(PROMPT, max_tokens=3))

try:
    make_llm("llama")
except ValueError as exc:
    print("error:", exc)
