import os

import google.generativeai as palm

palm.configure(api_key=os.environ["GOOGLE_API_KEY"])

completion = palm.generate_text(
    model="models/text-bison-001",
    prompt="Give me three names for a bakery.",
    temperature=0.7,
    max_output_tokens=128,
)
print(completion.result)
