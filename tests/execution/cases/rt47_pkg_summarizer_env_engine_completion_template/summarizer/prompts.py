TLDR = "{text}\n\nTl;dr:"
BULLETS = "Rewrite as bullet points:\n{text}\n\n-"
