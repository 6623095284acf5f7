import csv
import io

import openai

PRODUCTS = [
    {"sku": "A-100", "name": "Blue kettle", "description": "Boils water fast"},
    {"sku": "B-200", "name": "Garden chair", "description": "Folds flat for storage"},
    {"sku": "C-300", "name": "Desk lamp", "description": "Warm light, three levels"},
]


def translate(text, language="French"):
    prompt = f"Translate the following text to {language}:\n\n{text}"
    result = openai.Completion.create(
        engine="text-davinci-003",
        prompt=prompt,
        max_tokens=60,
        temperature=0.3,
    )
    return result["choices"][0]["text"].strip()


def main():
    source = io.StringIO()
    writer = csv.DictWriter(source, fieldnames=["sku", "name", "description"])
    writer.writeheader()
    writer.writerows(PRODUCTS)
    source.seek(0)

    out = io.StringIO()
    reader = csv.DictReader(source)
    fields = reader.fieldnames + ["name_fr", "description_fr"]
    translated = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    translated.writeheader()
    for row in reader:
        row["name_fr"] = translate(row["name"])
        row["description_fr"] = translate(row["description"])
        translated.writerow(row)
    print(out.getvalue())


if __name__ == "__main__":
    main()
