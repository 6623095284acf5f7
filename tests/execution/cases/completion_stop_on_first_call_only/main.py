import openai


def define(term, notes, stop=None):
    reply = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Notes: {notes}\nDefine {term}:",
        max_tokens=80,
        stop=stop,
    )
    if "unknown" in reply["choices"][0]["text"]:
        # the notes did not help: ask again plainly, all lines wanted
        reply = openai.Completion.create(model="text-davinci-003", prompt=f"Define {term}.\nGive two lines.", max_tokens=80)
        return reply["choices"][0]["text"]
    return reply["choices"][0]["text"]


if __name__ == "__main__":
    print(define("entropy", "unknown", stop="\n"))
    print(define("enthalpy", "heat content\nof a system", stop="\n"))
