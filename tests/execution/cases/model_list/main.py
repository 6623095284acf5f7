import openai


def main():
    models = openai.Model.list()
    ids = [m["id"] for m in models["data"]]
    print(models["object"], len(ids) > 5)
    print(all(m["object"] == "model" for m in models["data"]))


if __name__ == "__main__":
    main()
