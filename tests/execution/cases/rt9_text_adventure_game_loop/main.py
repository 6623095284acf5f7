import openai

openai.api_key_path = None

INTRO = "You are the narrator of a text adventure set in a haunted castle. Keep it short."
ACTIONS = ["look around", "open the door", "go upstairs", "inventory", "light the candle"]


class Game:
    def __init__(self):
        self.log = [{"role": "system", "content": INTRO}]
        self.inventory = ["candle", "matches"]
        self.turn = 0

    def step(self, action):
        self.turn += 1
        if action == "inventory":
            return "You carry: " + ", ".join(self.inventory)
        self.log.append({"role": "user", "content": f"Turn {self.turn}: {action}"})
        completion = openai.ChatCompletion.create(
            model="gpt-3.5-turbo-0613",
            messages=self.log,
            temperature=0.8,
            max_tokens=150,
        )
        narration = completion.choices[0]["message"]["content"]
        self.log.append({"role": "assistant", "content": narration})
        if completion.choices[0].finish_reason == "length":
            narration += "..."
        return narration


if __name__ == "__main__":
    game = Game()
    for action in ACTIONS:
        print(f"> {action}")
        print(game.step(action))
    print(f"{game.turn} turns, {len(game.log)} log entries")
