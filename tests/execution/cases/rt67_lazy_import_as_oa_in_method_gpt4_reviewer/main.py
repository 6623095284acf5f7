from reviewer import CodeReviewer

SNIPPETS = [
    "def add(a, b): return a+b",
    "for i in range(len(xs)): print(xs[i])",
]

if __name__ == "__main__":
    reviewer = CodeReviewer()
    for snippet in SNIPPETS:
        text, finish = reviewer.review(snippet)
        print(f"[{finish}] {text}")
    print("reviews:", reviewer.calls)
