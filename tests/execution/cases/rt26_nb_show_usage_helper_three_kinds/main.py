# %%
import openai


def show_usage(r):
    u = r["usage"]
    print("tokens: prompt=%d total=%d" % (u["prompt_tokens"], u["total_tokens"]))


# %%
response = openai.Completion.create(model="text-davinci-003", prompt="Say something nice",
                                    max_tokens=20)
print(response["choices"][0]["text"].strip())
show_usage(response)

# %%
response = openai.ChatCompletion.create(model="gpt-3.5-turbo",
                                        messages=[{"role": "user", "content": "Say something kind"}])
print(response["choices"][0]["message"]["content"])
show_usage(response)

# %%
response = openai.Embedding.create(input="something nice", model="text-embedding-ada-002")
print(len(response["data"][0]["embedding"]))
show_usage(response)
