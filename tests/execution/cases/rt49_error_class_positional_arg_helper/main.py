"""Report generator: a missing model or a bad request must not stop the whole report."""
import openai


def call_or_default(fn, error_class, default, log=None):
    try:
        return fn()
    except error_class as exc:
        if log is not None:
            log.append(f"{default}: status {exc.http_status}")
        return default


def summarize(model, text):
    r = openai.ChatCompletion.create(model=model, messages=[{"role": "user", "content": text}])
    return r["choices"][0]["message"]["content"]


problems = []
SECTIONS = [("gpt-3.5-turbo", "Q1 revenue grew 4%"),
            ("gpt-4-0125-preview-eu", "Q2 revenue fell 2%"),
            ("gpt-3.5-turbo", "")]
for model, text in SECTIONS:
    line = call_or_default(lambda: summarize(model, text), openai.error.InvalidRequestError,
                           "(section unavailable)", problems)
    print(line)
print("problems:", problems)
