from utils import complete


def run():
    prompt = "Q: What is the boiling point of water?\nA:"
    print("answer:", complete(prompt, stop=["\n", "Q:"]))
