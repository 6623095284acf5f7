"""Gives the rest of the code base the 0.x interface on either SDK, until everything is ported."""
import openai

try:
    from openai import OpenAI
    _client = OpenAI()
except ImportError:
    _client = None


class ChatCompletion:
    @staticmethod
    def create(**kwargs):
        if _client is not None:
            return _client.chat.completions.create(**kwargs).model_dump()
        return openai.ChatCompletion.create(**kwargs)
