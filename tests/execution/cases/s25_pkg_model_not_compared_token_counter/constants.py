MAX_TOKENS = 64
GPT_3_5_TURBO_MODEL = "gpt-3.5-turbo"
GPT_4_MODEL = "gpt-4"
