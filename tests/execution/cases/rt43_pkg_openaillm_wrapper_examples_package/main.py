from examples.summarize_news import run

run()
