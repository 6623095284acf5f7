import openai

from llmtools.models import MAX_OUTPUT_TOKENS, ChatModel


def complete(text, model: ChatModel = ChatModel.GPT_35_TURBO):
    response = openai.ChatCompletion.create(
        model=model.value,
        messages=[{"role": "user", "content": text}],
        max_tokens=MAX_OUTPUT_TOKENS[model],
    )
    choice = response.choices[0]
    return choice.message.content, choice.finish_reason
