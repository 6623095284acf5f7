"""Write a training file, reopen it in binary mode under the same name, upload it."""
import json

import openai

PAIRS = [("Hi", "Hello! How can I help?"), ("Bye", "Goodbye, have a nice day!")]

with open("greetings.jsonl", "w") as f:
    for user, bot in PAIRS:
        f.write(json.dumps({"messages": [{"role": "user", "content": user},
                                         {"role": "assistant", "content": bot}]}) + "\n")

with open("greetings.jsonl", "rb") as f:
    upload = openai.File.create(file=f, purpose="fine-tune", user_provided_filename="greetings.jsonl")

print(upload["filename"], upload["bytes"], upload["status"])
print("deleted:", openai.File.delete(upload["id"])["deleted"])
