import os
import tempfile

import openai

import recorder
import report

openai.api_key = os.environ["OPENAI_API_KEY"]

path = os.path.join(tempfile.mkdtemp(), "responses.pkl")
recorder.record(path)
report.render(path)
