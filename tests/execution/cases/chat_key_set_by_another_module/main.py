import os

import openai

# The key comes from the app's own settings, not the environment the modules load in.
SETTINGS = {"openai_key": os.environ.pop("OPENAI_API_KEY")}

from helpers import summarize  # noqa: E402


def main():
    openai.api_key = SETTINGS["openai_key"]
    print(summarize("The meeting moved to Thursday because the room was booked."))


if __name__ == "__main__":
    main()
