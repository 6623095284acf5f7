from classify import sentiment
from reply import draft_reply

for review in ["Loved the fast shipping", "The box arrived crushed"]:
    mood = sentiment(review)
    role, text = draft_reply(review, mood)
    print(f"{review} | {mood} | {role}: {text}")
