"""Print the leaderboard of our internal image-captioning eval (results recorded in Nov 2023)."""
import json

RESULTS_JSON = """
[
  {"model": "gpt-4-vision-preview", "detail": "high", "cider": 1.12, "cost_per_image": 0.00765},
  {"model": "gpt-4-vision-preview", "detail": "low", "cider": 0.97, "cost_per_image": 0.00085},
  {"model": "llava-13b", "detail": "n/a", "cider": 0.88, "cost_per_image": 0.0},
  {"model": "dall-e-3 + clip", "detail": "n/a", "cider": 0.41, "cost_per_image": 0.04}
]
"""

BASELINE = "gpt-4-vision-preview"


def leaderboard(rows):
    rows = sorted(rows, key=lambda r: r["cider"], reverse=True)
    base = max(r["cider"] for r in rows if r["model"] == BASELINE)
    for rank, row in enumerate(rows, 1):
        rel = row["cider"] / base
        print(f"{rank}. {row['model']:<22} {row['detail']:<5} CIDEr {row['cider']:.2f} "
              f"({rel:.0%} of baseline) ${row['cost_per_image']:.5f}/img")


leaderboard(json.loads(RESULTS_JSON))
