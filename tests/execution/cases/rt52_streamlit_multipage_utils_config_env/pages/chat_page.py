"""pages/1_💬_Chat.py in the original repository."""
from utils import ask

TITLE = "Chat"


def render(st, inputs):
    st.title(TITLE)
    for question in inputs:
        answer, finish = ask(st.session_state, question)
        st.write(f"**You:** {question}")
        st.write(f"**Bot:** {answer}" + (" …" if finish == "length" else ""))
    st.caption(f"tokens used so far: {st.session_state['tokens']}")
