import os

import openai

from cache import remember
from views import show

openai.api_key = os.environ["OPENAI_API_KEY"]

for q in ["Capital of Peru?", "Capital of Chile?"]:
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": q}])
    remember(q, resp.to_dict_recursive())
    show(q)
