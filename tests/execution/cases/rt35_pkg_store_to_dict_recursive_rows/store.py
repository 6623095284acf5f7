import csv
import io


def to_row(prompt, response):
    data = response.to_dict_recursive()
    choice = data["choices"][0]
    return {
        "prompt": prompt,
        "answer": choice["message"]["content"],
        "finish": choice["finish_reason"],
        "tokens": data["usage"]["total_tokens"],
    }


def to_csv(rows):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["prompt", "answer", "finish", "tokens"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()
