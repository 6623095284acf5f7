from concurrent.futures import ThreadPoolExecutor

import openai

from obs import meter

meter.install()

HEADLINES = [
    "Central bank holds rates steady",
    "Local team wins the cup after extra time",
    "New battery chemistry doubles range",
]


def tag(headline):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": "Give the news section for the headline."},
                  {"role": "user", "content": headline}],
    )
    return response.choices[0].message.content


with ThreadPoolExecutor(max_workers=3) as pool:
    for headline, section in zip(HEADLINES, pool.map(tag, HEADLINES)):
        print(headline, "=>", section)
print("metered:", meter.TOTALS)
