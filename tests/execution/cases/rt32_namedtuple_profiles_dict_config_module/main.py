from writer import rewrite

text = "Pursuant to the aforementioned clause, the lessee shall remit payment forthwith."
print("fast:", rewrite(text))
print("careful:", rewrite(text, "careful"))
