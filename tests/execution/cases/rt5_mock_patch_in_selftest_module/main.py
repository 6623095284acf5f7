import app
import selftest

if __name__ == "__main__":
    print("selftest:", selftest.run())
    print("live:", app.ask("Hello there"))
