from utils import chat


def main():
    for word in ["house", "river"]:
        print(word, "->", chat(f"Translate to Spanish: {word}", system="You translate.", temperature=0))
