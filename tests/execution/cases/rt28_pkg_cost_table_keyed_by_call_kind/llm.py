import openai

from usage import USAGE

CHAT_MODEL = "gpt-3.5-turbo"
EMBED_MODEL = "text-embedding-ada-002"


class ChatLLM:
    def reply(self, text):
        resp = openai.ChatCompletion.create(
            model=CHAT_MODEL,
            messages=[{"role": "user", "content": text}],
            max_tokens=30,
        )
        USAGE.add("chat", resp.usage)
        return resp.choices[0].message.content


class Embedder:
    def vectors(self, texts):
        resp = openai.Embedding.create(model=EMBED_MODEL, input=texts)
        USAGE.add("embedding", resp.usage)
        return [d.embedding for d in resp.data]
