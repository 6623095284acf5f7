import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

MODEL_BY_PLAN = {"free": "gpt-3.5-turbo", "pro": "gpt-4"}
USERS = {"u1": {"name": "Dana", "plan": "free"}, "u2": {"name": "Eli", "plan": "pro"}}


def support_answer(user_id, question):
    user = USERS[user_id]
    response = openai.ChatCompletion.create(
        model=MODEL_BY_PLAN[user["plan"]],
        messages=[
            {"role": "system", "content": "You are a support bot. Be exact."},
            {"role": "user", "content": question},
        ],
        temperature=0,
    )
    return f"{user['name']} ({user['plan']}): {response.choices[0].message.content}"


for uid, q in [("u1", "reset my password"), ("u2", "export my data"), ("u1", "cancel plan")]:
    print(support_answer(uid, q))
