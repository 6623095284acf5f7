import openai

QUESTIONS = ["Give me a word that rhymes with moon", "What is two plus two"]


def replies(questions, model="gpt-3.5-turbo"):
    """Yield (question, response) pairs, one request per question."""
    for q in questions:
        yield q, openai.ChatCompletion.create(
            model=model,
            messages=[{"role": "user", "content": q}],
            max_tokens=12,
        )


def main():
    totals = []
    for question, resp in replies(QUESTIONS):
        (choice,) = resp.choices
        role, content = choice.message["role"], choice.message["content"]
        first, *rest = content.split()
        idx, reason = choice["index"], choice.finish_reason
        totals.append(resp.usage["total_tokens"])
        print(f"[{idx}] {role}: {first} +{len(rest)} words ({reason}) <- {question}")
    print("total tokens:", sum(totals))


if __name__ == "__main__":
    main()
