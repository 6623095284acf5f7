from app import service

ARTICLE = "City council approves new bike lanes along the river after a long public debate"

if __name__ == "__main__":
    print(service.summarize(ARTICLE))
    print(service.summarize(ARTICLE, model="gpt-4", max_tokens=5))
    print(service.summarize(ARTICLE, temperature=0))
    print(service.title(ARTICLE))
    print(service.title(ARTICLE, model="gpt-4"))
