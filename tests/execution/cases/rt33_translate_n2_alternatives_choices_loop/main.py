"""Translation helper that asks for two alternatives and lets the user pick the shorter one."""
import openai

LANGS = {"fr": "French", "de": "German", "es": "Spanish"}


def translate(text, target, n=2):
    prompt = f"Translate into {LANGS[target]}. Reply with the translation only.\n\n{text}"
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        n=n,
        temperature=1.0,
        presence_penalty=0.6,
    )
    options = [c["message"]["content"].strip() for c in resp["choices"]]
    return options, resp["usage"]["completion_tokens"]


for text, target in [("See you tomorrow", "fr"), ("Where is the station?", "de"), ("Thanks", "es")]:
    options, used = translate(text, target, n=3 if target == "es" else 2)
    best = min(options, key=len)
    print(f"{text} [{target}]: {len(options)} options, {used} tokens -> {best}")
