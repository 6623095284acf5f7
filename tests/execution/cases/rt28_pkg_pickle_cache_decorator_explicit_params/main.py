from cache import STATS
from llm import chat

for prompt in ["Name three rivers in Africa.", "Name three rivers in Africa.", "Give me a pun about cheese."]:
    response = chat(prompt)
    print(response.choices[0].message.content, response["usage"]["completion_tokens"])

short = chat("Give me a pun about cheese.", max_tokens=5)
print(short.choices[0].message.content, short.choices[0].finish_reason)
print(STATS)
