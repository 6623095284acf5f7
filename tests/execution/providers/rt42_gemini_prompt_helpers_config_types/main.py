import os

import google.generativeai as genai

from prompts import qa_prompt

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
model = genai.GenerativeModel("gemini-3.1-pro-preview")

CONTEXT = "Our store opens at 9am and closes at 6pm, Monday to Saturday."

for question in ["When do you open?", "Are you open on Sunday?"]:
    response = model.generate_content(
        qa_prompt(CONTEXT, question),
        generation_config=genai.types.GenerationConfig(
            candidate_count=1,
            max_output_tokens=128,
            temperature=0.1,
        ),
    )
    print(response.text)
