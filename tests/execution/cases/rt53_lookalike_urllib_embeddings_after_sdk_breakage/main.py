from http_embed import embed


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


if __name__ == "__main__":
    notes = ["Water the ferns on Monday", "Renew the car insurance", "Buy potting soil"]
    vectors = embed(notes)
    query = embed(["garden chores"])[0]
    scored = sorted(zip(notes, vectors), key=lambda nv: -dot(query, nv[1]))
    for note, vec in scored:
        print(f"{dot(query, vec):+.4f} {note}")
    print(len(vectors[0]))
