"""Is this support email about billing? Forces a one-token yes/no answer with logit_bias
(token ids of ' yes' and ' no' in the davinci tokenizer, looked up with tiktoken once)."""
import os

import openai

YES_NO_BIAS = {"3763": 100, "645": 100}


def is_billing(email_text):
    openai.api_key = os.environ["OPENAI_API_KEY"]
    completion = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Email: {email_text}\nIs this email about billing? Answer yes or no:",
        max_tokens=1,
        temperature=0,
        logit_bias=YES_NO_BIAS,
    )
    answer = completion["choices"][0]["text"].strip().lower()
    return answer, completion["choices"][0]["finish_reason"]


for email in ["I was charged twice this month", "The app crashes on startup"]:
    print(email, "->", is_billing(email))
