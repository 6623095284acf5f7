import openai

QUESTIONS = ["What is 1+1?", "What is the capital of Italy?"]


def main():
    responses = []
    for q in QUESTIONS:
        resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": q}])
        responses.append(resp)
    answers = [r["choices"][0]["message"]["content"] for r in responses]
    total = sum(r["usage"]["total_tokens"] for r in responses)
    print(answers)
    print(total)


if __name__ == "__main__":
    main()
