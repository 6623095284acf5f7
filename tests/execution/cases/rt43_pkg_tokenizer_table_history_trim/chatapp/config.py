MODEL = "gpt-3.5-turbo"
PROMPT_BUDGET = 40
