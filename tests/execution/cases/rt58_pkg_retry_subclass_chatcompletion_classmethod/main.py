from concurrent.futures import ThreadPoolExecutor

from llm.resilient import ResilientChatCompletion

QUESTIONS = ["What is a prime number", "Why is the sky blue", "Define entropy briefly"]


def answer(question):
    response = ResilientChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": "Answer briefly."},
                  {"role": "user", "content": question}],
        temperature=0,
    )
    return response.choices[0].message.content, response.usage.total_tokens


with ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(answer, QUESTIONS))

for question, (text, tokens) in zip(QUESTIONS, results):
    print(question, "|", text, "|", tokens)
print("attempts:", ResilientChatCompletion.attempts)
