from deps import completion


def meta(request):
    response = completion([{"role": "user", "content": "ok"}])
    return {"id_prefix": response["id"].split("-")[0], "object": response.object,
            "roles": sorted({c.message.role for c in response.choices})}
