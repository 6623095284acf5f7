import openai


def describe():
    print(f"key loaded: {openai.api_key is not None}")
    print(f'key prefix: {openai.api_key[:5]}')
    print(f"org: {openai.organization or 'personal'}")
    print(f'''base ends with v1: {openai.api_base.endswith("/v1")}''')


def ask(q):
    r = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": q}])
    return r.choices[0].message.content


describe()
print(ask("hello"))
