import os

import openai


class AzureSettings:
    def __init__(self, endpoint, key, api_version="2023-05-15", chat_deployment="chat"):
        self.endpoint = endpoint
        self.key = key
        self.api_version = api_version
        self.chat_deployment = chat_deployment

    @classmethod
    def from_env(cls):
        return cls(
            endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
            key=os.environ["AZURE_OPENAI_API_KEY"],
            chat_deployment=os.environ.get("CHAT_DEPLOYMENT", "chat"),
        )

    def apply(self):
        openai.api_type = "azure"
        openai.api_base = self.endpoint
        openai.api_version = self.api_version
        openai.api_key = self.key


def translate(settings, text, language):
    response = openai.ChatCompletion.create(
        engine=settings.chat_deployment,
        messages=[
            {"role": "system", "content": f"Translate into {language}."},
            {"role": "user", "content": text},
        ],
    )
    return response.choices[0].message["content"]


if __name__ == "__main__":
    settings = AzureSettings.from_env()
    settings.apply()
    print(translate(settings, "Where is the station?", "Spanish"))
