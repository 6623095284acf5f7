def describe(err):
    """One line for the log: HTTP status and the API's error code."""
    return f"status={err.http_status} code={err.code}"
