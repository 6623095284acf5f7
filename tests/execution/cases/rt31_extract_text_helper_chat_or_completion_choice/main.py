import openai


def extract_text(response):
    choice = response["choices"][0]
    if "text" in choice:
        return choice["text"].strip()
    return choice["message"]["content"].strip()


def complete(prompt):
    return extract_text(openai.Completion.create(
        model="text-davinci-003", prompt=prompt, max_tokens=30, temperature=0))


def chat(prompt):
    return extract_text(openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": prompt}], max_tokens=30))


print("completion:", complete("Say hello in French"))
print("chat:", chat("Say hello in German"))
