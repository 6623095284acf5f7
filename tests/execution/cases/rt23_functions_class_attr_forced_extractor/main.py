import json

import openai


class Extractor:
    model = "gpt-3.5-turbo-0613"
    functions = [
        {
            "name": "save_note",
            "description": "Save a note for the user",
            "parameters": {
                "type": "object",
                "properties": {"text": {"type": "string"}},
                "required": ["text"],
            },
        }
    ]

    def extract(self, message):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": message}],
            functions=self.functions,
            function_call={"name": self.functions[0]["name"]},
        )
        msg = response["choices"][0]["message"]
        if msg.get("function_call"):
            args = json.loads(msg["function_call"]["arguments"])
            return msg["function_call"]["name"], args
        return None, msg["content"]


class MeetingExtractor(Extractor):
    model = "gpt-4-0613"


for ex in (Extractor(), MeetingExtractor()):
    name, args = ex.extract("remember to buy milk")
    print(type(ex).__name__, name, args)
