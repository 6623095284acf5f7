from app.client import complete

print(complete("Give me a name for a bakery"))
print(complete("Give me a name for a bookshop", n=1))
