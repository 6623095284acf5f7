import json

import openai


class Extractor:
    def __init__(self, name, description, properties, model="gpt-3.5-turbo-0613"):
        self.model = model
        self.function = {
            "name": name,
            "description": description,
            "parameters": {"type": "object", "properties": properties, "required": list(properties)},
        }

    def extract(self, text):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": text}],
            functions=[self.function],
            function_call={"name": self.function["name"]},
        )
        call = response["choices"][0]["message"]["function_call"]
        return call["name"], json.loads(call["arguments"])


if __name__ == "__main__":
    person = Extractor("save_person", "Save a person", {"text": {"type": "string"}})
    print(person.extract("Ada Lovelace, born 1815"))
    print(person.extract("Alan Turing"))
