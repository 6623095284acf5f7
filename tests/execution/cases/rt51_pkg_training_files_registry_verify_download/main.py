import os
import tempfile

from ft.files import REGISTRY, remove, upload_once, verify
from ft.prep import build_jsonl

if os.path.exists(REGISTRY):
    os.remove(REGISTRY)
path = os.path.join(tempfile.mkdtemp(), "faq.jsonl")
with open(path, "w") as f:
    f.write(build_jsonl())

for attempt in (1, 2):
    file_id, fresh = upload_once(path, "acme-faq.jsonl")
    print(f"attempt {attempt}: {file_id} ({'uploaded' if fresh else 'reused'})")
print("verified:", verify(file_id, path))
print("deleted:", remove(file_id))
