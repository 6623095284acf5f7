import os

import client


def main():
    client.init(os.environ["OPENAI_API_KEY"], base_url=os.environ.get("OPENAI_API_BASE"))
    print(client.rewrite("Send the report now."))
    print(client.rewrite("Send the report now.", tone="formal"))


if __name__ == "__main__":
    main()
