import os

import openai

import ui as st

openai.api_key = os.environ.get("OPENAI_API_KEY")

if "messages" not in st.session_state:
    st.session_state["messages"] = [{"role": "system", "content": "You are a travel agent."}]


def on_submit(prompt):
    st.session_state["messages"].append({"role": "user", "content": prompt})
    try:
        response = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=st.session_state["messages"],
            temperature=0.5,
        )
    except openai.error.RateLimitError:
        st.error("Too many requests")
        return
    msg = response.choices[0].message
    st.session_state["messages"].append(msg)
    st.write(msg.content)


for prompt in ["Plan a day in Rome", "And in Paris?"]:
    on_submit(st.text_input("You:", prompt))
st.write(len(st.session_state["messages"]))
