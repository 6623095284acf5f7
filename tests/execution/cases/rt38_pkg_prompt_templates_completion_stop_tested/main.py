import io
import unittest

from qa.answer import answer

if __name__ == "__main__":
    for q in ["What is the capital of Japan", "Who wrote Hamlet?"]:
        print(repr(answer(q)))
    result = unittest.TextTestRunner(stream=io.StringIO()).run(
        unittest.defaultTestLoader.loadTestsFromName("tests.test_prompts"))
    print("prompt tests:", result.testsRun, "ok" if result.wasSuccessful() else "failed")
