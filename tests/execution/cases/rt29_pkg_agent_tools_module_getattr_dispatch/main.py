from agent import tools
from agent.loop import run

answer, turns = run("remember to buy milk", ["save_note", "list_notes", None])
print(answer)
print(turns, "messages;", tools.NOTES)
