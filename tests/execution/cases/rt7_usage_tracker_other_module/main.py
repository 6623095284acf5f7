from llm import ask
from tracker import TRACKER

if __name__ == "__main__":
    print(ask("What is a haiku?"))
    print(ask("Write one about rain."))
    print(TRACKER.report())
