from modelhub.defaults import DEFAULT_CHAT, DEFAULT_COMPLETION, DEFAULT_EMBEDDING
from modelhub.run import run

for model in (DEFAULT_CHAT, DEFAULT_COMPLETION, DEFAULT_EMBEDDING):
    print(run(model, "Name a fruit that is yellow"))
