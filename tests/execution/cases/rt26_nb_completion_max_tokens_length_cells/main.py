# %%
import openai

story_prompt = "Once upon a time there was a brave little toaster who wanted to see the sea"

# %%
response = openai.Completion.create(model="text-davinci-003", prompt=story_prompt, max_tokens=5)
print(repr(response.choices[0].text))
print(response.choices[0].finish_reason)

# %%
# not enough tokens: try again with more
if response.choices[0].finish_reason == "length":
    response = openai.Completion.create(model="text-davinci-003", prompt=story_prompt,
                                        max_tokens=200)
print(response.choices[0].finish_reason)
print(response.usage.completion_tokens)
