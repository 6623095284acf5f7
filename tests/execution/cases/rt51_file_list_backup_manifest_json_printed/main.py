"""Back up the account's training files: content to disk, metadata to a printed manifest."""
import json
import os
import tempfile

import openai

backup_dir = tempfile.mkdtemp(prefix="files-backup-")
seed = os.path.join(backup_dir, "seed.jsonl")
with open(seed, "w") as out:
    out.write(json.dumps({"prompt": "hello", "completion": " world"}) + "\n")
openai.File.create(file=open(seed, "rb"), purpose="fine-tune", user_provided_filename="seed.jsonl")

manifest = []
for remote in openai.File.list()["data"]:
    content = openai.File.download(remote["id"])
    with open(os.path.join(backup_dir, remote["id"] + ".bin"), "wb") as out:
        out.write(content)
    meta = remote.to_dict_recursive()
    meta.pop("created_at", None)  # differs per upload, keep the manifest diff-able
    manifest.append(meta)

print(json.dumps(manifest, indent=2))
