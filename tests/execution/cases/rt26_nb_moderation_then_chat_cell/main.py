# %%
import openai

user_input = "How do I bake bread?"

# %%
response = openai.Moderation.create(input=user_input)
output = response["results"][0]
print("flagged:", output["flagged"])

# %%
if not output["flagged"]:
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": user_input}],
    )
    print(response["choices"][0]["message"]["content"])
