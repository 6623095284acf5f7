import argparse

from app.chatbot import ChatBot


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Ask a question")
    parser.add_argument("--model", default="gpt-3.5-turbo")
    parser.add_argument("--temperature", type=float, default=0.5)
    parser.add_argument("--max-tokens", type=int, default=8)
    parser.add_argument("question", nargs="?", default="How do airplanes stay in the air?")
    return parser.parse_args(argv)


if __name__ == "__main__":
    args = parse_args([])
    bot = ChatBot(args.model, args.temperature, args.max_tokens)
    print(bot(args.question))
