import openai


class Persona:
    model = "gpt-3.5-turbo"
    temperature = 0.7
    system_prompt = "You are a helpful assistant."

    def respond(self, text):
        response = openai.ChatCompletion.create(
            model=self.model,
            temperature=self.temperature,
            messages=[
                {"role": "system", "content": self.system_prompt},
                {"role": "user", "content": text},
            ],
        )
        return f"[{type(self).__name__}] " + response.choices[0].message.content


class Pirate(Persona):
    system_prompt = "You talk like a pirate."
    temperature = 1.0


class Lawyer(Persona):
    model = "gpt-4"
    system_prompt = "You are a careful lawyer."
    temperature = 0.2


if __name__ == "__main__":
    for persona in (Persona(), Pirate(), Lawyer()):
        print(persona.respond("Can I park here?"))
