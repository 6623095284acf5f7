import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def get_completion_from_messages(messages, model="gpt-3.5-turbo", temperature=0):
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=temperature,  # this is the degree of randomness of the model's output
    )
    return response.choices[0].message["content"]


panels = []  # collect display

context = [{"role": "system", "content": """
You are OrderBot, an automated service to collect orders for a pizza restaurant.
You first greet the customer, then collects the order, and then asks if it's a pickup or delivery.
The menu includes
pepperoni pizza  12.95, 10.00, 7.00
cheese pizza   10.95, 9.25, 6.50
fries 4.50, 3.50
"""}]


def collect_messages(prompt):
    context.append({"role": "user", "content": f"{prompt}"})
    response = get_completion_from_messages(context)
    context.append({"role": "assistant", "content": f"{response}"})
    panels.append("User: " + prompt)
    panels.append("Assistant: " + response)


for turn in ["hi", "a large pepperoni pizza please", "and small fries", "pickup", "that's all"]:
    collect_messages(turn)

for line in panels:
    print(line[:90])

messages = context.copy()
messages.append(
    {"role": "system", "content": "create a json summary of the previous food order. Itemize the price for each item\
 The fields should be 1) pizza, include size 2) list of toppings 3) list of drinks, include size   4) list of sides include size  5)total price "},
)

response = get_completion_from_messages(messages, temperature=0)
print(len(context), len(messages))
print(response[-60:])
