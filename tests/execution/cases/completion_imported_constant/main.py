import openai

from settings import MAX_ITEMS, OPENAI_MODEL


def ideas(topic):
    resp = openai.Completion.create(model=OPENAI_MODEL, prompt=f"Give {MAX_ITEMS} ideas about {topic}")
    return resp["choices"][0]["text"]


def main():
    print(ideas("team lunches"))


if __name__ == "__main__":
    main()
