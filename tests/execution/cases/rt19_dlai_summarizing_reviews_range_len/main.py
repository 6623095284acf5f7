import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def get_completion(prompt, model="gpt-3.5-turbo"):  # Andrew mentioned that the prompt/ completion paradigm is preferable for this class
    messages = [{"role": "user", "content": prompt}]
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=0,  # this is the degree of randomness of the model's output
    )
    return response.choices[0].message["content"]


review_1 = "Got this panda plush toy for my daughter's birthday, who loves it and takes it everywhere."
review_2 = "Needed a nice lamp for my bedroom, and this one had additional storage."
review_3 = "Their 17 piece system was on seasonal sale for around $49 in the month of November."
reviews = [review_1, review_2, review_3]

for i in range(len(reviews)):
    prompt = f"""
    Your task is to generate a short summary of a product review from an ecommerce site.

    Summarize the review below, delimited by triple backticks in at most 20 words.

    Review: ```{reviews[i]}```
    """

    response = get_completion(prompt)
    print(i, response[-60:], "\n")

prompt = f"""
Your task is to extract relevant information from a product review from an ecommerce site to
give feedback to the Shipping department.

Review: ```{review_1}```
"""
response = get_completion(prompt)
print(response.split("```")[-1].strip() or "(empty)")
