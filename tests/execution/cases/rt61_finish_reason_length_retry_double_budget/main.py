import openai


def complete(prompt, budget=4):
    while True:
        res = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": prompt}],
            max_tokens=budget,
        )
        choice = res["choices"][0]
        if choice["finish_reason"] != "length":
            return choice["message"]["content"], budget
        print(f"cut at {budget} tokens: {choice.message.content!r}")
        budget *= 2


text, used_budget = complete("list the first ten letters of the latin alphabet separated by spaces")
print(text)
print("budget:", used_budget)
