import os

import openai

from rag import answer, index_document

openai.api_key = os.environ["OPENAI_API_KEY"]
session_state = {}  # st.session_state in the Streamlit app

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "handbook.txt")) as fh:
    index_document(session_state, fh.read())
usage = session_state["emb_response"]["usage"]
print("paragraphs:", len(session_state["chunks"]), "embedding tokens:", usage["total_tokens"])
print("dims:", len(session_state["emb_response"]["data"][0]["embedding"]))

for question in ["Remote work is allowed up to three days a week. Core hours are 10:00 to 15:00.",
                 "How many vacation days do I get?"]:
    reply, sources = answer(session_state, question)
    print(f"Q: {question[:40]}\nA: {reply[:60]}\n   sources: {sources[:1]}")
