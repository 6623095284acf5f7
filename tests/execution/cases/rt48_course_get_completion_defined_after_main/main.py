"""Prompt engineering course, lesson 2 (guidelines), as a script.

Run with: python main.py
"""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def main():
    text = f"""
    You should express what you want a model to do by \
    providing instructions that are as clear and \
    specific as you can possibly make them.
    """
    prompt = f"""
    Summarize the text delimited by triple backticks \
    into a single sentence.
    ```{text}```
    """
    response = get_completion(prompt)
    print(response)

    prompt = f"""
    Generate a list of three made-up book titles along \
    with their authors and genres.
    Provide them in JSON format with the following keys:
    book_id, title, author, genre.
    """
    response = get_completion(prompt)
    print(response)

    messages = [
        {"role": "system", "content": "You are a helpful customer service assistant."},
        {"role": "user", "content": "Where is my order #1234?"},
    ]
    response, token_dict = get_completion_and_token_count(messages)
    print(response)
    print(token_dict)


def get_completion(prompt, model="gpt-3.5-turbo"):
    messages = [{"role": "user", "content": prompt}]
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=0,  # this is the degree of randomness of the model's output
    )
    return response.choices[0].message["content"]


def get_completion_and_token_count(messages,
                                   model="gpt-3.5-turbo",
                                   temperature=0,
                                   max_tokens=500):
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    content = response.choices[0].message["content"]
    token_dict = {
        'prompt_tokens': response['usage']['prompt_tokens'],
        'completion_tokens': response['usage']['completion_tokens'],
        'total_tokens': response['usage']['total_tokens'],
    }
    return content, token_dict


if __name__ == "__main__":
    main()
