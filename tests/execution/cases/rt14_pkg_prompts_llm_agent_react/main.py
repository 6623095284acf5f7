import agent

if __name__ == "__main__":
    answer = agent.run("what is calc[2 + 40]")
    print(answer)
