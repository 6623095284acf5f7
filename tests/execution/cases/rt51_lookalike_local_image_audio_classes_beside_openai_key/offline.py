"""Offline stand-ins used by the kiosk when the network is down (no API calls)."""
import hashlib


class Image:
    @staticmethod
    def create(prompt, n=1, size="512x512", response_format="url"):
        key = hashlib.md5(prompt.encode()).hexdigest()[:8]
        return {"data": [{"url": f"file:///cache/{key}-{i}-{size}.png"} for i in range(n)]}

    @staticmethod
    def create_variation(image, n=1, size="256x256"):
        return {"data": [{"url": f"file:///cache/var-{i}-{size}.png"} for i in range(n)]}


class Audio:
    @staticmethod
    def transcribe(model, file, response_format="text"):
        words = len(file.read().split())
        return f"[{model} offline] {words} words"
