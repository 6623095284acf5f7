import openai

QUESTIONS = {
    "python": "Who created Python?",
    "linux": "Who created Linux?",
    "www": "Who invented the World Wide Web?",
}


class Quiz:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model
        self.responses = {}

    def run(self):
        for key, question in QUESTIONS.items():
            self.responses[key] = openai.ChatCompletion.create(
                model=self.model,
                messages=[{"role": "user", "content": question}],
            )

    def show(self):
        for key, response in sorted(self.responses.items()):
            message = response.choices[0].message
            print(f"{key}: {message['role']} said {message.content!r}")

    def longest(self):
        return max(self.responses, key=lambda k: self.responses[k]["usage"]["completion_tokens"])


if __name__ == "__main__":
    quiz = Quiz()
    quiz.run()
    quiz.show()
    print("longest:", quiz.longest())
