from search import embed_all, norm, top_k

DOCS = [
    "How to reset a password",
    "Configuring the VPN client",
    "Expense report deadlines",
    "Printer on floor 3 is jammed",
    "Requesting a new laptop",
    "Password rules for contractors",
    "Booking a meeting room",
    "Travel insurance for trips",
    "Onboarding checklist",
    "Reset the VPN token",
]

matrix, tokens = embed_all(DOCS)
print("matrix", len(matrix), len(matrix[0]), "tokens", tokens)
print("norms", [round(norm(row), 3) for row in matrix])
queries, _ = embed_all(["How to reset a password", "Reset the VPN token"])
for q in queries:
    print(top_k(q, matrix))
