import openai


class Writer:
    engine = "text-davinci-003"
    max_tokens = 20
    temperature = 0.7
    template = "{topic}"

    def build_prompt(self, topic):
        return self.template.format(topic=topic)

    def write(self, topic):
        response = openai.Completion.create(
            engine=self.engine,
            prompt=self.build_prompt(topic),
            max_tokens=self.max_tokens,
            temperature=self.temperature,
        )
        return response["choices"][0]["text"].strip()
