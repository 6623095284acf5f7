import openai


def ask(question, model="gpt-3.5-turbo"):
    try:
        response = openai.ChatCompletion.create(
            model=model,
            messages=[{"role": "user", "content": question}],
        )
        return response.choices[0].message.content
    except openai.APIError:
        return "[the OpenAI server had an error, try again later]"
    except openai.InvalidRequestError:
        return "[invalid request]"
    except openai.OpenAIError:
        return "[other OpenAI error]"


print(ask("What is an API?"))
print(ask("What is an API?", model="gpt-4-turbo-preview-nonexistent"))
