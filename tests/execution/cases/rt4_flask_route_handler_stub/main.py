import json
import os

import openai
from flask import Flask, jsonify, request

openai.api_key = os.getenv("OPENAI_API_KEY")
app = Flask(__name__)

SYSTEM_PROMPT = "You are a helpful assistant for a bakery."


@app.route("/api/chat", methods=["POST"])
def chat():
    data = request.get_json()
    user_message = data.get("message", "")
    history = data.get("history", [])
    messages = [{"role": "system", "content": SYSTEM_PROMPT}] + history + [
        {"role": "user", "content": user_message}
    ]
    try:
        response = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=messages,
            temperature=0.7,
            max_tokens=150,
        )
    except openai.error.OpenAIError as e:
        return jsonify({"error": "upstream failure"}), 502
    answer = response.choices[0].message.content.strip()
    return jsonify({"reply": answer, "tokens": response["usage"]["total_tokens"],
                    "finish": response.choices[0].finish_reason})


def main():
    request.payload = {"message": "Do you sell rye bread?",
                       "history": [{"role": "user", "content": "Hi"},
                                   {"role": "assistant", "content": "Hello!"}]}
    print(json.dumps(app.routes["/api/chat"](), sort_keys=True))
    request.payload = {"message": "Open on Sundays?"}
    print(json.dumps(chat(), sort_keys=True))


if __name__ == "__main__":
    main()
