from svc.config import LLMConfig
from svc.labeler import Labeler

TICKETS = ["Printer on floor three is jammed again", "Password reset link never arrives"]

if __name__ == "__main__":
    default = Labeler()
    terse = Labeler(LLMConfig(max_tokens=3))
    for ticket in TICKETS:
        print(default.label(ticket))
        print(terse.label(ticket))
    print("configs:", default.config.max_tokens, terse.config.max_tokens, terse.config.temperature)
