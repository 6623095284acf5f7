import os
import sys

sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import openai  # noqa: E402

from docbot.chat import ask  # noqa: E402
from docbot.config import REPORT_ENGINE, REPORT_MAX_TOKENS  # noqa: E402


def write_report(findings):
    prompt = "Write a one-paragraph report of these findings:\n" + "\n".join(
        f"- {item}" for item in findings)
    response = openai.Completion.create(
        engine=REPORT_ENGINE,
        prompt=prompt,
        max_tokens=REPORT_MAX_TOKENS,
        temperature=0.3,
    )
    return response.choices[0].text.strip()


if __name__ == "__main__":
    findings = ["disk usage at 91%", "two failed backups", "certificate expires in 9 days"]
    report = write_report(findings)
    print(report)
    print("---")
    print(ask("What should be fixed first?", context=report))
