import openai


class Transcript:
    def __init__(self):
        self.messages = [{"role": "system", "content": "You are a patient tutor."}]
        self.raw_chunks = []

    def say(self, text):
        self.messages.append({"role": "user", "content": text})
        response = openai.ChatCompletion.create(
            model="gpt-3.5-turbo", messages=self.messages, stream=True)
        chunks = []
        for chunk in response:
            chunks.append(chunk)
            print(chunk.choices[0].delta.get("content", ""), end="", flush=True)
        print()
        self.raw_chunks.extend(chunks)
        role = chunks[0]["choices"][0]["delta"]["role"]
        content = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
        self.messages.append({"role": role, "content": content})
        return chunks[-1]["choices"][0]["finish_reason"]

    def stats(self):
        empty = sum(1 for c in self.raw_chunks if not c["choices"][0]["delta"].get("content"))
        return len(self.raw_chunks), empty


t = Transcript()
print(t.say("What is a derivative?"))
print(t.say("Give me an example."))
print(t.stats())
print([m["role"] for m in t.messages])
