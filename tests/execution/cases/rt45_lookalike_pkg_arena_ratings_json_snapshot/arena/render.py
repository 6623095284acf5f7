from arena.board import rows


def markdown():
    updated, ranking = rows()
    lines = [f"## Arena ratings ({updated})", "", "| # | model | rating |", "|---|---|---|"]
    lines += [f"| {rank} | {model} | {rating} |" for rank, model, rating in ranking]
    return "\n".join(lines)
