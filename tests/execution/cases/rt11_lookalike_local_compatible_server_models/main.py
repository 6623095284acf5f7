"""A tiny OpenAI-compatible endpoint for a local model (like llama.cpp's server):
it advertises the model ids clients expect, so unmodified tools keep working."""
import json

ADVERTISED_MODELS = ["gpt-3.5-turbo", "text-embedding-ada-002"]
DEFAULT_CHAT_MODEL = "gpt-3.5-turbo"


def list_models():
    return {"object": "list",
            "data": [{"id": m, "object": "model", "owned_by": "local"} for m in ADVERTISED_MODELS]}


def chat_completions(body):
    model = body.get("model", DEFAULT_CHAT_MODEL)
    if model not in ADVERTISED_MODELS:
        return 404, {"error": {"message": f"The model `{model}` does not exist"}}
    text = body["messages"][-1]["content"]
    return 200, {
        "object": "chat.completion",
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "local: " + text},
                     "finish_reason": "stop"}],
    }


if __name__ == "__main__":
    print(json.dumps(list_models(), sort_keys=True))
    for body in ({"model": "gpt-3.5-turbo", "messages": [{"role": "user", "content": "hi"}]},
                 {"model": "gpt-4", "messages": [{"role": "user", "content": "hi"}]},
                 {"messages": [{"role": "user", "content": "default?"}]}):
        status, answer = chat_completions(body)
        print(status, json.dumps(answer, sort_keys=True))
