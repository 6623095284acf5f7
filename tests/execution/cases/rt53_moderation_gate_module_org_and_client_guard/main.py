import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
openai.organization = "org-helpdesk"

# new SDK: start moving calls over to `client` (see MIGRATION.md)
client = None
if hasattr(openai, "OpenAI"):
    client = openai.OpenAI(api_key=openai.api_key, organization=openai.organization)


def moderate(text):
    result = openai.Moderation.create(input=text)
    return result["results"][0]["flagged"]


def reply(text):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": "You are a helpdesk agent."},
                  {"role": "user", "content": text}],
    )
    return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    for text in ("My printer is jammed again", "I will hurt whoever broke it"):
        if moderate(text):
            print("blocked:", text)
        else:
            print(reply(text))
