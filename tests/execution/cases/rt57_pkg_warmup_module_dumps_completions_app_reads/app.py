import json


class FaqPage:
    def __init__(self, path):
        with open(path) as fh:
            self.answers = json.load(fh)

    def render(self):
        for question, resp in self.answers.items():
            choice = resp["choices"][0]
            print(f"{question}\n  {choice['text'].strip()} ({choice['finish_reason']})")
        print("tokens spent:", sum(r["usage"]["total_tokens"] for r in self.answers.values()))
