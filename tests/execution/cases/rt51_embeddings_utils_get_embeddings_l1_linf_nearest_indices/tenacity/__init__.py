"""A stand-in: openai 0.28.1's embeddings_utils decorates its calls with tenacity's retry;
against the local server no call needs one."""


def retry(**_options):
    return lambda function: function


def stop_after_attempt(*_args, **_kwargs):
    return None


def wait_random_exponential(*_args, **_kwargs):
    return None
