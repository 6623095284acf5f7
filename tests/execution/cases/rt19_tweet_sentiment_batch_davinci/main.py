import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

tweets = [
    "I loved the new Batman movie!",
    "I hate it when my phone battery dies.",
    "My day has been 👍",
    "This is the link to the article",
]

prompt = "Classify the sentiment in these tweets:\n\n"
for number, tweet in enumerate(tweets, 1):
    prompt += f'{number}. "{tweet}"\n'
prompt += "\nTweet sentiment ratings:"

response = openai.Completion.create(
    model="text-davinci-003",
    prompt=prompt,
    temperature=0,
    max_tokens=60,
    top_p=1.0,
    frequency_penalty=0.0,
    presence_penalty=0.0,
)

ratings = response["choices"][0]["text"].strip().split("\n")
print(len(ratings), "lines")
print(ratings[0][:50])
print(ratings[-1][-40:])
print("finish_reason:", response["choices"][0]["finish_reason"])
print("tokens:", response["usage"]["total_tokens"])
