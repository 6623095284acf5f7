from qa import answer, embed


def main():
    print(len(embed("opening hours")))
    print(answer("When do you open?", "We open at 9."))


if __name__ == "__main__":
    main()
