import openai

FIELDS = ["role", "content"]


class Logger:
    def __init__(self):
        self.rows = []

    def log(self, response):
        choice = response["choices"][0]
        row = {name: choice["message"][name] for name in FIELDS}
        row["finish"] = choice.get("finish_reason", "unknown")
        self.rows.append(row)

    def dump(self):
        for row in self.rows:
            print(" | ".join(f"{k}={row[k]}" for k in sorted(row)))


def main():
    logger = Logger()
    for q in ["Ping", "Pong please"]:
        resp = openai.ChatCompletion.create(
            model="gpt-3.5-turbo", messages=[{"role": "user", "content": q}]
        )
        logger.log(resp)
    logger.dump()


if __name__ == "__main__":
    main()
