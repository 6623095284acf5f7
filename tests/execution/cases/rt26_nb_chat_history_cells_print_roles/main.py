# %%
import openai

messages = [{"role": "system", "content": "You are a helpful tutor."}]

# %%
messages.append({"role": "user", "content": "What is photosynthesis?"})
response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
messages.append(response["choices"][0]["message"])

# %%
messages.append({"role": "user", "content": "Explain it to a child."})
response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
messages.append(response["choices"][0]["message"])

# %%
for m in messages:
    print("%s: %s" % (m["role"], m["content"]))
