import llmkit

PROMPT = "Name three primary colors for a painting class"

if __name__ == "__main__":
    print("providers:", ", ".join(llmkit.available()))
    for name in llmkit.available():
        llm = llmkit.get_llm(name)
        text, finish = llm.generate(PROMPT)
        print(f"{name:18} {llm!r} [{finish}] {text}")
    short = llmkit.get_llm("openai-chat", max_tokens=3)
    print("short:", short.generate(PROMPT))
    print("override:", llmkit.get_llm("openai-completion").generate(PROMPT, max_tokens=4))
