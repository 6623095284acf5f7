import openai

SCHEMA = """CREATE TABLE users (id INT, name TEXT, signup DATE);
CREATE TABLE orders (id INT, user_id INT, total REAL);"""

TEMPLATE = """### Postgres SQL tables, with their properties:
{schema}
### A query to {task}
SELECT"""


class SQLGenerator:
    def __init__(self, schema, engine="text-davinci-003"):
        self.schema = schema
        self.engine = engine

    def generate(self, task):
        response = openai.Completion.create(
            engine=self.engine,
            prompt=TEMPLATE.format(schema=self.schema, task=task),
            temperature=0,
            max_tokens=150,
            top_p=1.0,
            frequency_penalty=0.0,
            presence_penalty=0.0,
            stop=["#", ";"],
        )
        return "SELECT" + response["choices"][0]["text"]


if __name__ == "__main__":
    gen = SQLGenerator(SCHEMA)
    for task in ["list users who signed up in 2023", "sum order totals per user"]:
        sql = gen.generate(task)
        print(sql.splitlines()[-1])
        print(len(sql))
