import os

import openai

import service
import views

openai.api_key = os.environ["OPENAI_API_KEY"]

for q in ["How many vacation days?", "Who approves leave?", "How many vacation days?"]:
    print(views.render(service.answer(q)))
