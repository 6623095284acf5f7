from service import reply_message, reply_text


def main():
    msg = reply_message("What is the capital of Peru?")
    print(msg["role"], "|", msg["content"])
    print(msg.role, "|", msg.content)
    print(reply_text("And of Chile?"))


if __name__ == "__main__":
    main()
