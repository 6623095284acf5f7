# %%
import openai

# %%
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Describe the sea in five words"}],
)
print(response.choices[0].message.content)
print("usage: %s" % response.usage)
