def model_for(task):
    if task in ("chat", "rewrite"):
        return "gpt-3.5-turbo"
    if task == "review":
        return "gpt-4"
    return "text-davinci-003"
