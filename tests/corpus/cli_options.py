import argparse

import click

parser = argparse.ArgumentParser()
parser.add_argument("--model", default="davinci", choices=["ada", "babbage", "curie", "davinci"])
parser.add_argument("--author", default="ada")
parser.add_argument("--engine-name", default="text-curie-001")


@click.command()
@click.option("--model", default="curie", show_default=True)
@click.option("--painter", default="davinci")
def main(model, painter):
    print(model, painter)
