import openai

from billing import CostTracker

tracker = CostTracker()


def translate(text, lang):
    response = tracker.record(openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": f"Translate to {lang}."},
            {"role": "user", "content": text},
        ],
    ))
    return response.choices[0].message.content


for lang in ("French", "German"):
    print(lang, "->", translate("Good morning, friends", lang))
print(tracker.summary())
