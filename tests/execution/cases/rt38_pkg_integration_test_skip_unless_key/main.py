import io
import unittest

from app.translate import translate

if __name__ == "__main__":
    print(translate("Where is the train station?"))
    print(translate("Thank you very much", "Italian"))
    result = unittest.TextTestRunner(stream=io.StringIO()).run(
        unittest.defaultTestLoader.loadTestsFromName("tests.test_integration"))
    print(f"live tests: {result.testsRun} run, {len(result.skipped)} skipped, ok={result.wasSuccessful()}")
