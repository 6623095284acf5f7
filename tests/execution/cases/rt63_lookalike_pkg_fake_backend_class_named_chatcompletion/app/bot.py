def greet(backend, name):
    response = backend.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Greet {name}"}],
    )
    return response["choices"][0]["message"]["content"]
