def render(job):
    lines = [f"base model: {job['model']}",
             f"status: {job['status']}",
             f"epochs: {job['hyperparameters']['n_epochs']}"]
    return "\n".join(lines)
