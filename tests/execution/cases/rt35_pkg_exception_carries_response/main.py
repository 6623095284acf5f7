from llm import TruncatedReply, strict_answer

for question, limit in [("Say ok.", 10), ("Explain the whole history of the Roman empire in detail.", 3)]:
    try:
        print("answer:", strict_answer(question, limit))
    except TruncatedReply as e:
        raw = e.args[0]
        print("truncated:", raw["choices"][0]["message"]["content"], raw["usage"]["completion_tokens"])
