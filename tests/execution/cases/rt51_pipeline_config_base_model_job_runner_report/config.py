BASE_MODEL = "gpt-3.5-turbo-0613"
SUFFIX = "tickets"
EPOCHS = 3
