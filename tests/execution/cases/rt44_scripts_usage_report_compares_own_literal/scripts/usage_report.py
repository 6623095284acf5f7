"""Offline report over exported usage logs: python scripts/usage_report.py usage.csv"""
import csv
import sys


def overhead_per_message(model):
    if model == "gpt-3.5-turbo-0301":
        return 4
    if model == "gpt-3.5-turbo":
        return 3
    raise NotImplementedError(f"unknown model in the log: {model}")


def main(path):
    total = 0
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            total += int(row["tokens"]) + overhead_per_message(row["model"])
    print(f"tokens incl. overhead: {total}")


if __name__ == "__main__":
    main(sys.argv[1])
