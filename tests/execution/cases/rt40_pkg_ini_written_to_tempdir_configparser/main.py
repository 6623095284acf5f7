import tempfile

from app.llm import ask, embed
from app.settingsfile import load_settings, write_default_settings

with tempfile.TemporaryDirectory() as folder:
    settings = load_settings(write_default_settings(folder))
    print("sections:", settings.sections())
    print("answer:", ask(settings, "How do I reset my router?"))
    vectors = embed(settings, ["router", "modem"])
    print("vectors:", len(vectors), len(vectors[0]))
