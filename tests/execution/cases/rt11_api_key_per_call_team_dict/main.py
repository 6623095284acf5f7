"""Each team is billed on its own key: the key is passed per call."""
import os

import openai

TEAM_KEYS = {
    "search": os.environ["OPENAI_API_KEY"],
    "support": os.environ["OPENAI_API_KEY"],
}


def embed_for_team(team, texts):
    response = openai.Embedding.create(
        model="text-embedding-ada-002",
        input=texts,
        api_key=TEAM_KEYS[team],
    )
    return [row["embedding"] for row in response["data"]]


def moderate_for_team(team, text):
    result = openai.Moderation.create(input=text, api_key=TEAM_KEYS[team])
    return result["results"][0]["flagged"]


if __name__ == "__main__":
    vectors = embed_for_team("search", ["laptop bag", "phone case"])
    print(len(vectors), len(vectors[1]))
    print(moderate_for_team("support", "I will hurt you"))
    print(moderate_for_team("support", "Thanks for the help"))
