import glob
import os

from summarizer.chunks import estimate_tokens, split
from summarizer.config import settings
from summarizer.llm import summarize, usage_log

here = os.path.dirname(os.path.abspath(__file__))
partials = []
for path in sorted(glob.glob(os.path.join(here, "notes", "*.txt"))):
    with open(path) as fh:
        text = fh.read()
    chunks = split(text, settings.chunk_tokens)
    print(os.path.basename(path), f"~{estimate_tokens(text)} tokens", len(chunks), "chunks")
    for chunk in chunks:
        partials.append(summarize(chunk))
        print("  -", partials[-1][:70])

final = summarize("\n".join(partials), "Combine these summaries into a weekly update.")
print("weekly:", final)
print("calls:", len(usage_log), "tokens:", sum(u["total_tokens"] for u in usage_log))
print("prompt/completion:", sum(u["prompt_tokens"] for u in usage_log),
      sum(u["completion_tokens"] for u in usage_log))
