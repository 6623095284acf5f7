"""oai: tiny command line for the OpenAI API (chat / embed / moderate)."""
import argparse
import math
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def cmd_chat(args):
    messages = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": " ".join(args.prompt)})
    resp = openai.ChatCompletion.create(
        model=args.model, messages=messages, max_tokens=args.max_tokens, temperature=args.temperature
    )
    print(resp["choices"][0]["message"]["content"])
    if args.usage:
        u = resp["usage"]
        print(f"usage: {u['prompt_tokens']} + {u['completion_tokens']} = {u['total_tokens']}")


def cmd_embed(args):
    resp = openai.Embedding.create(model=args.model, input=args.texts)
    for text, item in zip(args.texts, resp["data"]):
        vec = item["embedding"]
        norm = math.sqrt(sum(x * x for x in vec))
        print(f"{text!r}: dim={len(vec)} norm={norm:.3f}")


def cmd_moderate(args):
    resp = openai.Moderation.create(input=args.text)
    result = resp["results"][0]
    hits = sorted(name for name, hit in result["categories"].items() if hit)
    print("flagged" if result["flagged"] else "ok", ",".join(hits))


def build_parser():
    parser = argparse.ArgumentParser(prog="oai")
    sub = parser.add_subparsers(dest="cmd", required=True)

    chat = sub.add_parser("chat", help="ask a question")
    chat.add_argument("prompt", nargs="+")
    chat.add_argument("-m", "--model", default="gpt-3.5-turbo")
    chat.add_argument("--system")
    chat.add_argument("--max-tokens", type=int, default=200)
    chat.add_argument("-t", "--temperature", type=float, default=0.0)
    chat.add_argument("--usage", action="store_true")
    chat.set_defaults(func=cmd_chat)

    embed = sub.add_parser("embed", help="embed texts")
    embed.add_argument("texts", nargs="+")
    embed.add_argument("-m", "--model", default="text-embedding-ada-002")
    embed.set_defaults(func=cmd_embed)

    mod = sub.add_parser("moderate", help="check a text")
    mod.add_argument("text")
    mod.set_defaults(func=cmd_moderate)
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    args.func(args)
