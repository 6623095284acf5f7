def extract(response):
    """Defensive parsing: older code paths sometimes returned partial payloads."""
    if "choices" not in response or not response["choices"]:
        raise ValueError("no choices in response")
    content = response["choices"][0]["message"].get("content") or ""
    tokens = response["usage"]["total_tokens"] if "usage" in response else -1
    return content.strip(), tokens
