import os

import google.generativeai as palm

palm.configure(api_key=os.environ["GOOGLE_API_KEY"])

defaults = {
    "model": "models/text-bison-001",
    "temperature": 0.25,
    "max_output_tokens": 200,
}


def suggest(topic):
    completion = palm.generate_text(**defaults, prompt=f"Suggest a title for a blog post about {topic}.")
    return completion.candidates[0]["output"]


print(suggest("gardening"))
