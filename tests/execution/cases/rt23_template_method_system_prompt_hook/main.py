import openai


class Persona:
    model = "gpt-3.5-turbo"

    def system_prompt(self):
        return "You are a helpful assistant."

    def build_messages(self, user_input):
        return [
            {"role": "system", "content": self.system_prompt()},
            {"role": "user", "content": user_input},
        ]

    def chat(self, user_input):
        reply = openai.ChatCompletion.create(
            model=self.model,
            messages=self.build_messages(user_input),
            temperature=0.2,
        )
        return reply["choices"][0]["message"]["content"]


class Pirate(Persona):
    def system_prompt(self):
        return "You talk like a pirate."


class Teacher(Persona):
    model = "gpt-4"

    def system_prompt(self):
        return "You explain things to ten-year-olds."

    def build_messages(self, user_input):
        return super().build_messages(user_input + " Keep it simple.")


for persona in (Persona(), Pirate(), Teacher()):
    print(type(persona).__name__.ljust(8), persona.chat("What is gravity?"))
