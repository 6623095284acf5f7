from utils import get_completion

REVIEWS = [
    "The blender is loud but crushes ice in seconds.",
    "Shipping took two weeks and the box was damaged.",
]


def main():
    for review in REVIEWS:
        summary = get_completion(f"Summarize in five words: {review}")
        print("summary:", summary)
