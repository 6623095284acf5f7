import openai

from .params import ChatParams


def run(prompt, params: ChatParams):
    response = openai.ChatCompletion.create(
        messages=[{"role": "user", "content": prompt}], **params.to_request())
    choice = response.choices[0]
    return choice.message.content, choice.finish_reason
