"""A stand-in: openai 0.28.1's embeddings_utils imports matplotlib at load; this program
plots nothing."""
