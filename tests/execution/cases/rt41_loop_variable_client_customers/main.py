"""Weekly newsletter personalization: one email intro per client of the agency."""
import openai

CLIENTS = [
    {"name": "Acme Bakery", "industry": "food"},
    {"name": "Northwind Bikes", "industry": "retail"},
]


def write_intros(clients):
    intros = {}
    for client in clients:
        prompt = f"Write a one-line newsletter intro for {client['name']}, a {client['industry']} business."
        response = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": prompt}],
        )
        intros[client["name"]] = response["choices"][0]["message"]["content"]
    return intros


if __name__ == "__main__":
    for name, intro in write_intros(CLIENTS).items():
        print(f"{name}: {intro}")
