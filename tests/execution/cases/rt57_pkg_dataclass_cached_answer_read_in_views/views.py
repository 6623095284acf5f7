def render(cached):
    resp = cached.response
    message = resp["choices"][0]["message"]
    return f"[{message['role']}] {message['content']} ({resp['usage']['total_tokens']} tokens)"
