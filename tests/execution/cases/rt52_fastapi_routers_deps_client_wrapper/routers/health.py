import deps


def get_health(body):
    return 200, {"status": "ok", "embedding_model": deps.EMBEDDING_MODEL}
