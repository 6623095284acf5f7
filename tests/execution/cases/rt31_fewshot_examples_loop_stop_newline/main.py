import openai

EXAMPLES = [
    ("How do I reset my password?", "account"),
    ("My card was charged twice", "billing"),
    ("The app crashes when I open it", "bug"),
]
QUERIES = [
    "I was billed for a plan I cancelled",
    "Where can I change my email address",
    "Blank screen after the update",
]


def build_prompt(query):
    prompt = "Classify each support ticket into account, billing or bug.\n\n"
    for text, label in EXAMPLES:
        prompt += f"Ticket: {text}\nCategory: {label}\n\n"
    prompt += f"Ticket: {query}\nCategory:"
    return prompt


for query in QUERIES:
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=build_prompt(query),
        temperature=0,
        max_tokens=6,
        stop="\n",
    )
    label = response["choices"][0]["text"].strip().lower()
    print(f"{query[:28]:28s} | {label}")
