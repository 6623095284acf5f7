"""Quarterly cleanup: delete fine-tuned models we no longer serve, list what remains."""
import openai

RETIRED_FINE_TUNES = [
    "curie:ft-acme-2023-03-01-12-00-00",
    "ft:gpt-3.5-turbo-0613:acme::7qrsTUv1",
]


def delete_model(model_id):
    try:
        result = openai.Model.delete(model_id)
    except openai.error.InvalidRequestError as err:
        return f"skip {model_id}: {err.http_status}"
    return f"deleted {result['id']}: {result['deleted']}"


for model_id in RETIRED_FINE_TUNES:
    print(delete_model(model_id))

ours = [m for m in openai.Model.list()["data"] if m["id"].startswith(("ft:", "curie:ft-"))]
print("fine-tuned models left:", len(ours))
