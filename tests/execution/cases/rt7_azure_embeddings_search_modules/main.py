from search import top_k

DOCS = [
    "Our office is closed on public holidays.",
    "Refunds are processed within five business days.",
    "The cafeteria serves lunch from noon.",
]

if __name__ == "__main__":
    for score, doc in top_k("How long do refunds take?", DOCS):
        print(f"{score:.4f} {doc}")
