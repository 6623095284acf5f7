import openai  # noqa: F401  (the backend client lives in another repository)

from ui import MODEL_LABELS, invoice_line, parser

args = parser().parse_args(["--label", "GPT-4 (smart)"])
print("preselected:", args.label)
for label in MODEL_LABELS:
    print(invoice_line(label, 1500))
print(parser().format_help().splitlines()[0])
