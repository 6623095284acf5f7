from app.llm import LLM

for mode in ("chat", "completion"):
    llm = LLM(mode)
    print(f"{mode:>10}: {llm.generate('Write a tagline for a bakery').strip()}")
