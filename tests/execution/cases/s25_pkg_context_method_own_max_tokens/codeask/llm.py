import openai

from codeask.context import CodeContext


def explain(files, question):
    code_context = CodeContext(files)
    code_message = code_context.get_code_message(prompt="Code Files:", model="gpt-4",
                                                  max_tokens=12)
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": code_message},
                  {"role": "user", "content": question}],
        max_tokens=60,
    )
    return code_message, response["choices"][0]["message"]["content"]
