"""Streams Claude's answer to the terminal as it is written (2023 style)."""
import anthropic


class StreamingClaude:
    MODEL = "claude-2.1"
    MAX_TOKENS = 300

    def __init__(self):
        self.client = anthropic.Anthropic()

    def ask(self, question):
        stream = self.client.completions.create(
            model=self.MODEL,
            prompt=f"{anthropic.HUMAN_PROMPT} {question}{anthropic.AI_PROMPT}",
            max_tokens_to_sample=self.MAX_TOKENS,
            stream=True,
        )
        pieces = []
        for event in stream:
            print(event.completion, end="", flush=True)
            pieces.append(event.completion)
        print()
        return "".join(pieces)


bot = StreamingClaude()
for question in ["Name three prime numbers.", "What does HTTP stand for?"]:
    text = bot.ask(question)
    print(f"[{len(text.split())} words]")
