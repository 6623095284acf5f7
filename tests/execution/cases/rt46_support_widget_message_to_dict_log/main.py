from widget import SupportWidget

w = SupportWidget()
print(w.send("Hi, my parcel is late"))
print(w.send("Order 5531, shipped last Monday"))
for line in w.audit:
    print(line)
print([sorted(m) for m in w.messages[-2:]])
