import openai


def get_text(response):
    return response.get("choices", [{}])[0].get("text", "").strip()


def translate(text, language):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Translate this into {language}:\n\n{text}\n\n",
        temperature=0.3,
        max_tokens=100,
    )
    return get_text(response)


for language in ["French", "Spanish", "Japanese"]:
    print(language, "=>", translate("What rooms do you have available?", language))
