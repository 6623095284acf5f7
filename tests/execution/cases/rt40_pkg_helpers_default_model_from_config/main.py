from tools.helpers import get_completion, get_completion_from_messages, get_embedding

review = "The lamp arrived quickly, but the shade was cracked.\nSupport replaced it in two days."
print(get_completion(f"What is the sentiment of this review? ```{review}```"))
print(get_completion("Reply with one word: is the sky blue?", model="gpt-4"))
messages = [
    {"role": "system", "content": "You are a customer service assistant."},
    {"role": "user", "content": f"Write a reply to this review: {review}"},
]
print(get_completion_from_messages(messages, max_tokens=4))
print("embedding size:", len(get_embedding(review)))
