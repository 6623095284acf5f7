from importer import EXPORT, import_export
from models import Completion, Embedding

print("imported", import_export(EXPORT))
for row in Completion.select():
    print(row.id, row.engine, repr(row.prompt), "->", repr(row.text), row.max_tokens)
print([(e.engine, e.dims) for e in Embedding.select()])
