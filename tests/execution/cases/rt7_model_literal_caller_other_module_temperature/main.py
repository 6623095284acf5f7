from llm import get_completion

if __name__ == "__main__":
    print(get_completion("Classify the sentiment: I love this phone"))
    print(get_completion("Classify the sentiment: the battery died", model="gpt-4"))
