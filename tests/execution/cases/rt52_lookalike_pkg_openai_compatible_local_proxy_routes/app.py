from routers.chat import chat_completions
from routers.completions import completions

ROUTES = {"/v1/chat/completions": chat_completions, "/v1/completions": completions}


def post(path, body):
    return ROUTES[path](body)
