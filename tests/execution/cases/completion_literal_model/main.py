"""Turn short support tickets into one-line titles."""
import openai


def title_for(ticket):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt="Write a title for this ticket: " + ticket,
    )
    return response["choices"][0]["text"].strip()


def main():
    for ticket in ["printer on floor 3 is jammed", "cannot log in to VPN"]:
        print(title_for(ticket))


if __name__ == "__main__":
    main()
