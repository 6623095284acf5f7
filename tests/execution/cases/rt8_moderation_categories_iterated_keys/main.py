import openai


def violations(text):
    result = openai.Moderation.create(input=text)["results"][0]
    categories = result["categories"]
    return [name for name in categories if categories[name]]


for text in ["Have a nice day", "You are stupid and I hate you"]:
    found = violations(text)
    print(f"{text!r}: {', '.join(sorted(found)) or 'ok'}")
