"""Commands register themselves with a decorator, like discord.py's @bot.command."""
import openai

COMMANDS = {}


def command(name, model="gpt-3.5-turbo"):
    def register(func):
        COMMANDS[name] = (func, model)
        return func
    return register


def run_llm(model, system, user_text):
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user_text}],
    )
    return response.choices[0].message.content


@command("ask")
def ask(model, text):
    return run_llm(model, "Answer the question.", text)


@command("code", model="gpt-4")
def code(model, text):
    return run_llm(model, "You write Python code only.", text)


@command("eli5")
def eli5(model, text):
    return run_llm(model, "Explain like I'm five.", text)


def dispatch(line):
    name, _, text = line.lstrip("!").partition(" ")
    if name not in COMMANDS:
        return "?"
    func, model = COMMANDS[name]
    return func(model, text)


if __name__ == "__main__":
    for line in ["!ask why is the sky blue", "!code fizzbuzz", "!eli5 taxes", "!dance"]:
        print(line, "=>", dispatch(line))
