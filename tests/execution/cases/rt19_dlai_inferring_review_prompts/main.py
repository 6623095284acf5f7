import json
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def get_completion(prompt, model="gpt-3.5-turbo"):
    messages = [{"role": "user", "content": prompt}]
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=0,  # this is the degree of randomness of the model's output
    )
    return response.choices[0].message["content"]


lamp_review = """
Needed a nice lamp for my bedroom, and this one had additional storage and not too high of a
price point. Got it fast. The string to our lamp broke during the transit and the company
happily sent over a new one.
"""

prompt = f"""
What is the sentiment of the following product review,
which is delimited with triple backticks?

Give your answer as a single word, either "positive" or "negative".

Review text: '''{lamp_review}'''
"""
response = get_completion(prompt)
print(response)

prompt = f"""
Identify a list of emotions that the writer of the following review is expressing.
Include no more than five items in the list. Format your answer as a list of lower-case words
separated by commas.

Review text: '''{lamp_review}'''
"""
response = get_completion(prompt)
print(response.lower()[:80])

prompt = f"""
Is the writer of the following review expressing anger? The review is delimited with triple
backticks. Give your answer as either yes or no.

Review text: '''{lamp_review}'''
"""
response = get_completion(prompt)
print("anger:", "yes" in response.lower())

prompt = f"""
Identify the following items from the review text:
- Item purchased by reviewer
- Company that made the item

Format your response as a JSON object with "Item" and "Brand" as the keys.

Review text: '''{lamp_review}'''
"""
response = get_completion(prompt)
try:
    data = json.loads(response)
    print(data["Item"], data["Brand"])
except json.JSONDecodeError:
    print("could not parse JSON, got", len(response), "characters")

story = "In a recent survey conducted by the government, public sector employees were asked to rate their level of satisfaction."
prompt = f"""
Determine five topics that are being discussed in the following text, which is delimited by
triple backticks. Make each item one or two words long. Format your response as a list of
items separated by commas.

Text sample: '''{story}'''
"""
response = get_completion(prompt)
topic_list = response.split(sep=",")
print(len(topic_list))
for topic in topic_list[:3]:
    print("-", topic.strip()[:40])
