import argparse

import openai


def get_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--engine", default="text-davinci-003")
    parser.add_argument("--max-tokens", type=int, default=40)
    parser.add_argument("--top-p", type=float, default=1.0)
    return parser.parse_args()


def generate(prompts, args):
    params = dict(engine=args.engine, max_tokens=args.max_tokens, top_p=args.top_p)
    outputs = []
    for prompt in prompts:
        response = openai.Completion.create(prompt=prompt, **params)
        outputs.append(response["choices"][0]["text"].strip())
    return outputs


if __name__ == "__main__":
    args = get_args()
    prompts = ["Write a tagline for a coffee shop.", "Write a tagline for a bike store."]
    for p, o in zip(prompts, generate(prompts, args)):
        print(f"{p}\n  {o}")
