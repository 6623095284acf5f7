import os

from langchain.chat_models import ChatOpenAI

chat = ChatOpenAI(
    model_name="gpt-3.5-turbo",
    openai_api_key=os.environ["OPENAI_API_KEY"],
    request_timeout=30,
    max_retries=2,
    max_tokens=6,
)

if __name__ == "__main__":
    out = chat.predict("Describe the water cycle for a class of eight year old children")
    print(out)
    print(len(out.split()))
