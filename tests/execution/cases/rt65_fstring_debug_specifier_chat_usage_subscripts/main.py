import openai


def debug_ask(question):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    # quick debugging output left in from development
    print(f"{resp['choices'][0]['message']['content']=}")
    print(f"{resp['usage']['total_tokens'] = }")
    return resp["choices"][0]["finish_reason"]


if __name__ == "__main__":
    print(debug_ask("Name a planet"))
