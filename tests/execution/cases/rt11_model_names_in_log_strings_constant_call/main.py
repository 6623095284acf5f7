import logging
import os
import sys

import openai

logging.basicConfig(stream=sys.stdout, level=logging.WARNING, format="%(levelname)s %(message)s")
log = logging.getLogger("digest")

openai.api_key = os.environ["OPENAI_API_KEY"]
SUMMARY_MODEL = "gpt-3.5-turbo"


def digest(articles):
    log.warning("summaries use gpt-3.5-turbo (gpt-4 was too slow for the nightly job)")
    lines = []
    for title in articles:
        r = openai.ChatCompletion.create(
            model=SUMMARY_MODEL,
            messages=[{"role": "user", "content": "Summarize the headline: " + title}],
        )
        lines.append("* " + r.choices[0].message.content)
    return "\n".join(lines)


if __name__ == "__main__":
    print(digest(["Rain expected all week", "Local team wins final"]))
    print("done: 2 headlines, model family gpt-3.5-turbo")
