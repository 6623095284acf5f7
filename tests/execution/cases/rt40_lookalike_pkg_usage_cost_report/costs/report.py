import csv
from collections import defaultdict

from costs.prices import PRICE_PER_1K


def cost_by_model(path):
    totals = defaultdict(float)
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            prompt_price, completion_price = PRICE_PER_1K[row["model"]]
            totals[row["model"]] += (int(row["prompt_tokens"]) * prompt_price
                                     + int(row["completion_tokens"]) * completion_price) / 1000
    return dict(totals)
