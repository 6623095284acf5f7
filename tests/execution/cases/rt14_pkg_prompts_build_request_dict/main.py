import openai

from prompts import build_request

SCHEMA = "users(id, name, signup_date)"

for question in ["How many users signed up in 2023?", "List the newest five users."]:
    request = build_request(question, SCHEMA)
    response = openai.ChatCompletion.create(**request)
    sql = response["choices"][0]["message"]["content"]
    print(sql.replace("\n", " ")[:90])
