"""Replay an editor's autocomplete history (records the old engines' names as labels)."""
import openai  # noqa: F401  (the real SDK is used elsewhere in the project)

from history import ChatCompletion, Completion

LOG = [
    ("def add(", "a, b):", "text-davinci-003"),
    ("import ", "os", "code-cushman-001"),
]


def main():
    items = [Completion.create(prefix, text, engine=engine) for prefix, text, engine in LOG]
    items.append(ChatCompletion.create("hello", " world"))
    for item in items:
        print(f"{item.engine:18} {item.prefix}{item.text} {item.tags}")
    # openai.Completion.create(engine=...) used to produce these in 2022
    print(sum(1 for i in items if i.engine == "text-davinci-003"), "davinci suggestions")


if __name__ == "__main__":
    main()
