import openai


class Endpoint:
    resource = None

    def __init__(self, model, max_tokens=64):
        self.model = model
        self.max_tokens = max_tokens

    def payload(self, prompt):
        raise NotImplementedError

    def extract(self, response):
        raise NotImplementedError

    def run(self, prompt):
        response = self.resource.create(
            model=self.model, max_tokens=self.max_tokens, **self.payload(prompt)
        )
        return self.extract(response)


class ChatEndpoint(Endpoint):
    resource = openai.ChatCompletion

    def payload(self, prompt):
        return {"messages": [{"role": "user", "content": prompt}]}

    def extract(self, response):
        return response.choices[0].message.content


class CompletionEndpoint(Endpoint):
    resource = openai.Completion

    def payload(self, prompt):
        return {"prompt": prompt}

    def extract(self, response):
        return response.choices[0].text
