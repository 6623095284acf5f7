from bot.services import reply_to

for comment in ["Great post!", "I disagree with almost everything you wrote about sourdough bread baking"]:
    print(reply_to(comment))
