import io
import unittest

from app.bot import reply
from app.moderation import moderate

if __name__ == "__main__":
    for text in ["Do you repair flat tires?", "I hate you and I will hurt you", "stupid question: opening hours?"]:
        m = moderate(text)
        print(f"{text!r}: flagged={m.flagged} top>=0.5={m.top_score >= 0.5}")
        print("  ->", reply(text))
    result = unittest.TextTestRunner(stream=io.StringIO()).run(
        unittest.defaultTestLoader.loadTestsFromName("tests.test_bot"))
    print("tests ok:", result.wasSuccessful())
