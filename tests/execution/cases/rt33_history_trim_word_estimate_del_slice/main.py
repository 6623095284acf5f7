"""Chatbot keeping a conversation history, trimmed when the rough token count is too high."""
import openai

MAX_TOKENS_CONTEXT = 60
SYSTEM_PROMPT = {"role": "system", "content": "You are a helpful tutor for high school math."}

conversation = [SYSTEM_PROMPT]


def num_tokens(messages):
    # rough: 1 token ~ 0.75 words
    return int(sum(len(m["content"].split()) for m in messages) / 0.75)


def chat(user_input):
    conversation.append({"role": "user", "content": user_input})
    while num_tokens(conversation) > MAX_TOKENS_CONTEXT and len(conversation) > 3:
        del conversation[1:3]  # drop the oldest user/assistant pair
        print("[history trimmed]")
    response = openai.ChatCompletion.create(
        model="gpt-4",
        messages=conversation,
        temperature=0.2,
    )
    message = response["choices"][0]["message"]
    conversation.append({"role": message["role"], "content": message["content"]})
    return message["content"], response["usage"]["prompt_tokens"]


for question in [
    "What is a prime number?",
    "Is 21 prime?",
    "Explain how to factor x^2 - 5x + 6 step by step please",
    "And what about x^2 - 9?",
]:
    answer, prompt_tokens = chat(question)
    print(f"Q: {question}\nA: {answer}\n   (prompt tokens: {prompt_tokens}, history: {len(conversation)})")
