PCA = None
