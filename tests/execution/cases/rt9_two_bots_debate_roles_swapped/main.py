"""Two agents talk to each other: each sees its own lines as 'assistant' and the other's as 'user'."""
import openai


class Agent:
    def __init__(self, name, stance):
        self.name = name
        self.history = [{"role": "system", "content": f"You are {name}. You argue that {stance}."}]

    def hear(self, text):
        self.history.append({"role": "user", "content": text})

    def speak(self):
        out = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=self.history,
            max_tokens=20,
            presence_penalty=0.6,
        )
        line = out.choices[0].message.content
        self.history.append({"role": "assistant", "content": line})
        return line


def debate(a, b, rounds=2, opening="Let's debate: tabs or spaces?"):
    a.hear(opening)
    for r in range(rounds):
        line = a.speak()
        print(f"{a.name}: {line}")
        b.hear(line)
        line = b.speak()
        print(f"{b.name}: {line}")
        a.hear(line)


if __name__ == "__main__":
    debate(Agent("Alice", "tabs are better"), Agent("Bob", "spaces are better"))
