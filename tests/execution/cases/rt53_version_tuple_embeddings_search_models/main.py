from search import rank

DOCS = ["Refund policy: 30 days", "Shipping takes 5 days", "We are open on weekends",
        "Gift cards never expire"]

if __name__ == "__main__":
    for q in ("how long is delivery", "can I return it"):
        print(q, "->", rank(q, DOCS)[:2])
