"""Turn API errors into something we can show to the user."""


def friendly(e):
    status = e.http_status or "n/a"
    return f"Sorry, the assistant is unavailable (HTTP {status}): {e.user_message}"
