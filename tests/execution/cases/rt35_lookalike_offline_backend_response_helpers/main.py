import json

import backend


def log_usage(response):
    print(json.dumps(response.get("usage", {}), sort_keys=True))


results = {}
for p in ["hello offline world", "reports without network"]:
    results[p] = backend.complete(p)
for p, r in results.items():
    print(p, "->", r["choices"][0]["text"])
    log_usage(r)
print(json.dumps(dict(results[p])["choices"]))
