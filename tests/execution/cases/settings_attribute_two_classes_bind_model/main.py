from assistant import reply
from settings import ChatSettings, ReviewSettings

print(reply(ChatSettings(), "Suggest a name for a bakery"))
print(reply(ReviewSettings(), "Is 'Crumbs' a good bakery name?"))
