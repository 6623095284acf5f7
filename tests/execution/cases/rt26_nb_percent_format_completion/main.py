# In[1]:
import openai

# In[2]:
template = "Translate the following English text to French: %s"
texts = ["Good morning", "Where is the station?"]

# In[3]:
for text in texts:
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=template % text,
        max_tokens=60,
        temperature=0.3,
    )
    print("%s => %s" % (text, response["choices"][0]["text"].strip()))
    print("  (%d tokens, finish: %s)" % (response["usage"]["total_tokens"],
                                        response["choices"][0]["finish_reason"]))
