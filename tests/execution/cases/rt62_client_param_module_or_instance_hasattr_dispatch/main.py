import openai

from chat import chat

client = openai.OpenAI() if hasattr(openai, "OpenAI") else openai

if __name__ == "__main__":
    print(chat(client, "Tell me a fun fact about owls"))
    print(chat(client, "Tell me a fun fact about otters"))
