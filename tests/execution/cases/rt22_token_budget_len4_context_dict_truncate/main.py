"""Answer questions over long notes, trimming the context to the model's window."""
import openai

MODEL = "text-davinci-003"
CONTEXT_WINDOW = {"text-davinci-003": 4097, "text-curie-001": 2049}
ANSWER_TOKENS = 64

NOTES = " ".join(f"Note {i}: the meeting on day {i} discussed item {i * 3}." for i in range(1, 400))
QUESTIONS = ["What was discussed on day 2?", "Which item came up on day 5?"]


def n_tokens(text):
    # rough rule of thumb: one token is about four characters
    return len(text) // 4


def fit_context(context, question):
    budget = CONTEXT_WINDOW[MODEL] - ANSWER_TOKENS - n_tokens(question) - 50
    if n_tokens(context) <= budget:
        return context, False
    return context[: budget * 4], True


for question in QUESTIONS:
    context, trimmed = fit_context(NOTES, question)
    prompt = f"Context: {context[:200]}\n\nQuestion: {question}\nAnswer:"
    r = openai.Completion.create(model=MODEL, prompt=prompt, max_tokens=ANSWER_TOKENS, temperature=0)
    print(f"trimmed={trimmed} context_tokens~{n_tokens(context)}")
    print("  ->", r.choices[0].text.strip()[-60:])
