# %%
import openai

# %%
def get_completion(prompt, model="gpt-3.5-turbo"):
    messages = [{"role": "user", "content": prompt}]
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=0,
    )
    return response.choices[0].message["content"]


# %%
reviews = ["Great product, arrived fast", "Terrible, broke after a day"]
prompts = [f"Classify the sentiment of this review: ```{r}```" for r in reviews]
results = [get_completion(p) for p in prompts]
for r, res in zip(reviews, results):
    print(r, "->", res)
