# %%
import openai

# %%
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Give me three colors"}],
)
print(response.choices[0].message.content)

# %%
print("prompt: {prompt_tokens}, completion: {completion_tokens}, total: {total_tokens}".format(
    **response["usage"]))
