import openai

import settings
from gate import blocked

conversation = [
    {"role": "system", "content": "You help with recipes."},
    {"role": "user", "content": "Any ideas for a quick pasta?"},
    {"role": "assistant", "content": "Try aglio e olio."},
    {"role": "user", "content": "Great, and a dessert?"},
]
bad = blocked(conversation)
if bad:
    print("refused:", bad)
else:
    reply = openai.ChatCompletion.create(model=settings.CHAT_MODEL, messages=conversation)
    print(reply.choices[0].message.content)

print("second check:", blocked([{"role": "user", "content": "I will kill you"}]))
