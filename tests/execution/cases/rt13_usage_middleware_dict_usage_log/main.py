import functools
import json

import openai

USAGE_LOG = []


def track_usage(endpoint):
    def decorator(handler):
        @functools.wraps(handler)
        def inner(*args, **kwargs):
            body, response = handler(*args, **kwargs)
            entry = dict(response["usage"])
            entry["endpoint"] = endpoint
            USAGE_LOG.append(entry)
            return body
        return inner
    return decorator


@track_usage("summarize")
def summarize(text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": "Summarize the user's text in one sentence."},
                  {"role": "user", "content": text}],
    )
    return {"summary": response["choices"][0]["message"]["content"]}, response


@track_usage("keywords")
def keywords(text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "List keywords: " + text}],
    )
    return {"keywords": response["choices"][0]["message"]["content"].split()}, response


if __name__ == "__main__":
    doc = "Caching stores results so repeated requests are served faster."
    print(json.dumps(summarize(doc)))
    print(json.dumps(keywords(doc)))
    print(json.dumps(USAGE_LOG, indent=1))
