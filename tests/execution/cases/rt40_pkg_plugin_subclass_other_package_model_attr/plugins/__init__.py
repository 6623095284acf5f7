from plugins.reviewer import CodeReviewer

PLUGINS = [CodeReviewer]
