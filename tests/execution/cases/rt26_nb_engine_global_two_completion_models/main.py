# In[1]:
import openai

# In[2]:
engine = "text-davinci-003"
prompt = "Q: What color is the sky?\nA:"
response = openai.Completion.create(engine=engine, prompt=prompt, max_tokens=16, stop=["\n"])
print("->", response.choices[0].text.strip())

# In[3]:
engine = "text-curie-001"
response = openai.Completion.create(engine=engine, prompt=prompt, max_tokens=16, stop=["\n"])
print(response.choices[0].text.strip())
