"""pages/2_📝_Notes.py: save notes and find the closest one to a query."""
from utils import cosine, embed

TITLE = "Notes"


def render(st, inputs):
    st.title(TITLE)
    notes = st.session_state["notes"]
    texts = inputs["notes"]
    for text, vector in zip(texts, embed(texts)):
        notes[text] = vector
    [query_vector] = embed([inputs["query"]])
    ranked = sorted(notes, key=lambda t: cosine(notes[t], query_vector), reverse=True)
    st.write(f"query: {inputs['query']}")
    for text in ranked:
        st.write(f"  {cosine(notes[text], query_vector):+.3f}  {text}")
