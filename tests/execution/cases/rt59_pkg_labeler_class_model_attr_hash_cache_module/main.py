from labeling import Labeler

HEADLINES = [
    "Stocks rally as markets cheer sports deal",
    "New vaccine trial shows health gains",
    "Stocks rally as markets cheer sports deal",
    "Local team wins the sports cup",
]

labeler = Labeler(["sports", "health", "markets"])
for h in HEADLINES:
    print(f"{labeler.label(h):<8} {h}")
print(f"cache hits={labeler.cache.hits} misses={labeler.cache.misses}")
