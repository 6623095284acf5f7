# %%
from pprint import pprint

import openai

# %%
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "What is 3 times 7?"}],
)
pprint(response["choices"][0].to_dict_recursive())
pprint(response["usage"].to_dict_recursive())
