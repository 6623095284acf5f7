import gate

if __name__ == "__main__":
    print("self-check passed" if gate.self_check() else "self-check FAILED")
    for msg in ("WIN A FREE CRUISE NOW", "Lunch at noon?"):
        print(msg, "->", gate.classify(msg))
