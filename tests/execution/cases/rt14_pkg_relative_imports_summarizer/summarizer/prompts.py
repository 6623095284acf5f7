CHUNK_PROMPT = "Summarize this part of a document in two sentences:\n\n{chunk}"
COMBINE_PROMPT = "Write a final summary from these partial summaries:\n\n{parts}"
