import llm_compat


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


if __name__ == "__main__":
    faq = ["How do I reset my password?", "Where is my invoice?", "Can I change my plan?"]
    vecs = llm_compat.embed(faq)
    q = llm_compat.embed(["I forgot my password"])[0]
    best = max(range(len(faq)), key=lambda i: dot(q, vecs[i]))
    print("closest:", faq[best], len(vecs[0]))
    print(llm_compat.chat([{"role": "user", "content": "Rewrite politely: " + faq[best]}]))
