import openai


class ChatBackend:
    model = "gpt-3.5-turbo"

    def generate(self, prompt, max_tokens=64):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=max_tokens,
        )
        return response.choices[0].message.content.strip()


class GPT4Backend(ChatBackend):
    model = "gpt-4"


class InstructBackend:
    engine = "text-davinci-003"

    def generate(self, prompt, max_tokens=64):
        response = openai.Completion.create(
            engine=self.engine,
            prompt=prompt,
            max_tokens=max_tokens,
        )
        return response.choices[0].text.strip()
