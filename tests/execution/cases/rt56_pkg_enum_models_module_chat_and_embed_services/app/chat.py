import openai

from app.models import ChatModel


def chat(prompt: str, model: ChatModel = ChatModel.DEFAULT) -> str:
    response = openai.ChatCompletion.create(model=model.value, messages=[{"role": "user", "content": prompt}])
    return response.choices[0].message.content
