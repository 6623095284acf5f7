"""A base Bot with subclasses that change the model and the system prompt."""
import openai


class Bot:
    name = "base"

    @property
    def model(self):
        return "gpt-3.5-turbo"

    def system_prompt(self):
        return f"You are {self.name}, a helpful bot."

    def reply(self, text):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[
                {"role": "system", "content": self.system_prompt()},
                {"role": "user", "content": text},
            ],
        )
        return f"{self.name}: {response.choices[0].message.content}"


class ExpertBot(Bot):
    name = "expert"

    @property
    def model(self):
        return "gpt-4"


class PirateBot(Bot):
    name = "pirate"

    def system_prompt(self):
        return "Ye be a pirate bot. Answer like a pirate."


if __name__ == "__main__":
    for bot in [Bot(), ExpertBot(), PirateBot()]:
        print(bot.reply("How far is the moon?"))
