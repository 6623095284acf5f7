"""The 2022 playground chatbot: a growing transcript sent to davinci with Human/AI stop words."""
import openai

START = "The following is a conversation with an AI assistant. The assistant is helpful.\n"


class Chat:
    def __init__(self):
        self.transcript = START

    def say(self, text):
        self.transcript += f"\nHuman: {text}\nAI:"
        response = openai.Completion.create(
            model="text-davinci-003",
            prompt=self.transcript,
            temperature=0.9,
            max_tokens=150,
            top_p=1,
            frequency_penalty=0,
            presence_penalty=0.6,
            stop=["Human:", "AI:"],
        )
        answer = response.choices[0].text.strip()
        self.transcript += " " + answer
        return answer


if __name__ == "__main__":
    chat = Chat()
    print(repr(chat.say("Hello, who are you?")))
    print(repr(chat.say("What can you do?")))
    print(len(chat.transcript.splitlines()))
