import openai


class Endpoint:
    def __init__(self, name):
        self.name = name
        self.calls = 0

    def hit(self):
        self.calls += 1
        return self.name


client = Endpoint("billing-api")
openai_client = Endpoint("openai-proxy-healthcheck")
llm_client = Endpoint("llm-gateway")
_client = Endpoint("internal")


def ask(question):
    llm_client.hit()
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0301", messages=[{"role": "user", "content": question}]
    )
    return resp.choices[0].message.content


if __name__ == "__main__":
    print(ask("Give me a synonym for fast"))
    print(ask("Give me a synonym for slow"))
    for e in (client, openai_client, llm_client, _client):
        print(e.hit(), e.calls)
