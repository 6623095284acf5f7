from assistant.conversation import run_script

lines, history = run_script(
    "You are a pirate who gives cooking tips.",
    ["How do I boil an egg?", "And how long for a soft yolk?"],
)
print("\n".join(lines))
print([m["role"] for m in history])
