import json

from handlers.answer import answer
from handlers.meta import meta
from handlers.variants import variants

ROUTES = {"/answer": answer, "/variants": variants, "/meta": meta}

for path, body in [("/answer", {"question": "What is a monad?"}),
                   ("/variants", {"text": "ship it", "n": 3}),
                   ("/meta", {})]:
    print(path, json.dumps(ROUTES[path](body), sort_keys=True))
