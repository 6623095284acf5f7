"""Unit-style self-check of the comment filter, run in CI without network access.

The filter takes its API object as a parameter; here it is a stub with the same shape as the
moderation endpoint, so no request leaves the machine.
"""
from types import SimpleNamespace

BANNED = {"stupid", "idiot"}


def _fake_create(input):
    texts = input if isinstance(input, list) else [input]
    return {"results": [{"flagged": any(w in t.lower() for w in BANNED),
                         "categories": {"harassment": any(w in t.lower() for w in BANNED)}}
                        for t in texts]}


stub_api = SimpleNamespace(Moderation=SimpleNamespace(create=_fake_create))


def filter_comments(api, comments):
    verdicts = api.Moderation.create(input=comments)["results"]
    return [c for c, v in zip(comments, verdicts) if not v["flagged"]]


kept = filter_comments(stub_api, ["nice post", "you idiot", "thanks!"])
print("kept:", kept)
assert kept == ["nice post", "thanks!"]
print("self-check passed")
