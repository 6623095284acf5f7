from utils import complete


def run():
    text = "Solar panels convert sunlight into electricity."
    print("keywords:", complete(f"Extract keywords from this text:\n\n{text}", temperature=0.5, max_tokens=20))
