import csv
import os
import tempfile

import batch

here = os.path.dirname(os.path.abspath(__file__))
out_path, tokens, cost = batch.run(os.path.join(here, "reviews.csv"), tempfile.mkdtemp())
with open(out_path, newline="") as fh:
    for row in csv.DictReader(fh):
        print(row["id"], row["product"], row["label"], row["tokens"])
print(f"total tokens: {tokens}, estimated cost: ${cost:.5f}")
