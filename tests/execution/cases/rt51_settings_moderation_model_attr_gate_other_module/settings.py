MODERATION_MODEL = "text-moderation-stable"
CHAT_MODEL = "gpt-3.5-turbo"
