from gpt3 import GPT3

if __name__ == "__main__":
    gpt = GPT3(max_tokens=60)
    resp = gpt.submit("Translate to French: Good morning, how are you?")
    print(resp["choices"][0]["text"].strip())
    print(resp["choices"][0]["finish_reason"], resp["usage"]["total_tokens"])
