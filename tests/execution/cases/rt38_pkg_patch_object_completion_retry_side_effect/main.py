import io
import unittest

from summarizer import llm

if __name__ == "__main__":
    print(llm.summarize("The meeting moved to Thursday because the room was booked."))
    runner = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0)
    program = unittest.main(module="tests.test_retry", argv=["tests"], exit=False, testRunner=runner)
    result = program.result
    print("tests run:", result.testsRun, "ok:", result.wasSuccessful())
