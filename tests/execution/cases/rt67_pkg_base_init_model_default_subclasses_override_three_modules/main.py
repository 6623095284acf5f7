from llm.chat import ChatModel
from llm.completion import DavinciModel
from llm.gpt4 import GPT4Model

PROMPT = "Translate 'good morning' into French."

for cls in (DavinciModel, ChatModel, GPT4Model):
    model = cls(max_tokens=24)
    print(f"{cls.__name__:>13}: {model(PROMPT)}")
