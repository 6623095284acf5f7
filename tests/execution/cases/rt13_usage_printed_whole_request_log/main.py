import openai


def handle(route, text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": text}],
    )
    print("usage for", route, response["usage"])
    print("message:", response.choices[0].message)
    return response.choices[0].message.content


if __name__ == "__main__":
    print(handle("/hello", "hello there"))
