"""Core of the news-quote bot: corpus, German analysis, retrieval, quotes, dates, commands.

This package is pure, typed and synchronous; it imports no chat platform. Adapters in
``adapters/`` translate platform events into calls of :mod:`bot.commands` and render the
structured answers of :mod:`bot.answers`.
"""

__version__ = "0.1.0"
