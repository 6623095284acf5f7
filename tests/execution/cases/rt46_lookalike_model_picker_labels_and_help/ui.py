"""Model picker of the chat UI.

The picker only shows labels and prices from our own billing export: the model actually used
is decided by the backend service (see backend/README). Historical note: until March 2023 the
default was text-davinci-003, then gpt-3.5-turbo.
"""
import argparse

# label shown in the dropdown -> (billing export key, price per 1k tokens in USD, 2023 list)
MODEL_LABELS = {
    "GPT-3.5 Turbo (fast)": ("gpt-3.5-turbo", 0.002),
    "GPT-4 (smart)": ("gpt-4", 0.06),
    "Davinci (legacy)": ("text-davinci-003", 0.02),
}


def parser():
    p = argparse.ArgumentParser(
        prog="chat-ui",
        description="Chat UI. Past invoices mention gpt-3.5-turbo and gpt-4 by their 2023 names.")
    p.add_argument("--label", choices=sorted(MODEL_LABELS), default="GPT-3.5 Turbo (fast)",
                   help="dropdown label to preselect (e.g. the one for gpt-4)")
    return p


def invoice_line(label, tokens):
    key, price = MODEL_LABELS[label]
    return f"{key:<18} {tokens:>6} tokens  ${tokens / 1000 * price:.4f}"
