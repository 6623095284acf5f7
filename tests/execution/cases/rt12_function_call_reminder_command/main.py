"""A /remind command: the model extracts the reminder with a function call."""
import json

import openai

REMINDER_FUNCTION = {
    "name": "create_reminder",
    "description": "Create a reminder for the user",
    "parameters": {
        "type": "object",
        "properties": {"text": {"type": "string", "description": "what to remind"}},
        "required": ["text"],
    },
}
reminders = []


def remind(user, text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": text}],
        functions=[REMINDER_FUNCTION],
        function_call={"name": "create_reminder"},
    )
    message = response["choices"][0]["message"]
    if message.get("function_call"):
        args = json.loads(message["function_call"]["arguments"])
        reminders.append((user, args["text"]))
        return f"OK {user}, I'll remind you: {args['text']}"
    return message["content"]


if __name__ == "__main__":
    print(remind("ana", "remind me to water the plants"))
    print(remind("bo", "buy milk tomorrow"))
    print(reminders)
