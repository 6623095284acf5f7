import vertexai
from vertexai.generative_models import GenerationConfig, GenerativeModel

from settings import LOCATION, MODEL_ID, PROJECT_ID

_model = None


def get_model():
    global _model
    if _model is None:
        vertexai.init(project=PROJECT_ID, location=LOCATION)
        _model = GenerativeModel(MODEL_ID)
    return _model


def generate(prompt, max_tokens=128):
    config = GenerationConfig(max_output_tokens=max_tokens, temperature=0.4)
    return get_model().generate_content(prompt, generation_config=config).text
