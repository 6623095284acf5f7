import json
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def get_completion_from_messages(messages, model="gpt-3.5-turbo", temperature=0, max_tokens=500):
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return response.choices[0].message["content"]


delimiter = "####"
system_message = f"""
You will be provided with customer service queries. The customer service query will be
delimited with {delimiter} characters.
Output a python list of objects, where each object has the following format:
    'category': <one of Computers and Laptops, Smartphones and Accessories>,
OR
    'products': <a list of products>
Only output the list of objects, with nothing else.
"""
user_message_1 = """
 tell me about the smartx pro phone and the fotosnap camera, the dslr one.
 Also tell me about your tvs """
messages = [
    {"role": "system", "content": system_message},
    {"role": "user", "content": f"{delimiter}{user_message_1}{delimiter}"},
]
category_and_product_response_1 = get_completion_from_messages(messages)
print(category_and_product_response_1[:60])


def read_string_to_list(input_string):
    if input_string is None:
        return None

    try:
        input_string = input_string.replace("'", "\"")  # Replace single quotes with double quotes for valid JSON
        data = json.loads(input_string)
        return data
    except json.JSONDecodeError:
        print("Error: Invalid JSON string")
        return None


category_and_product_list = read_string_to_list(category_and_product_response_1)
print(category_and_product_list)

user_message_2 = "my router isn't working"
messages = [
    {"role": "system", "content": system_message},
    {"role": "user", "content": f"{delimiter}{user_message_2}{delimiter}"},
]
response = get_completion_from_messages(messages)
print(response)
print(read_string_to_list('[{"category": "Smartphones and Accessories"}]'))
