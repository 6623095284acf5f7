from bot import ChatClient, make_handler

if __name__ == "__main__":
    client = ChatClient("helpbot")
    handle = make_handler(client, "support")
    handle({"text": "How do I reset my password?"})
    handle({"text": "Is there a dark mode?"})
    print(len(client.sent))
