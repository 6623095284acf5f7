average_precision_score = precision_recall_curve = None
