import openai


def first_text(resp):
    return resp["choices"][0]["text"].strip()


def headline(article):
    return first_text(openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Headline for:\n{article}\nHeadline:",
        max_tokens=20,
        stop=["\n"],
    ))


def summary(article):
    return first_text(openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Summarize:\n{article}\nSummary:",
        max_tokens=20,
    ))


ARTICLE = "Local bakery wins award.\nThe jury praised its sourdough and rye."
print(repr(headline(ARTICLE)))
print(repr(summary(ARTICLE)))
