"""Check that the speech model is available before transcribing anything."""
import sys

import openai


def available(prefix):
    engines = openai.Engine.list()
    return sorted(e["id"] for e in engines["data"] if e["id"].startswith(prefix))


def main():
    found = available("whisper")
    print("speech models:", found)
    if "whisper-1" not in found:
        print("missing: transcription disabled")
        return 1
    print("ready")
    return 0


if __name__ == "__main__":
    sys.exit(main())
