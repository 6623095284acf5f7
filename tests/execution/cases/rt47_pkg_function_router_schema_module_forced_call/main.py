from router.bot import route
from router.handlers import TICKETS

if __name__ == "__main__":
    print(route("Where is order 5521?", force="lookup_order"))
    print(route("My screen cracked on arrival", force="create_ticket"))
    print(route("Just saying thanks"))
    print("tickets:", TICKETS)
