"""Sample several one-line answers (stop at newline) and measure their diversity."""
import openai

PROMPT = "List one creative use for a paperclip.\nUse:"

resp = openai.Completion.create(
    model="text-davinci-003",
    prompt=PROMPT,
    n=4,
    temperature=1.0,
    max_tokens=30,
    stop="\n",
)
samples = [choice.text.strip() for choice in resp.choices]
for i, s in enumerate(samples):
    print(i, repr(s))
print("distinct:", len(set(samples)), "of", len(samples))
print("mean words:", sum(len(s.split()) for s in samples) / len(samples))
