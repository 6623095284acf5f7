import openai

from classifier import KeywordModel, TicketRouter


class ReplyWriter:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model

    def write(self, ticket, team):
        resp = openai.ChatCompletion.create(
            model=self.model,
            messages=[
                {"role": "system", "content": f"You answer for the {team} team."},
                {"role": "user", "content": ticket},
            ],
        )
        return resp.choices[0].message.content


model = KeywordModel().fit(
    ["refund charge invoice", "crash error bug", "password login account"],
    ["billing", "engineering", "accounts"],
)
router = TicketRouter(model)
writer = ReplyWriter()
for ticket in ["I was charged twice on my invoice", "The app shows an error on start"]:
    team = router.route(ticket)
    print(team, "|", writer.write(ticket, team))
print("router model:", type(router.model).__name__)
