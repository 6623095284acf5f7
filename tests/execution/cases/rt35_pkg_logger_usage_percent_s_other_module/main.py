import openai

from audit import log_reply

for question in ["What is 7 times 6?", "Spell 'banana' backwards."]:
    r = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    log_reply(r)
    print(r["choices"][0]["message"]["content"])
