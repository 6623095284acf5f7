import openai

import config


def ask(model, history):
    response = openai.ChatCompletion.create(model=model, messages=history,
                                            temperature=config.TEMPERATURE)
    return response.choices[0].message.content
