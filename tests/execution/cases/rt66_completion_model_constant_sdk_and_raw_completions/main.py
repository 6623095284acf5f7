from http_path import tags_for
from sdk_path import title_for

posts = ["how we cut our build time in half", "a tour of the new office"]
print(title_for(posts[0]))
for post, tags in zip(posts, tags_for(posts)):
    print(post, "=>", tags)
