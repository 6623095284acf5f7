import openai


class Agent:
    def __init__(self, system):
        self.system = system
        self.last_response = None

    def run(self, task):
        response = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[
                {"role": "system", "content": self.system},
                {"role": "user", "content": task},
            ],
        )
        answer = response.choices[0].message.content
        self.last_response = response
        return answer
