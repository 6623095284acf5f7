# %%
import openai

prompt = "Write a tagline for an ice cream shop"
results = {}

# %%
for temperature in [0.0, 0.5, 1.0]:
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        temperature=temperature,
    )
    results[temperature] = response

# %%
for t, r in results.items():
    print("t=%.1f: %s" % (t, r.choices[0].message.content))
