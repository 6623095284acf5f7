from collections import Counter

import openai


def majority_answer(question, samples=5):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        n=samples,
        temperature=0.7,
    )
    votes = Counter(choice.message.content.strip() for choice in response.choices)
    answer, count = votes.most_common(1)[0]
    return answer, count, len(response.choices)


print(majority_answer("Is 17 prime? Answer yes or no."))
