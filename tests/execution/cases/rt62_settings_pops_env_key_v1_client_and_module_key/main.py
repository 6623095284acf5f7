import os

import reports

if __name__ == "__main__":
    print("key in env:", "OPENAI_API_KEY" in os.environ)
    print(reports.weekly_summary(["shipped v2", "fixed login bug", "hired a designer"]))
