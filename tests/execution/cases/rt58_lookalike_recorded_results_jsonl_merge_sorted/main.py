"""Merge the shards a parallel labelling run wrote and report them."""
from merge import BASELINE, load, tokens_by_model

rows = load("runs/shard-*.jsonl")
for row in rows:
    marker = "" if row["model"] == BASELINE else "  (escalated)"
    print(row["item"], row["label"], marker)
for model, tokens in sorted(tokens_by_model(rows).items()):
    print(model, tokens)
