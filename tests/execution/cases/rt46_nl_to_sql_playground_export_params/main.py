"""Natural language to SQL, copied from the Playground's 'View code' button and wrapped in a
function for our internal analytics bot."""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

SCHEMA = """### Postgres SQL tables, with their properties:
#
# Employee(id, name, department_id)
# Department(id, name, address)
# Salary_Payments(id, employee_id, amount, date)
#
"""


def to_sql(question):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"{SCHEMA}### {question}\nSELECT",
        temperature=0,
        max_tokens=150,
        top_p=1.0,
        frequency_penalty=0.0,
        presence_penalty=0.0,
        stop=["#", ";"],
    )
    return "SELECT" + response["choices"][0]["text"]


for q in ["A query to list the names of the departments which employed more than 10 "
          "employees in the last 3 months",
          "Total salary paid per department in 2022"]:
    sql = to_sql(q)
    print(repr(sql))
