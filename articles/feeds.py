from django.contrib.syndication.views import Feed


class LatestArticlesRSS(Feed):
    title = "Latest articles"
    link = "/"

    def items(self):
        return []


LatestArticlesAtom = LatestArticlesRSS
TopicRSS = LatestArticlesRSS
