"""Generate a list until the model writes END, asking again while it runs out of tokens."""
import openai

prompt = "Write steps to brew tea, finish with END.\n1. Boil water 2. Warm pot END 3. never"
pieces = []
for attempt in range(3):
    resp = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt + "".join(pieces),
        max_tokens=12,
        stop=["END"],
    )
    choice = resp.choices[0]
    pieces.append(choice.text)
    print(f"attempt {attempt + 1}: finish_reason={choice.finish_reason}")
    if choice.finish_reason != "length":
        break
print("attempts:", len(pieces))
print(repr("".join(pieces).strip()))
