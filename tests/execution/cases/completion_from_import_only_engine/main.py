from openai import Completion

ENGINE = "text-davinci-002"


def headline(topic):
    result = Completion.create(engine=ENGINE, prompt=f"Headline about {topic}:", max_tokens=12, stop=["\n"])
    return result.choices[0].text.strip()


for topic in ["rain", "trains"]:
    print(headline(topic))
