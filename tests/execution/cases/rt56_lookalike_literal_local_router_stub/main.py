import openai

from router import dispatch

openai.api_key = None  # offline test double: the real model is never asked

for route in ("gpt-3.5-turbo", "local-llama"):
    print(route, "->", dispatch(route, "Hello World"))
