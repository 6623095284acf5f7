ASSISTANT_MODEL = "gpt-4"
SUMMARY_MODEL = "text-davinci-003"
PROMPT_BUDGET = 25  # prompt tokens before the history is folded into a summary
