import os

import openai


class AzureChat:
    def __init__(self, endpoint, key, deployment, api_version="2023-05-15"):
        self.endpoint = endpoint
        self.key = key
        self.deployment = deployment
        self.api_version = api_version

    def ask(self, prompt, temperature=0.2):
        response = openai.ChatCompletion.create(
            engine=self.deployment,
            messages=[{"role": "user", "content": prompt}],
            temperature=temperature,
            api_type="azure",
            api_base=self.endpoint,
            api_key=self.key,
            api_version=self.api_version,
        )
        return response.choices[0].message["content"]


bot = AzureChat(os.environ["AZURE_OPENAI_ENDPOINT"], os.environ["AZURE_OPENAI_API_KEY"], "chat")
print(bot.ask("Name a sorting algorithm"))
print(bot.ask("Name a hashing algorithm", temperature=0))
