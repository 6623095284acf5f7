from catalog.render import by_family, table

for family in sorted(by_family()):
    print(family)
    for line in table(family):
        print(line)
