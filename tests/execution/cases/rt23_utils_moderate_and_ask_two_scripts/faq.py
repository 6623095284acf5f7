from utils import ask

HISTORY = [
    {"role": "system", "content": "You answer questions about our store."},
    {"role": "user", "content": "What are your opening hours?"},
    {"role": "assistant", "content": "9 to 5."},
]


def run():
    print("faq:", ask("And on Sundays?", history=HISTORY))
