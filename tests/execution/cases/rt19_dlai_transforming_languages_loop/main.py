import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def get_completion(prompt, model="gpt-3.5-turbo", temperature=0):
    messages = [{"role": "user", "content": prompt}]
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=temperature,
    )
    return response.choices[0].message.content


user_messages = [
    "La performance du système est plus lente que d'habitude.",
    "Mi monitor tiene píxeles que no se iluminan.",
    "Il mio mouse non funziona",
    "Mój klawisz Ctrl jest zepsuty",
]

for issue in user_messages:
    prompt = f"Tell me what language this is: ```{issue}```"
    lang = get_completion(prompt)
    print(f"Original message ({lang[:30]}): {issue}")

    prompt = f"""
    Translate the following  text to English and Korean: ```{issue}```
    """
    response = get_completion(prompt)
    print(response.strip()[:70], "\n")

prompt = f"""
Translate the following from slang to a business letter:
'Dude, This is Joe, check out this spec on this standing lamp.'
"""
print(get_completion(prompt, temperature=0.2).splitlines()[0])

data_json = {"resturant employees": [
    {"name": "Shyam", "email": "shyamjaiswal@gmail.com"},
    {"name": "Bob", "email": "bob32@gmail.com"},
]}
prompt = f"""
Translate the following python dictionary from JSON to an HTML table with column headers and
title: {data_json}
"""
response = get_completion(prompt)
print(response.count("Shyam"), len(response) > 50)
