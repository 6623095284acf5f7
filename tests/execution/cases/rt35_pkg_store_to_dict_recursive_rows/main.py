from llm import chat
from store import to_csv, to_row

prompts = ["Suggest a name for a goldfish.", "Suggest a name for a robot."]
rows = [to_row(p, chat(p)) for p in prompts]
print(to_csv(rows), end="")
