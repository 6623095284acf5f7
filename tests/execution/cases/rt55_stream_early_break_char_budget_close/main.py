import openai

BUDGET = 24


def preview(question):
    """Show at most BUDGET characters of the answer, then hang up on the stream."""
    response = openai.ChatCompletion.create(
        model="gpt-4",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )
    shown, seen, cut = "", 0, False
    for chunk in response:
        seen += 1
        delta = chunk["choices"][0]["delta"]
        shown += delta.get("content", "")
        if len(shown) >= BUDGET:
            cut = True
            break
    response.close()
    return shown[:BUDGET] + ("..." if cut else ""), seen


for q in ["Explain quantum tunnelling to a ten year old", "Hi"]:
    text, seen = preview(q)
    print(f"{text!r} after {seen} chunks")
