import openai

from llm import ask

print("answer:", ask("What does HTTP 429 mean?"))
try:
    ask("hello", model="gpt-5-turbo-preview")
except openai.error.InvalidRequestError as e:
    print("bad request, not retried")
