from agent.loop import solve

QUESTIONS = [
    "What is the capital of Peru? Action: lookup[Peru] Action: calculator[2 + 3]",
    "Add these. Action: calculator[10 + 20 + 12]",
]

if __name__ == "__main__":
    for question in QUESTIONS:
        print("Q:", question.split("?")[0].split(".")[0])
        for step in solve(question):
            print("  ", step)
