import os

import openai


class AzureChatbot:
    def __init__(self, chat_deployment, embedding_deployment, api_version="2023-05-15"):
        openai.api_type = "azure"
        openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
        openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]
        openai.api_version = api_version
        self.chat_deployment = chat_deployment
        self.embedding_deployment = embedding_deployment
        self.history = [{"role": "system", "content": "You are a travel agent."}]

    def embed(self, text):
        result = openai.Embedding.create(engine=self.embedding_deployment, input=[text])
        return result["data"][0]["embedding"]

    def say(self, text):
        self.history.append({"role": "user", "content": text})
        result = openai.ChatCompletion.create(
            engine=self.chat_deployment, messages=self.history, temperature=0.7
        )
        reply = result["choices"][0]["message"]
        self.history.append(reply)
        return reply["content"]


if __name__ == "__main__":
    bot = AzureChatbot("chat", "embeddings")
    print(len(bot.embed("Lisbon")))
    print(bot.say("I want to visit Lisbon"))
    print(bot.say("For three days"))
    print(len(bot.history))
