# Regression answers were recorded against this snapshot; do not float to "gpt-4".
PINNED_MODEL = "gpt-4-0314"
