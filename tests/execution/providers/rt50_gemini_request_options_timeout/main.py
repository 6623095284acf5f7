import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])

model = genai.GenerativeModel("gemini-3.1-pro-preview")

LONG_DOC = "Quarterly revenue grew 12 percent while costs fell. " * 3

response = model.generate_content(
    f"Summarize this report in one line:\n{LONG_DOC}",
    request_options={"timeout": 600},
)
print(response.text)
