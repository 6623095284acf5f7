# %% [markdown]
# Offline notebook: a stand-in for the API while the key is not set up

# %%
class Completion:
    @staticmethod
    def create(model, prompt, max_tokens=16, temperature=0.7):
        return {"choices": [{"text": " " + prompt[::-1][:max_tokens]}], "model": model}


# %%
model = "text-davinci-003"
response = Completion.create(model=model, prompt="hello world", max_tokens=5)
print(response["choices"][0]["text"].strip())
print("model:", response["model"])
