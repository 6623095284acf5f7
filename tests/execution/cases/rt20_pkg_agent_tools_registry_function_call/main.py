from agent.core import ToolAgent

agent = ToolAgent()
for task, tool_name in [("count the words in: the quick brown fox", "word_count"),
                        ("make this loud: hello there", "shout")]:
    name, result, answer = agent.run(task, tool_name)
    print(name, result)
    print("  ->", answer)
