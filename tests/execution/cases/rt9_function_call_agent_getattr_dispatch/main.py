import json

import openai


class WeatherAgent:
    model = "gpt-3.5-turbo-0613"

    functions = [
        {
            "name": "get_weather",
            "description": "Look up the weather for a city",
            "parameters": {
                "type": "object",
                "properties": {"text": {"type": "string", "description": "the city"}},
                "required": ["text"],
            },
        },
        {
            "name": "get_time",
            "description": "Look up the local time of a city",
            "parameters": {
                "type": "object",
                "properties": {"text": {"type": "string"}},
                "required": ["text"],
            },
        },
    ]

    def __init__(self):
        self.messages = [{"role": "system", "content": "You answer with the tools you have."}]

    # --- tools -------------------------------------------------------------
    def get_weather(self, text):
        return {"city": text, "forecast": "sunny", "celsius": 21}

    def get_time(self, text):
        return {"city": text, "time": "14:00"}

    # --- loop --------------------------------------------------------------
    def run(self, question, tool):
        self.messages.append({"role": "user", "content": question})
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=self.messages,
            functions=self.functions,
            function_call={"name": tool},
        )
        message = response["choices"][0]["message"]
        if message.get("function_call"):
            name = message["function_call"]["name"]
            arguments = json.loads(message["function_call"]["arguments"])
            print(f"calling {name}({arguments})")
            result = getattr(self, name)(**arguments)
            self.messages.append(
                {"role": "assistant", "content": None, "function_call": message["function_call"]}
            )
            self.messages.append({"role": "function", "name": name, "content": json.dumps(result)})
            followup = openai.ChatCompletion.create(model=self.model, messages=self.messages)
            message = followup["choices"][0]["message"]
        self.messages.append({"role": "assistant", "content": message["content"]})
        return message["content"]


if __name__ == "__main__":
    agent = WeatherAgent()
    print(agent.run("Lisbon", "get_weather"))
    print(agent.run("Tokyo", "get_time"))
    print(len(agent.messages), "messages")
