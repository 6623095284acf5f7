"""Route all API traffic through one requests session with connection retries."""
import openai
import requests
from requests.adapters import HTTPAdapter

session = requests.Session()
session.mount("http://", HTTPAdapter(max_retries=3))
session.mount("https://", HTTPAdapter(max_retries=3))
session.headers["X-Client"] = "support-bot"
openai.requestssession = session


def reply(text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": text}],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(reply("How do I reset my router?"))
    print(type(openai.requestssession).__name__)
