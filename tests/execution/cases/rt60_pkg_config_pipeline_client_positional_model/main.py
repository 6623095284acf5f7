from summarizer.config import load_config
from summarizer.pipeline import Pipeline

TEXT = ("The quarterly report shows revenue grew eight percent while costs stayed flat. "
        "The team hired two engineers and shipped the mobile app.")

pipeline = Pipeline(load_config())
print(len(pipeline.chunks(TEXT)), "chunks")
print(pipeline.run(TEXT))
