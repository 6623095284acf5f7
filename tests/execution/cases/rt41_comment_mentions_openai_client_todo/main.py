"""Ticket summarizer for the support dashboard.

`client` below is our helpdesk API client.
TODO(upgrade): once we move to openai>=1 create an `openai_client = OpenAI()` and
call openai_client.chat.completions.create instead of openai.ChatCompletion.
"""
import openai


class HelpdeskClient:
    def __init__(self):
        self._tickets = {
            101: "Printer on floor 3 jams every morning since the update.",
            102: "Cannot log in to the VPN from the hotel wifi.",
        }

    def ticket(self, number):
        return self._tickets[number]


client = HelpdeskClient()


def summarize_ticket(number):
    text = client.ticket(number)
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Summarize the support ticket in one sentence."},
            {"role": "user", "content": text},
        ],
        max_tokens=40,
    )
    return response["choices"][0]["message"]["content"].strip()


if __name__ == "__main__":
    for n in (101, 102):
        print(n, summarize_ticket(n))
