"""German quotation extraction and speaker attribution (rule-based).

Use ``extract_quotes(text)``; the result types live in ``bot.quotes.model``.
"""

from bot.quotes.extract import extract_quotes
from bot.quotes.model import Quote, SpeakerMention, Span
from bot.quotes.speakers import person_names

__all__ = ["Quote", "SpeakerMention", "Span", "extract_quotes", "person_names"]
