from notesbot.writer import release_note

COMMITS = [
    "fix: retry uploads when the S3 connection resets",
    "feat: add dark mode toggle to the settings page",
]
for commit in COMMITS:
    print("*", release_note(commit))
