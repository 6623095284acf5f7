import json

import openai


def chat_with_meta(prompt):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
    )
    meta = {
        "object": response["object"],
        "created_is_int": isinstance(response["created"], int),
        "id_prefix": response.id.split("-")[0],
        "choices": len(response["choices"]),
    }
    return {"reply": response["choices"][0]["message"]["content"], "meta": meta}


if __name__ == "__main__":
    print(json.dumps(chat_with_meta("Say hello"), sort_keys=True))
