import time

import vertexai
from google.api_core import exceptions
from vertexai.generative_models import GenerativeModel

vertexai.init(project="doc-summarizer", location="us-central1")
model = GenerativeModel("gemini-2.5-flash")

TICKETS = [
    "Customer cannot log in after resetting their password on the mobile app.",
    "Invoice PDF shows the wrong VAT number for EU customers.",
]


def summarize(ticket, retries=3):
    for attempt in range(retries):
        try:
            response = model.generate_content(
                "Summarize this support ticket in under ten words:\n" + ticket,
                generation_config={"temperature": 0.0, "max_output_tokens": 40},
            )
            return response.text
        except exceptions.ResourceExhausted:
            time.sleep(2 ** attempt)
    return "(failed)"


for t in TICKETS:
    print("*", summarize(t))
