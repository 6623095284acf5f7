import openai

PREFERRED_MODEL = "acme-support-ft-2023-08"
FALLBACK_MODEL = "gpt-3.5-turbo"


def reply(question):
    messages = [{"role": "system", "content": "You are a support agent."},
                {"role": "user", "content": question}]
    try:
        response = openai.ChatCompletion.create(model=PREFERRED_MODEL, messages=messages,
                                                request_timeout=10)
    except openai.error.InvalidRequestError as e:
        if e.http_status != 404:
            raise
        print("preferred model missing, falling back")
        response = openai.ChatCompletion.create(model=FALLBACK_MODEL, messages=messages,
                                                request_timeout=10)
    return response.choices[0].message.content


print(reply("How do I reset my router?"))
