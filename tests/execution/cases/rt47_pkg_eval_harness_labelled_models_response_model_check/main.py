from evals.runner import run_all

if __name__ == "__main__":
    rows = run_all()
    print(f"{'label':10} {'score':>6} {'tokens':>7} {'cut':>4}")
    for label, score, tokens, cut in rows:
        print(f"{label:10} {score:6.2f} {tokens:7d} {cut:4d}")
    best = max(rows, key=lambda row: row[1])
    print("best:", best[0])
