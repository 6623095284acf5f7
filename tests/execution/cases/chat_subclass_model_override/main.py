import openai


class Agent:
    MODEL = "gpt-3.5-turbo"
    ROLE = "You are a helpful assistant."

    def run(self, task):
        response = openai.ChatCompletion.create(
            model=self.MODEL,
            messages=[{"role": "system", "content": self.ROLE}, {"role": "user", "content": task}],
        )
        return f"{type(self).__name__}: {response['choices'][0]['message']['content']}"


class Planner(Agent):
    MODEL = "gpt-4"
    ROLE = "You plan projects."


class Critic(Agent):
    ROLE = "You criticise plans."


if __name__ == "__main__":
    for agent in (Agent(), Planner(), Critic()):
        print(agent.run("Build a shed"))
