import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def write_email(topic, tone="friendly", max_tokens=150, temperature=0.7):
    prompt = f"Write a {tone} email about the following topic:\n{topic}\n\nEmail:"
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=temperature,
    )
    return response.choices[0].text.strip(), response.choices[0].finish_reason


body, why = write_email("team lunch on Friday at noon")
print(body)
print(why)

body, why = write_email("the server outage last night", tone="formal", max_tokens=8)
print(body)
print(why)

body, why = write_email("a thank you to the volunteers", temperature=0)
print(body.upper())
