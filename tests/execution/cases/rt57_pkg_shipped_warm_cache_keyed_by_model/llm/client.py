import openai

from .cache import WarmCache

SUMMARY_MODEL = "gpt-3.5-turbo"
cache = WarmCache()


def summarize(text):
    prompt = f"Summarize: {text}"
    cached = cache.get(SUMMARY_MODEL, prompt)
    if cached is not None:
        return cached
    resp = openai.ChatCompletion.create(
        model=SUMMARY_MODEL, messages=[{"role": "user", "content": prompt}])
    answer = resp.choices[0].message.content
    cache.put(SUMMARY_MODEL, prompt, answer)
    return answer
