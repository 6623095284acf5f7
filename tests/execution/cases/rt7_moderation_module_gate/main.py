from chat import answer
from moderation import check

INPUTS = ["How do I bake sourdough?", "I will hurt you", "Tips for a job interview?"]

if __name__ == "__main__":
    for text in INPUTS:
        ok, categories = check(text)
        if not ok:
            print("blocked:", ", ".join(categories))
            continue
        print(answer(text))
