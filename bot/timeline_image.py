"""Drawing a timeline as a PNG picture (matplotlib, no screen needed)."""

from __future__ import annotations

import io
import logging
from datetime import timedelta

from bot.presentation import shorten
from bot.timeline import TimelineEvent

_log = logging.getLogger(__name__)
MAX_EVENTS_DRAWN = 20


def render_timeline_png(title: str, events: list[TimelineEvent], captions: list[str]) -> bytes | None:
    """Draw dated ``events`` on a time axis, a range as a bar and a point as a dot, captioned.

    Args:
        title: the picture's title (the topic).
        events: events in chronological order; undated ones are left out of the picture.
        captions: one short caption per event (same order as ``events``).

    Returns:
        The PNG bytes, or ``None`` when no event has a date.
    """
    drawn = [(e, c) for e, c in zip(events, captions) if e.dated][:MAX_EVENTS_DRAWN]
    if not drawn:
        return None
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot
    import matplotlib.dates as mdates

    height = 1.2 + 0.55 * len(drawn)
    figure, axes = pyplot.subplots(figsize=(10, height), dpi=100)
    try:
        for row, (event, caption) in enumerate(drawn):
            begin, end = event.interval
            y = len(drawn) - row
            if (end - begin).days > 40:
                axes.barh(y, (end - begin).days, left=mdates.date2num(begin), height=0.35, color="#4C72B0", alpha=0.8)
            else:
                axes.plot(mdates.date2num(begin + (end - begin) / 2), y, "o", color="#C44E52", markersize=8)
            axes.annotate(
                f"{event.label}: {shorten(caption, 70)}",
                (mdates.date2num(end), y),
                xytext=(6, -3),
                textcoords="offset points",
                fontsize=9,
            )
        first = min(e.interval[0] for e, _ in drawn)
        last = max(e.interval[1] for e, _ in drawn)
        span = max((last - first).days, 365)
        axes.set_xlim(mdates.date2num(first - timedelta(days=span // 20)), mdates.date2num(last + timedelta(days=span // 1.2)))
        axes.set_ylim(0.3, len(drawn) + 0.7)
        axes.xaxis.set_major_locator(mdates.AutoDateLocator())
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(axes.xaxis.get_major_locator()))
        axes.set_yticks([])
        for side in ("left", "right", "top"):
            axes.spines[side].set_visible(False)
        axes.set_title(shorten(title, 90), fontsize=12, loc="left")
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        pyplot.close(figure)


