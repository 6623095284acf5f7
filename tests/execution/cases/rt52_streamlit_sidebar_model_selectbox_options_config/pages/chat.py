import config
from utils import ask


def sidebar(st):
    st.session_state["model"] = st.sidebar.selectbox("Model", config.MODEL_OPTIONS,
                                                     index=config.DEFAULT_INDEX)


def chat(st, prompt):
    history = st.session_state.setdefault("history", [])
    history.append({"role": "user", "content": prompt})
    reply = ask(st.session_state["model"], history)
    history.append({"role": "assistant", "content": reply})
    return reply
