import vertexai
from vertexai.generative_models import GenerativeModel

from settings import MODEL_NAME, PROJECT_ID, REGION

vertexai.init(project=PROJECT_ID, location=REGION)

_model = GenerativeModel(MODEL_NAME, system_instruction="Reply in one short sentence.")


def ask(question: str) -> str:
    return _model.generate_content(question).text.strip()
