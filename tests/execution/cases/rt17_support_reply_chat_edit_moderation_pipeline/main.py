"""Draft and polish a support reply, refusing abusive tickets."""
import openai

TICKETS = [
    "My invoice shows the wrong amount, can you fix it?",
    "You are stupid, fix my account now",
]


def draft(ticket):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "You are a helpful support agent."},
            {"role": "user", "content": ticket},
        ],
        max_tokens=80,
    )
    return response.choices[0].message.content


def polish(text):
    edit = openai.Edit.create(
        model="text-davinci-edit-001",
        input=text,
        instruction="Make it more polite",
    )
    return edit.choices[0].text


for ticket in TICKETS:
    moderation = openai.Moderation.create(input=ticket)
    if moderation["results"][0]["flagged"]:
        print("escalated to a human:", ticket)
        continue
    reply = draft(ticket)
    print("draft:", reply)
    print("final:", polish(reply))
