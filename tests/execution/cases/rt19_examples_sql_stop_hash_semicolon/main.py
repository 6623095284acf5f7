import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

schema = """### Postgres SQL tables, with their properties:
#
# Employee(id, name, department_id)
# Department(id, name, address)
# Salary_Payments(id, employee_id, amount, date)
#
"""

requests_ = [
    "A query to list the names of the departments which employed more than 10 employees; in the last 3 months",
    "A query to find the highest salary # per department",
]

for request in requests_:
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=schema + "### " + request + "\nSELECT",
        temperature=0,
        max_tokens=150,
        top_p=1.0,
        frequency_penalty=0.0,
        presence_penalty=0.0,
        stop=["#", ";"],
    )
    sql = "SELECT" + response["choices"][0]["text"]
    print(sql.strip()[:90])
    print("length:", len(sql))
