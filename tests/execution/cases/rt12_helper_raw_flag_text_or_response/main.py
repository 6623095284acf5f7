"""One helper for the whole bot: the text by default, the whole response when asked."""
import openai


def gpt(prompt, system="You are a helpful assistant.", raw=False, **kwargs):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        **kwargs,
    )
    if raw:
        return response
    return response["choices"][0]["message"]["content"]


def cmd_ask(text):
    return gpt(text)


def cmd_cost(text):
    response = gpt(text, raw=True)
    usage = response["usage"]
    return f"{response['choices'][0]['message']['content']} [{usage['total_tokens']} tokens]"


def cmd_short(text):
    return gpt(text, max_tokens=3)


if __name__ == "__main__":
    print(cmd_ask("name three colours"))
    print(cmd_cost("name three animals"))
    print(cmd_short("name three rivers in Europe please"))
