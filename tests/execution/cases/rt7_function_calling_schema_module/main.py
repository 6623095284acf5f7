from agent import run

if __name__ == "__main__":
    print(run("Where is my order 1234?"))
