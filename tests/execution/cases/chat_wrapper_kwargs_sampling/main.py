import openai


def chat(messages, model="gpt-3.5-turbo", **kwargs):
    response = openai.ChatCompletion.create(model=model, messages=messages, **kwargs)
    return response["choices"][0]["message"]["content"]


def brainstorm(topic):
    return chat([{"role": "user", "content": f"Ideas for {topic}"}], temperature=0.9, max_tokens=60)


def classify(text):
    return chat([{"role": "user", "content": f"Sentiment of: {text}"}], temperature=0)


if __name__ == "__main__":
    print(brainstorm("a team offsite"))
    print(classify("The food was cold."))
