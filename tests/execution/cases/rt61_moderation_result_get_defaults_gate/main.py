import openai


def is_safe(text):
    result = openai.Moderation.create(input=text)["results"][0]
    cats = result.get("categories", {})
    if result.get("flagged", False):
        hits = [name for name in ("violence", "harassment", "hate") if cats.get(name)]
        return False, hits
    return True, []


for text in ("have a lovely day", "I will kill you"):
    ok, hits = is_safe(text)
    print(f"{text!r}: {'ok' if ok else 'blocked'} {hits}")
