import openai


class GPT:
    last = None

    @classmethod
    def ask(cls, prompt):
        resp = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": prompt}],
        )
        GPT.last = resp
        return resp.choices[0].message.content
