from enum import Enum


class ChatModel(str, Enum):
    GPT_35_TURBO = "gpt-3.5-turbo"
    GPT_4 = "gpt-4"


MAX_OUTPUT_TOKENS = {
    ChatModel.GPT_35_TURBO: 6,
    ChatModel.GPT_4: 12,
}
