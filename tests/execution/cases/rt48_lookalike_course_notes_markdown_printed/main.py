"""Print the course notes for lesson 1.

The course used `openai.ChatCompletion.create(model="gpt-3.5-turbo", temperature=0)`;
the notes below are shown to students as they are, including the old snippet.
"""

NOTES = '''
## Lesson 1: Guidelines for prompting

```python
import openai

def get_completion(prompt, model="gpt-3.5-turbo"):
    messages = [{"role": "user", "content": prompt}]
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=0,
    )
    return response.choices[0].message["content"]
```

* Principle 1: write clear and specific instructions (text-davinci-003 needed more of them).
* Principle 2: give the model time to "think" (gpt-4 follows steps better).
'''

LESSONS = {
    1: ("Guidelines", "gpt-3.5-turbo"),
    2: ("Iterative", "gpt-3.5-turbo"),
    3: ("Summarizing", "text-davinci-003"),
}

print(NOTES.strip())
print()
for number, (title, model) in LESSONS.items():
    print(f"Lesson {number}: {title:<12} (recorded with {model})")
print("code lines in notes:", sum(1 for line in NOTES.splitlines() if line.startswith("    ")))
