from chat import Chat
from config import ChatConfig

if __name__ == "__main__":
    chat = Chat(ChatConfig.from_env(), system="You are a travel planner.")
    for turn in ["Plan a day in Lisbon", "Add a museum in the afternoon"]:
        print(">", turn)
        print(chat.send(turn))
    print("turns:", len(chat.messages))
