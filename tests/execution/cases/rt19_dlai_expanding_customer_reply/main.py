import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def get_completion(prompt, model="gpt-3.5-turbo", temperature=0):
    messages = [{"role": "user", "content": prompt}]
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=temperature,  # this is the degree of randomness of the model's output
    )
    return response.choices[0].message["content"]


sentiment = "negative"
review = "So, they still had the 17 piece system on seasonal sale for around $49 in the month of November."

prompt = f"""
You are a customer service AI assistant.
Your task is to send an email reply to a valued customer.
Given the customer email delimited by ```, generate a reply to thank the customer for their
review. If the sentiment is positive or neutral, thank them for their review.
If the sentiment is negative, apologize and suggest that they can reach out to customer service.
Sign the email as `AI customer agent`.
Customer review: ```{review}```
Review sentiment: {sentiment}
"""
for temperature in [0, 0.7]:
    response = get_completion(prompt, temperature=temperature)
    print(f"temperature={temperature}:", len(response.split()), "words")
    print(response.strip().splitlines()[-1])

response = get_completion(prompt, model="gpt-4", temperature=0.7)
print("gpt-4 reply ends with:", response.strip()[-25:])
