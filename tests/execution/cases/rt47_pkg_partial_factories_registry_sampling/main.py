from llmreg.registry import FACTORIES, build

if __name__ == "__main__":
    for name in sorted(FACTORIES):
        llm = build(name)
        print(name, "->", llm("Suggest a name for a coffee shop by the harbour"))
