"""The one error a user sees for input that cannot be analysed."""


class ArticleError(ValueError):
    """A source that cannot be read as an article; the message is one line naming the problem."""
