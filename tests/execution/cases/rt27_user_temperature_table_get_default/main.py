import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")
USER_TEMPERATURE = {"alice": 0.2, "bob": 1.2}


def respond(user, text):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": f"You are chatting with {user}."},
            {"role": "user", "content": text},
        ],
        temperature=USER_TEMPERATURE.get(user, 0.7),
    )
    return completion.choices[0].message.content


for user, text in [("alice", "summarise my day"), ("bob", "write me a wild story"),
                   ("carol", "hello")]:
    print(f"{user}: {respond(user, text)}")
