from langchain.callbacks import get_openai_callback
from langchain.chat_models import ChatOpenAI

chat = ChatOpenAI(model_name="gpt-3.5-turbo", temperature=0)

if __name__ == "__main__":
    with get_openai_callback() as cb:
        print(chat.predict("List two prime numbers"))
        print(chat.predict("And two even ones"))
    print("requests:", cb.successful_requests)
    print("tokens:", cb.prompt_tokens, cb.completion_tokens, cb.total_tokens)
