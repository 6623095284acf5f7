import argparse

from writer import catalog
from writer.generate import outline

parser = argparse.ArgumentParser()
parser.add_argument("--list-models", action="store_true")
parser.add_argument("topic", nargs="?", default="home composting")
args = parser.parse_args()
if args.list_models:
    print(catalog.describe())
else:
    print(outline(args.topic))
    print(f"({len(catalog.MODELS)} models documented)")
