import json
import time

import openai

PROMPT = ("Extract the person's name and age from the sentence. Respond in JSON with keys "
          "'name' and 'age'.\nSentence: {s}")


def extract(sentence, history=(), attempts=2):
    last_error = None
    for attempt in range(attempts):
        try:
            res = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=list(history) + [{"role": "user", "content": PROMPT.format(s=sentence)}],
                temperature=0,
            )
            return json.loads(res.choices[0].message.content)
        except (json.JSONDecodeError, KeyError) as e:
            last_error = f"parse: {type(e).__name__}"
        except openai.error.InvalidRequestError as e:
            last_error = f"request: {e.http_status}"
            break
        time.sleep(0.01)
    return {"error": last_error, "attempts": attempt + 1}


print(extract("Alice is 31 years old."))
# a history exported from another chat tool, with its own role names
print(extract("Bob is 40.", history=[{"role": "bot", "content": "Hello!"}]))
