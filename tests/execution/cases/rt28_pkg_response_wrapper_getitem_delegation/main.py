from client import Client

for client in (Client(), Client(max_tokens=2)):
    r = client.ask("What is the speed of light?")
    print(r.text, r.tokens, r["usage"]["prompt_tokens"], r["choices"][0]["finish_reason"])
