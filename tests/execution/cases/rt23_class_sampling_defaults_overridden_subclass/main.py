import openai


class Task:
    MODEL = "gpt-3.5-turbo"
    TEMPERATURE = 0.7
    MAX_TOKENS = 256
    INSTRUCTIONS = "You are a helpful assistant."

    def run(self, text):
        response = openai.ChatCompletion.create(
            model=self.MODEL,
            temperature=self.TEMPERATURE,
            max_tokens=self.MAX_TOKENS,
            messages=[
                {"role": "system", "content": self.INSTRUCTIONS},
                {"role": "user", "content": text},
            ],
        )
        choice = response.choices[0]
        return choice.message.content, choice.finish_reason


class Summarizer(Task):
    TEMPERATURE = 0
    MAX_TOKENS = 6
    INSTRUCTIONS = "Summarize the user's text."


class Brainstormer(Task):
    MODEL = "gpt-4"
    TEMPERATURE = 1.0


text = "The quarterly report shows revenue grew while costs stayed flat across all regions"
for task in (Task(), Summarizer(), Brainstormer()):
    content, finish = task.run(text)
    print(f"{type(task).__name__}: {content} ({finish})")
