from deps import completion


def variants(request):
    response = completion([{"role": "user", "content": f"Rephrase: {request['text']}"}],
                          n=request.get("n", 2))
    return {"variants": [c["message"]["content"] for c in response["choices"]],
            "indexes": [c.index for c in response.choices]}
