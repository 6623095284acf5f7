import openai


class TruncatedReply(Exception):
    """Raised when the model stopped early; carries the raw response for inspection."""


def strict_answer(question, max_tokens):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        max_tokens=max_tokens,
    )
    if resp.choices[0].finish_reason == "length":
        raise TruncatedReply(resp)
    return resp.choices[0].message.content
