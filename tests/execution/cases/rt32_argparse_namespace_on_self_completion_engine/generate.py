import openai


class QuestionGenerator:
    def __init__(self, args):
        self.args = args

    def generate(self, topic):
        prompt = f"Write a quiz question about {topic}.\nQuestion:"
        response = openai.Completion.create(
            engine=self.args.engine,
            prompt=prompt,
            max_tokens=self.args.max_tokens,
            temperature=self.args.temperature,
            stop=self.args.stop,
        )
        return response["choices"][0]["text"].strip()
