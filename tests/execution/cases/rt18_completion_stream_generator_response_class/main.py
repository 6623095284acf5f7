import openai


class Response:
    """Minimal stand-in for flask.Response(generator, mimetype='text/plain')."""

    def __init__(self, body, mimetype="text/html"):
        self.body = body
        self.mimetype = mimetype

    def __iter__(self):
        return iter(self.body)


def generate(prompt):
    yield "start\n"
    for chunk in openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=50,
        temperature=0.3,
        stream=True,
    ):
        yield chunk["choices"][0]["text"]
    yield "\nend"


def autocomplete(prefix):
    return Response(generate(f"Complete the sentence: {prefix}"), mimetype="text/plain")


resp = autocomplete("The best thing about Python is")
print(resp.mimetype)
print("".join(resp))
