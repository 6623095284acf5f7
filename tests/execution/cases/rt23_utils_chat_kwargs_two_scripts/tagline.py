from utils import chat


def main():
    print("tagline:", chat("Write a tagline for a bakery that opens at dawn", max_tokens=5))
