import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

prompt = "Is the following review positive or negative? Review: I loved it. Answer:"
response = openai.Completion.create(
    model="text-davinci-003",
    prompt=prompt,
    max_tokens=1,
    temperature=0,
    logprobs=5,
)
choice = response["choices"][0]
print("Answer:", choice["text"].strip())
print("Finish reason:", choice["finish_reason"])
if choice["logprobs"] is not None:
    for token, logprob in choice["logprobs"]["top_logprobs"][0].items():
        print(token, round(logprob, 3))
else:
    print("no logprobs returned")
