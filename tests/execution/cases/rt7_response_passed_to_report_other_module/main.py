import openai

from report import show

if __name__ == "__main__":
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Name three colours."}],
    )
    show(resp)
