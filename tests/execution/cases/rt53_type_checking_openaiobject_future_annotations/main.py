from client import request, text_of, tokens_of

if __name__ == "__main__":
    total = 0
    for prompt in ("List two rivers in Africa.", "And two in Asia?"):
        resp = request(prompt, system="Be brief.")
        print(text_of(resp))
        total += tokens_of(resp)
    print("tokens used:", total)
