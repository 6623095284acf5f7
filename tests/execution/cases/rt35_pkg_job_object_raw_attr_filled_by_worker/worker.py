import openai


def process(job):
    job.raw = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": job.prompt}],
    )
    job.text = job.raw.choices[0].message.content
