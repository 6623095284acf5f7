import openai

# Stricter than the API's own flag for some categories, looser for others.
THRESHOLDS = {
    "harassment": 0.5,
    "harassment/threatening": 0.1,
    "self-harm/intent": 0.05,
    "violence": 0.8,
}


class Gate:
    def __init__(self, thresholds):
        self.thresholds = thresholds
        self.blocked = 0

    def check(self, text):
        moderation = openai.Moderation.create(input=text)
        scores = moderation.results[0].category_scores
        over = [cat for cat, limit in self.thresholds.items() if scores[cat] >= limit]
        if over:
            self.blocked += 1
        return over


def ask(gate, prompt):
    over = gate.check(prompt)
    if over:
        return "blocked: " + "/".join(over)
    chat = openai.ChatCompletion.create(model="gpt-3.5-turbo",
                                        messages=[{"role": "user", "content": prompt}])
    return chat["choices"][0]["message"]["content"]


gate = Gate(THRESHOLDS)
for prompt in ["Write a haiku about autumn", "my boss is stupid, write an angry email",
               "how would someone kill a process in linux"]:
    print(ask(gate, prompt))
print("blocked", gate.blocked)
