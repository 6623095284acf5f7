"""Print a chat transcript line: the role from the first streamed chunk, then the text."""
import openai


def stream_line(question):
    response = openai.ChatCompletion.create(
        model="gpt-4",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )
    first = next(response)
    role = first["choices"][0]["delta"]["role"]
    print(f"{role}: ", end="")
    text = ""
    for chunk in response:
        piece = chunk["choices"][0]["delta"].get("content")
        if piece is not None:
            text += piece
            print(piece, end="", flush=True)
    print()
    return role, text


role, text = stream_line("Say something nice")
print(role == "assistant", len(text))
