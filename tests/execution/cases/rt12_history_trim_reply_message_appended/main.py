"""Discord-style bot: one conversation per user id, trimmed to the last turns."""
import openai

SYSTEM_PROMPT = {"role": "system", "content": "You are Botty, a cheerful Discord bot."}
MAX_MESSAGES = 6
conversations = {}


def get_history(user_id):
    if user_id not in conversations:
        conversations[user_id] = [SYSTEM_PROMPT]
    return conversations[user_id]


def trim(history):
    if len(history) > MAX_MESSAGES:
        del history[1:len(history) - MAX_MESSAGES + 1]


def on_message(user_id, content):
    history = get_history(user_id)
    history.append({"role": "user", "content": content})
    trim(history)
    response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=history)
    message = response["choices"][0]["message"]
    history.append(message)
    return message["content"]


EVENTS = [
    (101, "hi there"),
    (202, "what's up"),
    (101, "tell me a joke"),
    (101, "another one"),
    (202, "bye"),
    (101, "and a third"),
    (101, "last one"),
]

if __name__ == "__main__":
    for user_id, text in EVENTS:
        reply = on_message(user_id, text)
        print(f"<@{user_id}> {reply}")
    for user_id, history in conversations.items():
        roles = [m["role"] for m in history]
        print(user_id, len(history), ",".join(roles))
