import argparse

from assistant import Chat


def parse_args():
    parser = argparse.ArgumentParser(description="Generate product descriptions")
    parser.add_argument("--model", default="gpt-3.5-turbo")
    parser.add_argument("--temperature", type=float, default=0.7)
    parser.add_argument("--max-tokens", type=int, default=12)
    return parser.parse_args()


def main():
    args = parse_args()
    chat = Chat(args.model, args.temperature, args.max_tokens)
    for product in ["ceramic mug", "wool scarf", "desk lamp"]:
        text = chat.complete(f"Write a one-line description for a {product}.")
        print(f"{product}: {text}")


if __name__ == "__main__":
    main()
