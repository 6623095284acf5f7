import openai

SUMMARY_TRIGGER_TOKENS = 60


def tokens(text):
    return len(text) // 4


class SummaryMemory:
    def __init__(self):
        self.summary = ""
        self.turns = []

    def add(self, role, content):
        self.turns.append({"role": role, "content": content})
        if sum(tokens(t["content"]) for t in self.turns) > SUMMARY_TRIGGER_TOKENS:
            self._compress()

    def _compress(self):
        transcript = "\n".join(f"{t['role']}: {t['content']}" for t in self.turns[:-2])
        resp = openai.Completion.create(
            engine="text-davinci-003",
            prompt=f"Progressively summarize the conversation.\nCurrent summary: {self.summary}\n"
                   f"New lines:\n{transcript}\nNew summary:",
            max_tokens=40,
            temperature=0,
        )
        self.summary = resp.choices[0].text.strip()
        self.turns = self.turns[-2:]
        print(f"  (compressed to {tokens(self.summary)} tokens)")

    def messages(self, system):
        head = system + (f"\nSummary of earlier conversation: {self.summary}" if self.summary else "")
        return [{"role": "system", "content": head}] + self.turns


memory = SummaryMemory()
for question in ["Hi, I'm planning a trip to Japan in spring.",
                 "Which cities should I visit for cherry blossoms?",
                 "How many days in Kyoto would you suggest?",
                 "And what about food I must try?"]:
    memory.add("user", question)
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=memory.messages("You are a travel agent."),
        max_tokens=40,
    )
    answer = resp["choices"][0]["message"]["content"]
    memory.add("assistant", answer)
    print(len(memory.turns), answer[:50])
