"""Natural language to SQL (the 'SQL translate' playground example)."""
import openai

SCHEMA = """### Postgres SQL tables, with their properties:
#
# Employee(id, name, department_id)
# Department(id, name, address)
# Salary_Payments(id, employee_id, amount, date)
#
"""


def nl_to_sql(request):
    prompt = SCHEMA + f"### {request}\nSELECT"
    response = openai.Completion.create(
        engine="text-davinci-002",
        prompt=prompt,
        temperature=0,
        max_tokens=150,
        top_p=1.0,
        frequency_penalty=0.0,
        presence_penalty=0.0,
        stop=["#", ";"],
    )
    return "SELECT" + response.choices[0].text


for request in ["A query to list the names of the departments which employed more than 10 employees in the last 3 months",
                "Total salary paid in 2022"]:
    sql = nl_to_sql(request)
    print(repr(sql))
