#!/usr/bin/env python
# coding: utf-8

# # Comparing models
# Exported from compare_models.ipynb

# In[ ]:


import openai


# In[ ]:


model = "text-davinci-003"
prompt = "Explain recursion in one sentence."
response = openai.Completion.create(model=model, prompt=prompt, max_tokens=50)
davinci_answer = response.choices[0].text.strip()
print(davinci_answer)


# In[ ]:


model = "gpt-3.5-turbo"
response = openai.ChatCompletion.create(
    model=model,
    messages=[{"role": "user", "content": prompt}],
)
turbo_answer = response.choices[0].message.content
print(turbo_answer)


# In[ ]:


print("same answer:", davinci_answer == turbo_answer)
print("lengths: %d vs %d" % (len(davinci_answer), len(turbo_answer)))
