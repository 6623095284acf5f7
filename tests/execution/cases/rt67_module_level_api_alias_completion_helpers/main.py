from textgen import complete, headline

ARTICLE = "The city council approved a new bike lane network covering the whole downtown area."

print("headline:", headline(ARTICLE))
text, reason = complete("List three colours of the rainbow:")
print("colours:", text)
print("finish:", reason)
