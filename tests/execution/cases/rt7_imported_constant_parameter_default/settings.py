COMPLETION_MODEL = "text-davinci-003"
