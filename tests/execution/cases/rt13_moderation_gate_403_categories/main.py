import json

import openai


def moderate(text):
    result = openai.Moderation.create(input=text)["results"][0]
    if result["flagged"]:
        return [name for name, hit in result["categories"].items() if hit]
    return []


def chat_route(body):
    blocked = moderate(body["message"])
    if blocked:
        return 403, {"error": "content blocked", "categories": blocked}
    reply = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": body["message"]}],
    )
    return 200, {"reply": reply["choices"][0]["message"]["content"]}


if __name__ == "__main__":
    for msg in ["How do I bake bread?", "I hate you and I will hurt you"]:
        status, body = chat_route({"message": msg})
        print(status, json.dumps(body))
