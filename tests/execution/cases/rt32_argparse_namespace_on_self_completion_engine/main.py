import argparse

from generate import QuestionGenerator

parser = argparse.ArgumentParser()
parser.add_argument("--engine", default="text-davinci-003")
parser.add_argument("--max_tokens", type=int, default=64)
parser.add_argument("--temperature", type=float, default=0.8)
parser.add_argument("--stop", default="\n")
parser.add_argument("--topics", nargs="+", default=["volcanoes", "the moon"])
args = parser.parse_args()

generator = QuestionGenerator(args)
for topic in args.topics:
    print(f"[{topic}]", generator.generate(topic))
