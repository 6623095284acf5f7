import importlib

COMMANDS = {}


def command(name):
    def register(func):
        COMMANDS[name] = func
        return func
    return register


def load_plugins(names):
    for name in names:
        importlib.import_module(f"bot.plugins.{name}")


def dispatch(line):
    name, _, rest = line.partition(" ")
    handler = COMMANDS.get(name.lstrip("/"))
    if handler is None:
        return f"unknown command {name}"
    return handler(rest)
