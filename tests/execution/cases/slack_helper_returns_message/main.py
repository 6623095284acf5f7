from llm import get_reply_message


def handle_event(event):
    message = get_reply_message(event["thread"])
    return {"channel": event["channel"], "text": message["content"], "as": message.role}


if __name__ == "__main__":
    print(handle_event({"channel": "C123", "thread": ["deploy failed", "any idea why?"]}))
