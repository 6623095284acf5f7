from langchain.chat_models import ChatOpenAI

chat = ChatOpenAI(model_name="gpt-3.5-turbo", temperature=0)


def slug(title):
    text = chat.call_as_llm(f"Make a URL slug for: {title}")
    return text.strip().lower().replace(" ", "-")


if __name__ == "__main__":
    print(slug("Ten Tips For Remote Work"))
