import openai


def make_asker(system, model="gpt-3.5-turbo", max_tokens=64):
    def ask(question):
        response = openai.ChatCompletion.create(
            model=model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": question},
            ],
            max_tokens=max_tokens,
        )
        return response.choices[0].message.content
    return ask


pirate = make_asker("Talk like a pirate.")
terse = make_asker("Answer in two words.", max_tokens=2)
print(pirate("Where is the treasure?"))
print(terse("Where is the treasure buried?"))
