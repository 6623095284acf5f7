import os
from collections import defaultdict

from report import load

rows = load(os.path.join(os.path.dirname(os.path.abspath(__file__)), "usage_export.csv"))
by_model = defaultdict(float)
for row in rows:
    by_model[row.model] += row.cost
for model, cost in sorted(by_model.items(), key=lambda kv: -kv[1]):
    print(f"{model:<24} ${cost:.4f}")
print(f"total ${sum(by_model.values()):.4f} over {len(rows)} rows")
