"""Already on Responses; a forum object of our own has beta.threads too (not OpenAI's)."""
from openai import OpenAI

client = OpenAI()


class Board:
    def __init__(self):
        self.posts = {}

    def create(self, title):
        self.posts[title] = []
        return title


class Forum:
    class beta:  # noqa: N801 - an API version namespace, as the forum library spells it
        threads = Board()


def main():
    forum = Forum()
    topic = forum.beta.threads.create("Release notes")
    response = client.responses.create(
        model="gpt-4.1", instructions="Be brief.", input=f"Write a title for {topic}"
    )
    print(topic, "->", response.output_text)


if __name__ == "__main__":
    main()
