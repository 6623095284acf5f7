# %%
import openai

PRICE_PER_1K = 0.002
model = "gpt-3.5-turbo"

# %%
response = openai.ChatCompletion.create(
    model=model,
    messages=[{"role": "user", "content": "Summarise the plot of Cinderella in one line"}],
    max_tokens=60,
)
answer = response['choices'][0]['message']['content']
print(f"{answer!r}")
print(f"{response['usage']['total_tokens']:>6} tokens, ${response['usage']['total_tokens'] / 1000 * PRICE_PER_1K:.6f}")
