from typing import List, NamedTuple

import openai


class Turn(NamedTuple):
    role: str
    content: str

    def as_message(self) -> dict:
        return self._asdict()


def step(history: List[Turn], text: str) -> Turn:
    history.append(Turn("user", text))
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[turn.as_message() for turn in history],
    )
    turn = Turn(**response.choices[0].message)
    history.append(turn)
    return turn


if __name__ == "__main__":
    history: List[Turn] = [Turn("system", "You are a travel agent.")]
    for text in ("a weekend in lisbon", "and one in porto"):
        reply = step(history, text)
        print(reply.role, "|", reply.content)
    print([t.role for t in history])
