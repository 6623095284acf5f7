MODELS = {
    "draft": "gpt-3.5-turbo",
    "review": "gpt-4",
    "title": "text-davinci-003",
}
