WRITER_MODEL = "gpt-3.5-turbo"
CLASSIFIER_MODEL = "text-davinci-003"
