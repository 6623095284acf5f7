import os

import openai

import gpt

openai.api_key = os.environ["OPENAI_API_KEY"]

if __name__ == "__main__":
    print(gpt.ask("What is a monad?"))
    print(gpt.ask("What is a monad?", system="Explain like I am five."))
    print(gpt.ask("Translate 'cheese' to Dutch", model="gpt-4"))
