from collections import Counter

import openai


class MajorityVote:
    def __init__(self, n=3, temperature=0.8, model="gpt-3.5-turbo"):
        self.n = n
        self.temperature = temperature
        self.model = model

    def answer(self, question):
        resp = openai.ChatCompletion.create(
            model=self.model,
            n=self.n,
            temperature=self.temperature,
            messages=[{"role": "user", "content": question}],
        )
        votes = Counter(c["message"]["content"].strip() for c in resp["choices"])
        best, count = votes.most_common(1)[0]
        return best, count, len(resp.choices)


if __name__ == "__main__":
    voter = MajorityVote()
    print(voter.answer("Is 17 prime? Answer yes or no."))
