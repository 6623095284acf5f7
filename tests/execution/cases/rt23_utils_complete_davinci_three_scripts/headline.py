from utils import complete


def run():
    print("headline:", complete("Write a headline about a new coffee shop:", max_tokens=8))
