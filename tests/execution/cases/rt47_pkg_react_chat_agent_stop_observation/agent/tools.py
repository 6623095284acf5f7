"""The tools the agent may call: name -> function of one string argument."""

CAPITALS = {"france": "Paris", "japan": "Tokyo", "peru": "Lima"}


def lookup(arg):
    return CAPITALS.get(arg.strip().lower(), "unknown")


def calculator(arg):
    digits = [int(part) for part in arg.replace("+", " ").split() if part.isdigit()]
    return str(sum(digits))


TOOLS = {"lookup": lookup, "calculator": calculator}


def run_tool(name, arg):
    tool = TOOLS.get(name)
    if tool is None:
        return f"no tool named {name}"
    return tool(arg)
