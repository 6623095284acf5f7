import unittest

from chat import chat

if __name__ == "__main__":
    turns = ["Hi there!", "What's a good name for a cat?", "And for a dog? Give me a long list " * 3, "Thanks."]
    for turn in turns:
        reply, sent, estimate, actual = chat(turn, budget=60)
        print(f"[{sent} msgs, ~{estimate} est, {actual} actual] {reply[:60]}")
    result = unittest.TextTestRunner(stream=open("/dev/null", "w")).run(
        unittest.defaultTestLoader.loadTestsFromName("tests.test_tokens"))
    print("token tests passed:", result.testsRun - len(result.failures) - len(result.errors))
