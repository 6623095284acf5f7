"""Two presets of the same chat call for our newsletter tool."""
import functools
import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

precise = functools.partial(openai.ChatCompletion.create, model="gpt-3.5-turbo", temperature=0)
creative = functools.partial(openai.ChatCompletion.create, model="gpt-4", temperature=1.0)


def headline(topic):
    r = creative(messages=[{"role": "user", "content": f"A catchy headline about {topic}"}])
    return r.choices[0].message.content


def fact_check(claim):
    r = precise(messages=[{"role": "user", "content": f"Is this true? {claim}"}], max_tokens=8)
    return r["choices"][0]["message"]["content"], r["choices"][0]["finish_reason"]


print(headline("urban beekeeping"))
print(fact_check("Honey never spoils if it is stored properly in a sealed jar"))
