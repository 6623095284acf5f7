def render(post):
    return "\n".join([
        f"== {post['title']} ==",
        post["draft"],
        f"-- reviewer: {post['review'][:60]}",
    ])
