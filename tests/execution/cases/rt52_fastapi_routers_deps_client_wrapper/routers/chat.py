import openai

from deps import get_client


def post_chat(body):
    messages = body.get("messages", [])
    try:
        completion = get_client().chat(messages)
    except openai.error.InvalidRequestError as exc:
        return 422, {"detail": "invalid request", "status": exc.http_status}
    choice = completion.choices[0]
    return 200, {"reply": choice.message.content, "finish_reason": choice.finish_reason,
                 "usage": completion.usage.total_tokens}
