import os


class Provider:
    """Holds the configured SDK module so tests can hand in a fake one."""

    model = None

    def __init__(self, sdk=None):
        if sdk is None:
            import openai as sdk
        sdk.api_key = os.environ["OPENAI_API_KEY"]
        self.openai = sdk

    def describe(self):
        return f"{type(self).__name__}"
