from summarizer.summarize import summarize

document = " ".join(f"word{i % 97}" for i in range(5000))

kept, summary = summarize(document)
print(f"default: kept {kept} words, summary has {len(summary.split())} words, ends {summary[-12:]!r}")
kept, summary = summarize(document, model="gpt-4")
print(f"large: kept {kept} words, summary has {len(summary.split())} words, ends {summary[-12:]!r}")
